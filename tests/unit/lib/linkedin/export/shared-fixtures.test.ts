import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExport } from '@/lib/linkedin/export/read-export';
import { buildImportPlan } from '@/lib/linkedin/export/plan';
import { decodeExportText } from '@/lib/linkedin/export/decode';
import { sniffDelimiter } from '@/lib/linkedin/export/read-csv';

/**
 * Real export samples from ../shared/fixtures/linkedin-export (real people's
 * data: read at test time, never copied into the repository). CI without
 * ../shared skips these with a message.
 */
const DIR = '../shared/fixtures/linkedin-export/';
const present = existsSync(DIR);
if (!present) console.warn(`[rapport] ${DIR} is absent: the LinkedIn export sample tests are skipped.`);

const read = (suffix: string) => {
  const file = readdirSync(DIR).find((name) => name.endsWith(suffix))!;
  const name = file.replace(/^.*__/, '').replace(/\.sample\.csv$/, '');
  return readExport([{ name, bytes: new Uint8Array(readFileSync(DIR + file)) }]);
};

describe.skipIf(!present)('LinkedIn export samples (../shared/fixtures)', () => {
  it('covers every sample in the folder', () => {
    expect(readdirSync(DIR).sort()).toEqual([
      'Femi10__Linkedin-Data-Visualization__Comments.csv.sample.csv',
      'Femi10__Linkedin-Data-Visualization__Connections.csv.sample.csv',
      'Femi10__Linkedin-Data-Visualization__Reactions.csv.sample.csv',
      'Femi10__Linkedin-Data-Visualization__Shares.csv.sample.csv',
      'Femi10__Linkedin-Data-Visualization__messages.csv.sample.csv',
      'abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018__Connections.csv.sample.csv',
      'abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018__Messages.csv.sample.csv',
      'abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018__Shares.csv',
    ]);
  });

  it('2021 Connections.csv: finds the header below the Notes preamble, parses "17 Jun 2021"; without a URL column nobody can be identified', () => {
    const { records, files } = read('Femi10__Linkedin-Data-Visualization__Connections.csv.sample.csv');
    expect(files).toEqual([{ name: 'Connections.csv', kind: 'connections', rows: 7 }]);
    expect(records.connections[0]).toEqual({ file: 'Connections.csv', row: 1, name: 'Anna Carabine FCIPD', url: undefined, company: 'KPMG UK', position: 'Senior HR Business Partner', connectedAt: '2021-06-17T00:00:00.000Z' });
    expect(records.connections[6]).toMatchObject({ name: 'Tayla Santoni', company: 'News Corp', position: 'Senior Internal Talent Recruiter - Technology @ News UK & Ireland', connectedAt: '2021-06-16T00:00:00.000Z' });
    const plan = buildImportPlan(records);
    expect(plan.contacts).toEqual([]);
    expect(plan.skipped.map((row) => [row.row, row.reason, row.detail])).toEqual([
      [1, 'noProfileUrl', 'Anna Carabine FCIPD'],
      [2, 'noProfileUrl', 'Iona Berrou'],
      [3, 'noProfileUrl', 'Charly Smith'],
      [4, 'noProfileUrl', 'Mojib Olasupo Baruwa'],
      [5, 'noProfileUrl', 'Rachel Exley'],
      [6, 'noProfileUrl', 'Nina Brunard'],
      [7, 'noProfileUrl', 'Tayla Santoni'],
    ]);
  });

  it('2018 Connections.csv: no preamble, dates like "1/8/18, 6:14 PM", e-mail addresses not kept', () => {
    const { records, files } = read('11-04-2018__Connections.csv.sample.csv');
    expect(files).toEqual([{ name: 'Connections.csv', kind: 'connections', rows: 10 }]);
    expect(records.connections.map((c) => [c.name, c.connectedAt])).toEqual([
      ['Claus Bergh', '2018-01-08T18:14:00.000Z'],
      ['Vivek Sharma', '2018-04-04T10:35:00.000Z'],
      ['shailja mishra', '2017-11-17T21:40:00.000Z'],
      ['Chirag Jhamb', '2017-12-17T05:05:00.000Z'],
      ['Amit Kumar Gupta', '2017-11-20T23:40:00.000Z'],
      ['Ayushee Goel', '2017-11-19T21:22:00.000Z'],
      ['Monika Hakoo', '2018-02-11T08:30:00.000Z'],
      ['Vaishnavi Rai', '2015-07-21T20:13:00.000Z'],
      ['Nitin Sankpal', '2018-01-28T05:29:00.000Z'],
      ['Nippun Tyagi', '2017-12-27T00:43:00.000Z'],
    ]);
    expect(JSON.stringify(records)).not.toContain('@gmail.com');
    expect(buildImportPlan(records).skipped.every((row) => row.reason === 'noProfileUrl')).toBe(true);
  });

  it('2021 messages.csv: detects the own profile, attributes each conversation to the other person, one touchpoint per person, day and direction', () => {
    const { records } = read('Femi10__Linkedin-Data-Visualization__messages.csv.sample.csv');
    expect(records.messages).toHaveLength(8);
    expect(records.messages[1]).toMatchObject({ fromName: 'Femi O SPHRi, CPHR', toNames: 'Disha Mukherjee', at: '2021-06-15T15:45:19.000Z', recipientUrls: null });
    const plan = buildImportPlan(records);
    expect(plan.ownProfileUrl).toBe('https://www.linkedin.com/in/femi-o-sphri-cphr-57191289/');
    expect(plan.contacts).toEqual([
      { profileUrl: 'https://www.linkedin.com/in/disha-mukherjee/', name: 'Disha Mukherjee', createIfMissing: true },
      { profileUrl: 'https://www.linkedin.com/in/chidi-okocha-aa33a898/', name: 'Chidi Okocha', createIfMissing: true },
    ]);
    expect(plan.touchpoints.map(({ contactId, at, type, direction }) => ({ contactId, at, type, direction }))).toEqual([
      { contactId: 'in:disha-mukherjee', at: '2021-06-15T14:51:26.000Z', type: 'message', direction: 'incoming' },
      { contactId: 'in:disha-mukherjee', at: '2021-06-15T15:45:19.000Z', type: 'message', direction: 'outgoing' },
      { contactId: 'in:chidi-okocha-aa33a898', at: '2021-06-14T19:30:53.000Z', type: 'message', direction: 'outgoing' },
      { contactId: 'in:chidi-okocha-aa33a898', at: '2021-06-14T19:30:12.000Z', type: 'message', direction: 'incoming' },
    ]);
    expect(plan.skipped).toEqual([]);
    expect(plan.suggestions.map((s) => [s.name, s.messages])).toEqual([
      ['Chidi Okocha', 5],
      ['Disha Mukherjee', 3],
    ]);
    expect(JSON.stringify(plan)).not.toContain('Glad to be your connection');
  });

  it('2018 Messages.csv: names only, so rows are matched by name; with no profile URL anywhere, each is skipped with its reason', () => {
    const { records, files } = read('11-04-2018__Messages.csv.sample.csv');
    expect(files).toEqual([{ name: 'Messages.csv', kind: 'messages2018', rows: 6 }]);
    expect(records.messages2018[0]).toEqual({ file: 'Messages.csv', row: 1, fromName: 'Angela from', toNames: 'Abhishek Mathur', outgoing: false, at: '2018-10-16T08:36:00.000Z', folder: 'INBOX' });
    const plan = buildImportPlan(records);
    expect(plan.touchpoints).toEqual([]);
    expect(plan.skipped.map((row) => [row.reason, row.detail])).toEqual([
      ['noMatchByName', 'Angela from'],
      ['noMatchByName', 'Angela from'],
      ['noMatchByName', 'Haseeb Ahmed'],
      ['noMatchByName', 'Haseeb Ahmed'],
      ['noMatchByName', 'Angela from'],
      ['noMatchByName', 'Google Cloud'],
    ]);
  });

  it.each([
    ['Femi10__Linkedin-Data-Visualization__Comments.csv.sample.csv', 'Comments.csv'],
    ['Femi10__Linkedin-Data-Visualization__Reactions.csv.sample.csv', 'Reactions.csv'],
    ['Femi10__Linkedin-Data-Visualization__Shares.csv.sample.csv', 'Shares.csv'],
    ['11-04-2018__Shares.csv', 'Shares.csv'],
  ])('%s is recognised as the user’s own activity and left out (it names no person)', (suffix, name) => {
    const { records, files } = read(suffix);
    expect(files).toEqual([{ name, kind: 'ownActivity', rows: 0 }]);
    expect(buildImportPlan(records)).toMatchObject({ contacts: [], touchpoints: [], skipped: [] });
  });

  it('the 2018 Shares.csv is sniffed as UTF-16LE and tab-separated', () => {
    const file = readdirSync(DIR).find((name) => name.endsWith('11-04-2018__Shares.csv'))!;
    const text = decodeExportText(new Uint8Array(readFileSync(DIR + file)), 'Shares.csv');
    expect(text.startsWith('"Date"\t"Share Title"')).toBe(true);
    expect(sniffDelimiter(text)).toBe('\t');
    expect(text).toContain('2017/06/08 08:15:44 UTC');
  });
});
