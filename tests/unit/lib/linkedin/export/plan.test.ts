import { describe, expect, it } from 'vitest';
import { readExport } from '@/lib/linkedin/export/read-export';
import { buildImportPlan } from '@/lib/linkedin/export/plan';
import { inputs } from '../../../helpers/linkedin-import';
import { EXPECTED, EXPORT_FILES, OWN } from '../../../../fixtures/linkedin-export/synthetic-export';

const planOf = (files: Record<string, string>) => buildImportPlan(readExport(inputs(files)).records);
const MESSAGES_HEADER = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER';
const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;
const message = (conversation: string, from: string, slug: string, to: string, date: string) => `${conversation},,${from},${url(slug)},"${to}",${date} UTC,,text,INBOX`;
/** [contactId, at, direction] of every touchpoint (direction: messages only). */
const touches = (plan: ReturnType<typeof planOf>) => plan.touchpoints.map((t) => [t.contactId, t.at, ...(t.direction ? [t.direction] : [])]).sort();

describe('the import plan of the synthetic export', () => {
  const plan = planOf(EXPORT_FILES);

  it('has one contact per person across all files, keyed by canonical profile URL', () => {
    expect(Object.fromEntries(plan.contacts.map(({ profileUrl, ...rest }) => [profileUrl, rest]))).toEqual({
      'https://www.linkedin.com/in/ada-lovelace-test/': { ...EXPECTED.contacts['in:ada-lovelace-test'], createIfMissing: true },
      'https://www.linkedin.com/in/bea-marlowe-42/': { ...EXPECTED.contacts['in:bea-marlowe-42'], createIfMissing: true },
      'https://www.linkedin.com/in/cem-yıldız/': { ...EXPECTED.contacts['in:cem-yıldız'], createIfMissing: true },
      'https://www.linkedin.com/in/dana-okafor/': { ...EXPECTED.contacts['in:dana-okafor'], createIfMissing: true },
      'https://www.linkedin.com/in/eli-novak/': { ...EXPECTED.contacts['in:eli-novak'], createIfMissing: true },
      'https://www.linkedin.com/in/finn-ortega/': { ...EXPECTED.contacts['in:finn-ortega'], createIfMissing: true },
      // Only invited: fills in a contact that exists, never creates one.
      'https://www.linkedin.com/in/gus-pending/': { name: 'Gus Pending', invitedBy: 'them', createIfMissing: false },
    });
  });

  it('has the expected touchpoints: messages per person, conversation and day; the other person’s messages apart; endorsements and recommendations as their own types, with no focus', () => {
    const byContact: Record<string, [string, string][]> = {};
    for (const t of [...plan.touchpoints].sort((a, b) => (a.at < b.at ? -1 : 1))) (byContact[t.contactId] ??= []).push([t.at, t.type]);
    expect(byContact).toEqual(EXPECTED.touchpoints);
    expect(plan.touchpoints.every((t) => !('focus' in t) && /^li-(msg|endorse|recommend)-[0-9a-z]+$/.test(t.id))).toBe(true);
    const incoming: Record<string, string[]> = {};
    for (const t of plan.touchpoints) if (t.direction === 'incoming') (incoming[t.contactId] ??= []).push(t.at);
    expect(incoming).toEqual(EXPECTED.incoming);
    expect(plan.touchpoints.filter((t) => t.type === 'message').every((t) => t.direction === 'incoming' || t.direction === 'outgoing')).toBe(true);
    expect(plan.touchpoints.find((t) => t.contactId === 'in:finn-ortega')?.note).toBe('Endorsed: Welding');
  });

  it('detects the user’s own profile from Invitations.csv and never makes it a contact', () => {
    expect(plan.ownProfileUrl).toBe(`${OWN}/`);
    expect(plan.contacts.some((c) => c.profileUrl === `${OWN}/`)).toBe(false);
  });

  it('lists every row left out with its reason', () => {
    expect(plan.skipped).toEqual([
      { file: 'Recommendations_Given.csv', row: 2, reason: 'noMatchByName', detail: 'Zed Nobody' },
      { file: 'messages.csv', row: 6, reason: 'draft', detail: 'Robin Quill' },
    ]);
  });

  it('suggests the people with two-way conversations, most messages first', () => {
    expect(plan.suggestions).toEqual([
      { contactId: 'in:bea-marlowe-42', name: 'Bea Marlowe', profileUrl: 'https://www.linkedin.com/in/bea-marlowe-42/', messages: 3, lastMessageAt: '2025-09-03T09:00:00.000Z' },
      { contactId: 'in:eli-novak', name: 'Eli Novak', profileUrl: 'https://www.linkedin.com/in/eli-novak/', messages: 2, lastMessageAt: '2025-08-20T12:30:00.000Z' },
    ]);
  });

  it('is the same plan whatever the order of the files', () => {
    const reversed = planOf(Object.fromEntries(Object.entries(EXPORT_FILES).reverse()));
    expect(new Set(reversed.touchpoints.map((t) => t.id))).toEqual(new Set(plan.touchpoints.map((t) => t.id)));
    expect(reversed.ownProfileUrl).toBe(plan.ownProfileUrl);
  });

  it('gives a newer export’s old messages the same ids, and new ones new ids', () => {
    const newer = planOf({
      ...EXPORT_FILES,
      'messages.csv': `${EXPORT_FILES['messages.csv']}conv-1,,Robin Quill,${OWN},Bea Marlowe,${url('bea-marlowe-42')},2025-09-03 18:00:00 UTC,,Later that day,INBOX,No\r\nconv-1,,Bea Marlowe,${url('bea-marlowe-42')},Robin Quill,${OWN},2025-10-01 08:00:00 UTC,,News!,INBOX,No\r\n`,
    });
    const oldIds = new Set(plan.touchpoints.map((t) => t.id));
    const added = newer.touchpoints.filter((t) => !oldIds.has(t.id));
    expect(added.map((t) => [t.contactId, t.at])).toEqual([['in:bea-marlowe-42', '2025-10-01T08:00:00.000Z']]);
    expect(newer.touchpoints.filter((t) => oldIds.has(t.id))).toEqual(plan.touchpoints);
  });
});

