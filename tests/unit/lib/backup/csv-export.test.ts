import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsToCsv, spreadsheetDate, tableToCsv, touchpointsToCsv } from '@/lib/backup/csv-export';
import type { Contact, Touchpoint } from '@/lib/model/schema';

const ada: Contact = {
  id: 'in:ada-example',
  profileUrl: 'https://www.linkedin.com/in/ada-example/',
  name: 'Ada "The Count" Example',
  headline: '=HYPERLINK("https://evil.example","click")',
  company: 'Engines, Ltd',
  circle: 'inner',
  kind: 'both',
  tags: ['mentor', 'lyon'],
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  circleSince: '2026-01-05T10:00:00.000Z',
  lastTouchAt: '2026-02-01T10:00:00.000Z',
  dueAt: '2026-02-15T10:00:00.000Z',
  overdueAt: '2026-02-22T10:00:00.000Z',
  connectedAt: '2024-03-12T00:00:00.000Z',
  invitedBy: 'me',
};
const zoe: Contact = { id: 'in:zoë-test', profileUrl: 'https://www.linkedin.com/in/zoë-test/', name: '+Zoë 🚀', circle: 'untracked', tags: [], createdAt: '2026-01-06T10:00:00.000Z', updatedAt: '2026-01-06T10:00:00.000Z', circleSince: '2026-01-06T10:00:00.000Z' };

