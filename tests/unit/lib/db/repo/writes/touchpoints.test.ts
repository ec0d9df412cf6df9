import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { deleteTouchpoint, logTouchpoint, updateTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { addPerson, snoozeContact, updateContact } from '@/lib/db/repo/writes/contacts';
import { listTouchpoints, searchContacts } from '@/lib/db/repo/reads/pages';
import { countDue, listDue } from '@/lib/db/repo/reads/due';
import { contextAt, person } from '../../../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';

describe('logging a touchpoint', () => {
  it('adds a person not yet in Rapport to the wider circle on the first log', async () => {
    const result = await logTouchpoint(getDb(), { person: person('jane-doe') }, { type: 'comment' }, contextAt(T0));
    expect(result.contactCreated).toBe(true);
    expect(result.contact).toMatchObject({ id: 'in:jane-doe', circle: 'wider', name: 'Jane Doe', lastTouchAt: T0 });
    expect(result.touchpoint).toMatchObject({ contactId: 'in:jane-doe', type: 'comment', focus: 'give', at: T0, source: 'manual' });
  });

  it('never stores the same person twice, however the URL was written', async () => {
    const db = getDb();
    await logTouchpoint(db, { person: person('jane-doe') }, { type: 'like' }, contextAt(T0));
    await logTouchpoint(db, { person: { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane D.' } }, { type: 'like' }, contextAt(T0));
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.get('in:jane-doe'))?.name).toBe('Jane D.');
  });

  it('asks default to the ask focus, everything else to give', async () => {
    const db = getDb();
    const ask = await logTouchpoint(db, { person: person('a-person') }, { type: 'ask' }, contextAt(T0));
    const intro = await logTouchpoint(db, { contactId: 'in:a-person' }, { type: 'intro' }, contextAt(T0));
    const overridden = await logTouchpoint(db, { contactId: 'in:a-person' }, { type: 'message', focus: 'ask' }, contextAt(T0));
    expect([ask.touchpoint.focus, intro.touchpoint.focus, overridden.touchpoint.focus]).toEqual(['ask', 'give', 'ask']);
  });

  it('updates lastTouchAt and dueAt in the same transaction', async () => {
    const db = getDb();
    const earlier = '2026-01-01T09:00:00.000Z';
    await logTouchpoint(db, { person: person('sam-lee'), circle: 'inner' }, { type: 'message' }, contextAt(earlier));
    expect(await countDue(db, T0)).toEqual({ due: 1, overdue: 1 });
    const { contact } = await logTouchpoint(db, { contactId: 'in:sam-lee' }, { type: 'like' }, contextAt(T0));
    expect(contact.lastTouchAt).toBe(T0);
    expect(contact.dueAt).toBe('2026-03-16T09:00:00.000Z');
    expect(await countDue(db, T0)).toEqual({ due: 0, overdue: 0 });
  });

  it('a touchpoint logged with an older date does not move the last touch back', async () => {
    const db = getDb();
    await logTouchpoint(db, { person: person('sam-lee') }, { type: 'message' }, contextAt(T0));
    const { contact } = await logTouchpoint(db, { contactId: 'in:sam-lee' }, { type: 'call', at: '2026-01-01T09:00:00.000Z' }, contextAt(T0));
    expect(contact.lastTouchAt).toBe(T0);
  });

  it('is idempotent for a derived id (auto-capture: once per post, type and day)', async () => {
    const db = getDb();
    await logTouchpoint(db, { person: person('sam-lee') }, { type: 'message' }, contextAt(T0));
    const draft = { type: 'like' as const, source: 'auto' as const, id: 'auto:urn:li:activity:1:like:2026-03-02' };
    const first = await logTouchpoint(db, { contactId: 'in:sam-lee' }, draft, contextAt(T0));
    const second = await logTouchpoint(db, { contactId: 'in:sam-lee' }, draft, contextAt('2026-03-02T10:00:00.000Z'));
    expect(first.touchpointCreated).toBe(true);
    expect(second.touchpointCreated).toBe(false);
    expect(await db.touchpoints.count()).toBe(2);
  });

  it('rejects a touchpoint for a contact that does not exist, writing nothing', async () => {
    await expect(logTouchpoint(getDb(), { contactId: 'in:nobody' }, { type: 'like' }, contextAt(T0))).rejects.toMatchObject({ code: 'not-found' });
    expect(await getDb().touchpoints.count()).toBe(0);
  });

  it('rolls the whole log back when the touchpoint is invalid', async () => {
    const bad = { type: 'like' as const, postUrn: '<img src=x onerror=alert(1)>' };
    await expect(logTouchpoint(getDb(), { person: person('jane-doe') }, bad, contextAt(T0))).rejects.toThrow();
    expect(await getDb().contacts.count()).toBe(0);
  });
});

describe('editing and deleting touchpoints', () => {
  it('deleting the latest touchpoint moves lastTouchAt back and recomputes dueAt', async () => {
    const db = getDb();
    await logTouchpoint(db, { person: person('sam-lee'), circle: 'key' }, { type: 'message' }, contextAt('2026-02-01T09:00:00.000Z'));
    const { touchpoint } = await logTouchpoint(db, { contactId: 'in:sam-lee' }, { type: 'like' }, contextAt(T0));
    await deleteTouchpoint(db, touchpoint.id, contextAt(T0));
    expect(await db.contacts.get('in:sam-lee')).toMatchObject({ lastTouchAt: '2026-02-01T09:00:00.000Z', dueAt: '2026-03-03T09:00:00.000Z' });
  });

  it('deleting the only touchpoint leaves the clock running from circleSince', async () => {
    const db = getDb();
    const { touchpoint } = await logTouchpoint(db, { person: person('sam-lee'), circle: 'inner' }, { type: 'like' }, contextAt(T0));
    await deleteTouchpoint(db, touchpoint.id, contextAt(T0));
    const contact = await db.contacts.get('in:sam-lee');
    expect(contact?.lastTouchAt).toBeUndefined();
    expect(contact?.dueAt).toBe('2026-03-16T09:00:00.000Z');
  });

  it('editing the date of a touchpoint updates the contact', async () => {
    const db = getDb();
    const { touchpoint } = await logTouchpoint(db, { person: person('sam-lee') }, { type: 'like' }, contextAt(T0));
    await updateTouchpoint(db, touchpoint.id, { at: '2026-01-15T09:00:00.000Z', note: 'Met at the conference' }, contextAt(T0));
    expect((await db.contacts.get('in:sam-lee'))?.lastTouchAt).toBe('2026-01-15T09:00:00.000Z');
    expect((await listTouchpoints(db, 'in:sam-lee'))[0]?.note).toBe('Met at the conference');
  });

  it('lists a contact’s touchpoints newest first', async () => {
    const db = getDb();
    await logTouchpoint(db, { person: person('sam-lee') }, { type: 'like', at: '2026-01-01T09:00:00.000Z' }, contextAt(T0));
    await logTouchpoint(db, { contactId: 'in:sam-lee' }, { type: 'call', at: '2026-02-01T09:00:00.000Z' }, contextAt(T0));
    await logTouchpoint(db, { contactId: 'in:sam-lee' }, { type: 'email', at: '2026-01-15T09:00:00.000Z' }, contextAt(T0));
    expect((await listTouchpoints(db, 'in:sam-lee')).map((t) => t.type)).toEqual(['call', 'email', 'like']);
  });
});

describe('the new-connection follow-up', () => {
  it('walks through 24-7-30 and then moves the contact to key', async () => {
    const db = getDb();
    const joined = '2026-06-01T08:00:00.000Z';
    await logTouchpoint(db, { person: person('new-friend'), circle: 'new' }, { type: 'message' }, contextAt(joined));
    let contact = await db.contacts.get('in:new-friend');
    expect(contact).toMatchObject({ circle: 'new', dueAt: '2026-06-08T08:00:00.000Z' });
    await logTouchpoint(db, { contactId: 'in:new-friend' }, { type: 'comment' }, contextAt('2026-06-08T08:00:00.000Z'));
    contact = await db.contacts.get('in:new-friend');
    expect(contact).toMatchObject({ circle: 'new', dueAt: '2026-07-01T08:00:00.000Z' });
    const third = '2026-06-30T08:00:00.000Z';
    await logTouchpoint(db, { contactId: 'in:new-friend' }, { type: 'meeting' }, contextAt(third));
    contact = await db.contacts.get('in:new-friend');
    expect(contact).toMatchObject({ circle: 'key', circleSince: third, lastTouchAt: third, dueAt: '2026-07-30T08:00:00.000Z' });
  });

  it('moves the contact where the user chose instead of key', async () => {
    const db = getDb();
    const cadences = { ...contextAt(T0).cadences, new: { ...contextAt(T0).cadences.new, graduateTo: 'inner' as const } };
    const at = (days: number) => contextAt(new Date(Date.parse(T0) + days * 86_400_000).toISOString(), { cadences });
    await logTouchpoint(db, { person: person('new-friend'), circle: 'new' }, { type: 'message' }, at(0));
    await logTouchpoint(db, { contactId: 'in:new-friend' }, { type: 'message' }, at(7));
    expect((await db.contacts.get('in:new-friend'))?.circle).toBe('new');
    await logTouchpoint(db, { contactId: 'in:new-friend' }, { type: 'message' }, at(30));
    expect((await db.contacts.get('in:new-friend'))?.circle).toBe('inner');
  });

  it('does not make three quick touches count as the whole follow-up', async () => {
    const db = getDb();
    for (let i = 0; i < 3; i++) await logTouchpoint(db, i === 0 ? { person: person('new-friend'), circle: 'new' } : { contactId: 'in:new-friend' }, { type: 'message' }, contextAt(T0));
    expect(await db.contacts.get('in:new-friend')).toMatchObject({ circle: 'new', dueAt: '2026-03-09T09:00:00.000Z' });
  });

  it('ends the follow-up with one touch for someone who entered it long ago', async () => {
    const db = getDb();
    await addPerson(db, person('old-new'), 'new', contextAt('2025-06-01T09:00:00.000Z'));
    expect(await countDue(db, T0)).toEqual({ due: 1, overdue: 1 });
    const { contact } = await logTouchpoint(db, { contactId: 'in:old-new' }, { type: 'message' }, contextAt(T0));
    expect(contact).toMatchObject({ circle: 'key', circleSince: T0, dueAt: '2026-04-01T08:00:00.000Z' });
    expect(await countDue(db, T0)).toEqual({ due: 0, overdue: 0 });
  });
});

describe('who is due', () => {
  async function seed() {
    const db = getDb();
    const log = (slug: string, circle: 'inner' | 'key' | 'untracked', at: string) =>
      logTouchpoint(db, { person: person(slug), circle }, { type: 'message', at }, contextAt(at));
    await log('overdue-a', 'inner', '2026-01-01T09:00:00.000Z');
    await log('due-b', 'inner', '2026-02-12T09:00:00.000Z');
    await log('fine-c', 'key', '2026-02-20T09:00:00.000Z');
    await log('untracked-d', 'untracked', '2025-01-01T09:00:00.000Z');
    return db;
  }

  it('lists due and overdue people, most overdue first, and counts them with the index', async () => {
    const db = await seed();
    expect((await listDue(db, T0)).map((c) => c.id)).toEqual(['in:overdue-a', 'in:due-b']);
    expect(await countDue(db, T0)).toEqual({ due: 2, overdue: 1 });
  });

  it('a snoozed contact leaves the due list until the snooze ends', async () => {
    const db = await seed();
    await snoozeContact(db, 'in:overdue-a', '2026-03-09T09:00:00.000Z', contextAt(T0));
    expect(await countDue(db, T0)).toEqual({ due: 1, overdue: 0 });
    expect(await countDue(db, '2026-03-09T09:00:00.000Z')).toEqual({ due: 2, overdue: 2 });
    await snoozeContact(db, 'in:overdue-a', null, contextAt(T0));
    expect(await countDue(db, T0)).toEqual({ due: 2, overdue: 1 });
  });

  it('changing the circle keeps the clock running from the last touch', async () => {
    const db = await seed();
    const moved = await updateContact(db, 'in:fine-c', { circle: 'inner' }, contextAt(T0));
    // Moved on 2 March: due 14 days after the last touch (20 February), not 14 days after the move.
    expect(moved).toMatchObject({ circle: 'inner', circleSince: T0, lastTouchAt: '2026-02-20T09:00:00.000Z', dueAt: '2026-03-06T09:00:00.000Z' });
    const untracked = await updateContact(db, 'in:due-b', { circle: 'untracked' }, contextAt(T0));
    expect(untracked.dueAt).toBeUndefined();
    expect(await countDue(db, T0)).toEqual({ due: 1, overdue: 1 });
  });
});

describe('counting who is due for the badge', () => {
  it('stops counting at the cap but still tells whether anyone is overdue', async () => {
    const db = getDb();
    for (let i = 0; i < 5; i++) {
      await logTouchpoint(db, { person: person(`due-person-${i}`), circle: 'inner' }, { type: 'message' }, contextAt('2026-01-01T09:00:00.000Z'));
    }
    expect(await countDue(db, T0)).toEqual({ due: 5, overdue: 5 });
    expect(await countDue(db, T0, 3)).toEqual({ due: 3, overdue: 3 });
  });
});

describe('searching contacts', () => {
  async function seed() {
    const db = getDb();
    const add = (slug: string, name: string, headline: string, company: string) =>
      logTouchpoint(db, { person: { ...person(slug, name), headline, company } }, { type: 'like' }, contextAt(T0));
    await add('jane-doe', 'Jane Doe', 'Head of Data at Acme', 'Acme');
    await add('janet-lee', 'Janet Lee', 'Designer', 'Globex');
    await add('zoe-martin', 'Zoë Martin', 'CTO', 'Acme Labs');
    await add('ali-khan', 'Ali Khan', 'Recruiter at Initech', 'Initech');
    return db;
  }
  const names = (contacts: { name: string }[]) => contacts.map((c) => c.name).sort();

  it('finds people by the start of any word of their name, headline or company', async () => {
    const db = await seed();
    expect(names(await searchContacts(db, 'jan'))).toEqual(['Jane Doe', 'Janet Lee']);
    expect(names(await searchContacts(db, 'acme'))).toEqual(['Jane Doe', 'Zoë Martin']);
    expect(names(await searchContacts(db, 'recruit'))).toEqual(['Ali Khan']);
  });

  it('needs every word to match, in any order, ignoring case and accents', async () => {
    const db = await seed();
    expect(names(await searchContacts(db, 'ACME jane'))).toEqual(['Jane Doe']);
    expect(names(await searchContacts(db, 'zoe'))).toEqual(['Zoë Martin']);
    expect(names(await searchContacts(db, 'jane globex'))).toEqual(['Janet Lee']);
    expect(names(await searchContacts(db, 'doe globex'))).toEqual([]);
  });

  it('finds people by tag once tagged, and forgets old words when the name changes', async () => {
    const db = await seed();
    await updateContact(db, 'in:ali-khan', { tags: ['mentor'], name: 'Ali K. Khan' }, contextAt(T0));
    expect(names(await searchContacts(db, 'ment'))).toEqual(['Ali K. Khan']);
    await logTouchpoint(db, { person: { ...person('jane-doe', 'Jane Smith') } }, { type: 'like' }, contextAt(T0));
    expect(names(await searchContacts(db, 'doe'))).toEqual([]);
    expect(names(await searchContacts(db, 'smith'))).toEqual(['Jane Smith']);
  });

  it('returns nothing for an empty or punctuation-only query', async () => {
    const db = await seed();
    expect(await searchContacts(db, '   ')).toEqual([]);
    expect(await searchContacts(db, '--')).toEqual([]);
  });
});

describe('a new connection’s follow-up counts from the day you connected', () => {
  async function importedConnection(connectedAt: string) {
    const db = getDb();
    await addPerson(db, person('dana-okafor', 'Dana Okafor'), 'untracked', contextAt('2026-03-01T09:00:00.000Z'));
    await db.contacts.update('in:dana-okafor', { connectedAt });
    return db;
  }

  it('puts someone connected three days ago straight into their overdue first step', async () => {
    const db = await importedConnection('2026-02-27T09:00:00.000Z');
    const moved = await updateContact(db, 'in:dana-okafor', { circle: 'new' }, contextAt(T0));
    expect(moved).toMatchObject({ circleSince: '2026-02-27T09:00:00.000Z', dueAt: '2026-02-28T09:00:00.000Z', overdueAt: '2026-03-01T09:00:00.000Z' });
    expect(await countDue(db, T0)).toEqual({ due: 1, overdue: 1 });
    const { contact } = await logTouchpoint(db, { contactId: 'in:dana-okafor' }, { type: 'message' }, contextAt(T0));
    expect(contact).toMatchObject({ circle: 'new', dueAt: '2026-03-06T09:00:00.000Z' });
    expect(await countDue(db, T0)).toEqual({ due: 0, overdue: 0 });
  });

  it('starts afresh when the connection is older than the follow-up, or for any other circle', async () => {
    const db = await importedConnection('2025-06-01T09:00:00.000Z');
    expect((await updateContact(db, 'in:dana-okafor', { circle: 'new' }, contextAt(T0))).circleSince).toBe(T0);
    const recent = await importedConnection('2026-02-27T09:00:00.000Z');
    expect((await updateContact(recent, 'in:dana-okafor', { circle: 'inner' }, contextAt(T0))).circleSince).toBe(T0);
  });
});