describe('own profile detection', () => {
  it('from messages: the URL in the most conversations', () => {
    const plan = planOf({
      'messages.csv': [
        MESSAGES_HEADER,
        message('c1', 'Ada A', 'ada-a', 'Me Myself', '2025-01-01 10:00:00'),
        message('c1', 'Me Myself', 'me-myself', 'Ada A', '2025-01-01 11:00:00'),
        message('c2', 'Bo B', 'bo-b', 'Me Myself', '2025-01-02 10:00:00'),
        message('c2', 'Me Myself', 'me-myself', 'Bo B', '2025-01-02 11:00:00'),
      ].join('\n'),
    });
    expect(plan.ownProfileUrl).toBe('https://www.linkedin.com/in/me-myself/');
    expect(touches(plan)).toEqual([
      ['in:ada-a', '2025-01-01T10:00:00.000Z', 'incoming'],
      ['in:ada-a', '2025-01-01T11:00:00.000Z', 'outgoing'],
      ['in:bo-b', '2025-01-02T10:00:00.000Z', 'incoming'],
      ['in:bo-b', '2025-01-02T11:00:00.000Z', 'outgoing'],
    ]);
  });

  it('from messages and connections: in a single conversation, the participant who is not a connection', () => {
    const plan = planOf({
      'Connections.csv': 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,A,https://www.linkedin.com/in/ada-a,,,,1 Jan 2025\n',
      'messages.csv': [MESSAGES_HEADER, message('c1', 'Ada A', 'ada-a', 'Me Myself', '2025-01-01 10:00:00'), message('c1', 'Me Myself', 'me-myself', 'Ada A', '2025-01-01 11:00:00')].join('\n'),
    });
    expect(plan.ownProfileUrl).toBe('https://www.linkedin.com/in/me-myself/');
    expect(touches(plan)).toEqual([
      ['in:ada-a', '2025-01-01T10:00:00.000Z', 'incoming'],
      ['in:ada-a', '2025-01-01T11:00:00.000Z', 'outgoing'],
    ]);
  });

  it('when unsure, attributes no message at all rather than risk a wrong person', () => {
    const plan = planOf({ 'messages.csv': [MESSAGES_HEADER, message('c1', 'Ada A', 'ada-a', 'Me Myself', '2025-01-01 10:00:00'), message('c1', 'Me Myself', 'me-myself', 'Ada A', '2025-01-01 11:00:00')].join('\n') });
    expect(plan.ownProfileUrl).toBeNull();
    expect(plan.touchpoints).toEqual([]);
    expect(plan.skipped.map((row) => row.reason)).toEqual(['ownProfileUnknown', 'ownProfileUnknown']);
  });

  it('skips the user’s own row in Connections.csv, should it appear', () => {
    const plan = planOf({ ...EXPORT_FILES, 'Connections.csv': `${EXPORT_FILES['Connections.csv']}Robin,Quill,${OWN},,,,1 Jan 2020\n` });
    expect(plan.skipped).toContainEqual({ file: 'Connections.csv', row: 5, reason: 'ownProfile', detail: 'Robin Quill' });
  });
});