const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('CSV exports for spreadsheets', () => {
  it('writes one row per contact (sorted by name) with circle, kind, tags, last touch and due date, in local time', () => {
    const csv = contactsToCsv([zoe, ada], 'Europe/Paris');
    expect(csv.startsWith('\uFEFFName,Profile URL,Circle,Kind,Tags,')).toBe(true);
    expect(rows(csv)).toEqual([
      ['Name', 'Profile URL', 'Circle', 'Kind', 'Tags', 'Headline', 'Company', 'Location', 'Last touch', 'Due', 'Overdue from', 'Snoozed until', 'Connected on', 'Invited by', 'Added to Rapport'],
      ["'+Zoë 🚀", 'https://www.linkedin.com/in/zoë-test/', 'untracked', '', '', '', '', '', '', '', '', '', '', '', '2026-01-06 11:00'],
      ['Ada "The Count" Example', 'https://www.linkedin.com/in/ada-example/', 'inner', 'both', 'mentor; lyon', `'=HYPERLINK("https://evil.example","click")`, 'Engines, Ltd', '', '2026-02-01 11:00', '2026-02-15 11:00', '2026-02-22 11:00', '', '2024-03-12 01:00', 'me', '2026-01-05 11:00'],
    ]);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=cmd\n|calc'])('neutralises a cell starting like a formula (%j) with a leading apostrophe', (value) => {
    expect(rows(tableToCsv(['value'], [[value]]))[1]).toEqual([`'${value}`]);
  });

  it('writes touchpoints newest first, with the person they were with', () => {
    const touchpoints: Touchpoint[] = [
      { id: 't1', contactId: 'in:ada-example', type: 'comment', focus: 'give', at: '2026-01-10T10:00:00.000Z', postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', source: 'manual' },
      { id: 't2', contactId: 'in:ada-example', type: 'other', focus: 'give', at: '2026-02-01T10:00:00.000Z', note: 'Endorsed: Data', source: 'import' },
    ];
    expect(rows(touchpointsToCsv(touchpoints, [ada], 'UTC'))).toEqual([
      ['Date', 'Name', 'Profile URL', 'Type', 'Focus', 'Source', 'Note', 'Post URL'],
      ['2026-02-01 10:00', 'Ada "The Count" Example', 'https://www.linkedin.com/in/ada-example/', 'other', 'give', 'import', 'Endorsed: Data', ''],
      ['2026-01-10 10:00', 'Ada "The Count" Example', 'https://www.linkedin.com/in/ada-example/', 'comment', 'give', 'manual', '', 'https://www.linkedin.com/feed/update/urn:li:activity:1/'],
    ]);
  });

  it('formats dates for spreadsheets in the given zone', () => {
    expect(spreadsheetDate('2026-07-01T22:30:00.000Z', 'Europe/Paris')).toBe('2026-07-02 00:30');
    expect(spreadsheetDate(undefined, 'UTC')).toBeUndefined();
  });
});

describe('open loops as CSV', () => {
  it('lists follow-ups by due day with their person and status, formula-like text defused', async () => {
    const { loopsToCsv, LOOP_COLUMNS } = await import('@/lib/backup/csv-export');
    const loops = [
      { id: 'l2', contactId: 'in:ada-example', text: 'Ask about the launch', dueDay: '2026-03-05', openDay: '2026-03-05', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' },
      { id: 'l1', contactId: 'in:ada-example', text: '=cmd|calc', dueDay: '2026-02-20', doneAt: '2026-02-21T08:30:00.000Z', createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-21T08:30:00.000Z' },
    ];
    const rows = Papa.parse<string[]>(loopsToCsv(loops, [ada], 'Europe/Paris').replace(/^\uFEFF/, '')).data;
    expect(rows[0]).toEqual(LOOP_COLUMNS);
    expect(rows[1]).toEqual(['2026-02-20', ada.name, ada.profileUrl, "'=cmd|calc", 'done', '2026-02-21 09:30', '2026-02-01 11:00']);
    expect(rows[2]).toEqual(['2026-03-05', ada.name, ada.profileUrl, 'Ask about the launch', 'open', '', '2026-03-01 11:00']);
  });
});

describe('introductions as CSV', () => {
  it('lists introductions newest first with both sides by name and URL, the purpose and outcome, formula-like text defused', async () => {
    const { introductionsToCsv, INTRODUCTION_COLUMNS } = await import('@/lib/backup/csv-export');
    const base = { outcome: 'open' as const, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' };
    const introductions = [
      { ...base, id: 'i1', kind: 'made' as const, a: { contactId: ada.id, name: ada.name, profileUrl: ada.profileUrl }, b: { name: 'Sam Outside' }, purpose: '=cmd|calc', at: '2026-03-01T10:00:00.000Z', contactIds: [ada.id] },
      { ...base, id: 'i2', kind: 'received' as const, a: { name: 'Kofi Sample', profileUrl: 'https://www.linkedin.com/in/kofi-sample/' }, b: { contactId: ada.id, name: ada.name, profileUrl: ada.profileUrl }, outcome: 'helped' as const, at: '2026-03-05T10:00:00.000Z', contactIds: [ada.id] },
    ];
    const rows = Papa.parse<string[]>(introductionsToCsv(introductions, 'Europe/Paris').replace(/^\uFEFF/, '')).data;
    expect(rows[0]).toEqual(INTRODUCTION_COLUMNS);
    expect(rows[1]).toEqual(['2026-03-05 11:00', 'received', 'Kofi Sample', 'https://www.linkedin.com/in/kofi-sample/', ada.name, ada.profileUrl, '', 'helped']);
    expect(rows[2]).toEqual(['2026-03-01 11:00', 'made', ada.name, ada.profileUrl, 'Sam Outside', '', "'=cmd|calc", 'open']);
  });
});

describe('needs as CSV', () => {
  it('lists open needs (newest first) then closed ones (latest closed first), with dates, outcome and who knows, quoted and defused', async () => {
    const { needsToCsv, NEED_COLUMNS } = await import('@/lib/backup/csv-export');
    const bea = { ...ada, id: 'in:bea-sample', name: 'Bea "B" Sample', profileUrl: 'https://www.linkedin.com/in/bea-sample/' };
    const stamp = (at: string) => ({ createdAt: at, updatedAt: at });
    const needs = [
      { id: 'n1', text: 'Hire a data lead', status: 'open' as const, ...stamp('2026-02-01T10:00:00.000Z') },
      { id: 'n2', text: 'Find a pilot customer, in logistics', status: 'open' as const, ...stamp('2026-03-01T10:00:00.000Z') },
      { id: 'n3', text: '=HYPERLINK("x")', status: 'met' as const, outcome: 'Signed with Freight Co.\nThanks to Bea', ...stamp('2026-01-01T10:00:00.000Z'), closedAt: '2026-03-10T08:30:00.000Z' },
      { id: 'n4', text: 'Find a mentor', status: 'dropped' as const, ...stamp('2025-12-01T10:00:00.000Z'), closedAt: '2026-01-05T23:30:00.000Z' },
    ];
    const touch = (id: string, contactId: string, needId: string, at: string) => ({ id, contactId, needId, at, type: 'ask' as const, source: 'manual' as const });
    const tied = [
      touch('t1', ada.id, 'n3', '2026-02-01T10:00:00.000Z'),
      touch('t2', bea.id, 'n3', '2026-02-05T10:00:00.000Z'),
      touch('t3', ada.id, 'n3', '2026-02-09T10:00:00.000Z'),
      // Someone no longer in Rapport: left out.
      touch('t4', 'in:gone', 'n2', '2026-03-02T10:00:00.000Z'),
    ];
    const csv = needsToCsv(needs, tied, [ada, bea], 'Europe/Paris');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // A comma, a quote and a line break are quoted, quotes doubled.
    expect(csv).toContain('"Find a pilot customer, in logistics"');
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
    expect(rows[0]).toEqual(NEED_COLUMNS);
    expect(rows.slice(1)).toEqual([
      ['Find a pilot customer, in logistics', 'open', '2026-03-01 11:00', '', '', ''],
      ['Hire a data lead', 'open', '2026-02-01 11:00', '', '', ''],
      // Dates in the user's time zone; who knows latest first, each once.
      ["'=HYPERLINK(\"x\")", 'met', '2026-01-01 11:00', '2026-03-10 09:30', 'Signed with Freight Co.\nThanks to Bea', `${ada.name}; Bea "B" Sample`],
      ['Find a mentor', 'dropped', '2025-12-01 11:00', '2026-01-06 00:30', '', ''],
    ]);
  });
});