describe('group conversations', () => {
  it('without a recipient URL column: the user’s message touches every other participant who wrote in that conversation; theirs touch only them', () => {
    const plan = planOf({
      'messages.csv': [
        MESSAGES_HEADER,
        message('g1', 'Me Myself', 'me-myself', 'Ada A, Bo B', '2025-03-01 09:00:00'),
        message('g1', 'Ada A', 'ada-a', 'Me Myself, Bo B', '2025-03-02 09:00:00'),
        message('g1', 'Bo B', 'bo-b', 'Me Myself, Ada A', '2025-03-02 10:00:00'),
        message('c2', 'Me Myself', 'me-myself', 'Cy C', '2025-03-03 09:00:00'),
        message('c2', 'Cy C', 'cy-c', 'Me Myself', '2025-03-03 09:30:00'),
      ].join('\n'),
    });
    expect(plan.ownProfileUrl).toBe('https://www.linkedin.com/in/me-myself/');
    expect(touches(plan)).toEqual([
      ['in:ada-a', '2025-03-01T09:00:00.000Z', 'outgoing'],
      ['in:ada-a', '2025-03-02T09:00:00.000Z', 'incoming'],
      ['in:bo-b', '2025-03-01T09:00:00.000Z', 'outgoing'],
      ['in:bo-b', '2025-03-02T10:00:00.000Z', 'incoming'],
      ['in:cy-c', '2025-03-03T09:00:00.000Z', 'outgoing'],
      ['in:cy-c', '2025-03-03T09:30:00.000Z', 'incoming'],
    ]);
  });

  it('with RECIPIENT PROFILE URLS: recipients are taken from it, whatever the separator; a recipient without a known name is skipped', () => {
    const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS';
    const plan = planOf({
      'Invitations.csv': `From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nMe Myself,Ada A,"1/2/25, 4:10 PM",,OUTGOING,${url('me-myself')},${url('ada-a')}\n`,
      'messages.csv': [
        header,
        `g1,Team,Me Myself,${url('me-myself')},"Ada A, Bo B, Di D","${url('ada-a')}; ${url('bo-b')} ${url('di-d')}",2025-03-01 09:00:00 UTC,,hi,INBOX,`,
        `g1,Team,Bo B,${url('bo-b')},"Me Myself, Ada A, Di D","${url('me-myself')},${url('ada-a')},${url('di-d')}",2025-03-01 09:10:00 UTC,,hey,INBOX,`,
        `g1,Team,Ada A,${url('ada-a')},"Me Myself, Bo B, Di D","${url('me-myself')},${url('bo-b')},${url('di-d')}",2025-03-01 09:20:00 UTC,,yo,INBOX,`,
      ].join('\n'),
    });
    expect(touches(plan)).toEqual([
      ['in:ada-a', '2025-03-01T09:00:00.000Z', 'outgoing'],
      ['in:ada-a', '2025-03-01T09:20:00.000Z', 'incoming'],
      ['in:bo-b', '2025-03-01T09:00:00.000Z', 'outgoing'],
      ['in:bo-b', '2025-03-01T09:10:00.000Z', 'incoming'],
    ]);
    expect(plan.skipped).toEqual([{ file: 'messages.csv', row: 1, reason: 'nameUnknown', detail: 'https://www.linkedin.com/in/di-d/' }]);
  });

  it('skips senders that are not people (company pages, internal member ids)', () => {
    const plan = planOf({
      'messages.csv': [
        MESSAGES_HEADER,
        message('c1', 'Me Myself', 'me-myself', 'Ada A', '2025-01-01 11:00:00'),
        message('c1', 'Ada A', 'ada-a', 'Me Myself', '2025-01-01 12:00:00'),
        message('c2', 'Me Myself', 'me-myself', 'Bo B', '2025-01-01 11:00:00'),
        message('c2', 'Bo B', 'bo-b', 'Me Myself', '2025-01-01 12:00:00'),
        `c3,,Sponsor,https://www.linkedin.com/company/acme,"Me Myself",2025-01-02 10:00:00 UTC,,Buy,INBOX`,
        `c4,,Someone,https://www.linkedin.com/in/ACoAAB1234567890abcdef,"Me Myself",2025-01-02 10:00:00 UTC,,Hi,INBOX`,
      ].join('\n'),
    });
    expect(plan.skipped.map((row) => [row.reason, row.detail])).toEqual([
      ['notAProfileUrl', 'https://www.linkedin.com/company/acme'],
      ['notAProfileUrl', 'https://www.linkedin.com/in/ACoAAB1234567890abcdef'],
    ]);
  });
});

describe('matching by name (recommendations, old exports)', () => {
  const connections = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Able,https://www.linkedin.com/in/ada-able,,,,1 Jan 2025\nSam,Same,https://www.linkedin.com/in/sam-same-1,,,,1 Jan 2025\nSam,Same,https://www.linkedin.com/in/sam-same-2,,,,1 Jan 2025\n';
  const recommendations = 'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nada, able,,,Great,"3/4/25, 9:00 AM",VISIBLE\nSam,Same,,,Great,"3/4/25, 9:00 AM",VISIBLE\nNo,Body,,,Great,"3/4/25, 9:00 AM",VISIBLE\n';

  it('matches a unique name only (case and spacing aside); two people of that name or none: skipped', () => {
    const plan = planOf({ 'Connections.csv': connections, 'Recommendations_Given.csv': recommendations });
    expect(plan.touchpoints.map((t) => [t.contactId, t.type, t.at, t.note])).toEqual([['in:ada-able', 'recommendation', '2025-03-04T09:00:00.000Z', 'Recommendation written on LinkedIn']]);
    expect(plan.skipped.map((row) => [row.reason, row.detail])).toEqual([
      ['ambiguousName', 'Sam Same'],
      ['noMatchByName', 'No Body'],
    ]);
  });

  it('ignores recommendations received', () => {
    const { files, records } = readExport(inputs({ 'Connections.csv': connections, 'Recommendations_Received.csv': recommendations }));
    expect(files.map((f) => f.kind)).toEqual(['connections', 'received']);
    expect(buildImportPlan(records).touchpoints).toEqual([]);
  });

  it('gives a connection without a URL column the profile of the one person of that name seen in the messages', () => {
    const plan = planOf({
      'Connections.csv': 'First Name,Last Name,Email Address,Company,Position,Connected On\nAda,A,,Acme,CTO,17 Jun 2021\nZoe,Z,,Zed,CEO,17 Jun 2021\n',
      'messages.csv': [MESSAGES_HEADER, message('c1', 'Ada A', 'ada-a', 'Me Myself', '2021-06-01 10:00:00'), message('c1', 'Me Myself', 'me-myself', 'Ada A', '2021-06-01 11:00:00'), message('c2', 'Bo B', 'bo-b', 'Me Myself', '2021-06-02 10:00:00'), message('c2', 'Me Myself', 'me-myself', 'Bo B', '2021-06-02 11:00:00')].join('\n'),
    });
    expect(plan.contacts.find((c) => c.profileUrl === 'https://www.linkedin.com/in/ada-a/')).toEqual({
      profileUrl: 'https://www.linkedin.com/in/ada-a/',
      name: 'Ada A',
      company: 'Acme',
      headline: 'CTO',
      connectedAt: '2021-06-17T00:00:00.000Z',
      createIfMissing: true,
    });
    expect(plan.skipped).toEqual([{ file: 'Connections.csv', row: 2, reason: 'noProfileUrl', detail: 'Zoe Z' }]);
  });

  it('attributes a 2018 message (names and a direction only) when the name is unique', () => {
    const plan = planOf({
      'Connections.csv': connections,
      'Messages.csv': 'From,To,Date,Subject,Content,Direction,Folder\nAda Able,Me Myself,"10/16/18, 8:36 AM",Hi,"Hello&nbsp;there",INCOMING,INBOX\nMe Myself,Ada Able,"10/16/18, 9:00 AM",Re: Hi,Thanks,OUTGOING,INBOX\nSam Same,Me Myself,"10/17/18, 9:00 AM",Hi,Yo,INCOMING,INBOX\n',
    });
    expect(touches(plan)).toEqual([
      ['in:ada-able', '2018-10-16T08:36:00.000Z', 'incoming'],
      ['in:ada-able', '2018-10-16T09:00:00.000Z', 'outgoing'],
    ]);
    expect(plan.skipped.map((row) => row.reason)).toEqual(['ambiguousName']);
    expect(plan.suggestions.map((s) => s.contactId)).toEqual(['in:ada-able']);
  });
});
