import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { getDb } from '@/lib/db/db';
import { addPerson, updateContact, updateContacts } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { recountTouchDays } from '@/lib/db/repo/upkeep/touch-days';
import { countDue } from '@/lib/db/repo/reads/due';
import { LIMITS, type Circle, type Contact } from '@/lib/model/schema';
import { contextAt, person } from '../../../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';
const LATER = '2026-09-01T09:00:00.000Z';

async function addUntracked(count: number, at = T0) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const slug = `person-${String(i).padStart(4, '0')}`;
    await addPerson(getDb(), person(slug, `Person ${i}`), 'untracked', contextAt(at));
    ids.push(`in:${slug}`);
  }
  return ids;
}

describe('changing many people at once', () => {
  it('puts everyone in a circle in one call, clocks from their last touch, and makes the long-quiet due (spread over the catch-up)', async () => {
    const db = getDb();
    const ids = await addUntracked(6);
    // Two were messaged in March; the others were never touched.
    await logTouchpoint(db, { contactId: ids[0]! }, { type: 'message' }, contextAt(T0));
    await logTouchpoint(db, { contactId: ids[1]! }, { type: 'message' }, contextAt(T0));
    expect(await countDue(db, LATER)).toEqual({ due: 0, overdue: 0 });

    const updated = await updateContacts(db, ids, { circle: 'key' }, contextAt(LATER));

    expect(updated).toBe(6);
    const stored = await db.contacts.bulkGet(ids);
    expect(stored.map((contact) => contact!.circle)).toEqual(Array(6).fill('key'));
    // Touched in March, Key every 30 days: past due in September, so they join the catch-up, one due today.
    const waiting = stored.filter((contact) => contact!.catchUpAt !== undefined);
    expect(waiting.map((contact) => contact!.id).sort()).toEqual([ids[0], ids[1]]);
    expect((await countDue(db, LATER)).due).toBeGreaterThanOrEqual(1);
    // The never-touched start their clock now.
    expect(stored[2]!.circleSince).toBe(LATER);
    expect(stored[2]!.dueAt! > LATER).toBe(true);
  });

  it('keeps the per-day touch counts as a full recount would (touches moved from the old circle to the new)', async () => {
    const db = getDb();
    const now = '2026-03-05T09:00:00.000Z';
    const ids = await addUntracked(3, now);
    for (const id of ids) await logTouchpoint(db, { contactId: id }, { type: 'comment' }, contextAt(now));
    await updateContacts(db, ids, { circle: 'inner' }, contextAt(now));
    const incremental = await db.touchDays.toArray();
    await recountTouchDays(db, contextAt(now));
    expect(await db.touchDays.toArray()).toEqual(incremental);
    expect(incremental.length).toBeGreaterThan(0);
    expect(incremental.every((row) => row.circle === 'inner')).toBe(true);
  });

  it('sets and removes a kind, and leaves people already so unchanged', async () => {
    const db = getDb();
    const ids = await addUntracked(3);
    expect(await updateContacts(db, ids.slice(0, 2), { kind: 'strategic' }, contextAt(LATER))).toBe(2);
    expect(await updateContacts(db, ids, { kind: 'strategic' }, contextAt(LATER))).toBe(1);
    expect((await db.contacts.bulkGet(ids)).map((contact) => contact!.kind)).toEqual(['strategic', 'strategic', 'strategic']);
    expect(await updateContacts(db, [ids[0]!], { kind: null }, contextAt(LATER))).toBe(1);
    expect((await db.contacts.get(ids[0]!))!.kind).toBeUndefined();
  });

  it('adds a tag once (whatever its case), searchable at once', async () => {
    const db = getDb();
    const ids = await addUntracked(2);
    await updateContacts(db, [ids[0]!], { addTag: 'Fintech' }, contextAt(LATER));
    expect(await updateContacts(db, ids, { addTag: 'fintech' }, contextAt(LATER))).toBe(1);
    const [first, second] = await db.contacts.bulkGet(ids);
    expect(first!.tags).toEqual(['Fintech']);
    expect(second!.tags).toEqual(['fintech']);
    expect(second!.searchWords).toContain('fintech');
  });

  it('writes nothing when one person cannot take another tag (all or nothing)', async () => {
    const db = getDb();
    const ids = await addUntracked(2);
    const full = Array.from({ length: LIMITS.tags }, (_, i) => `tag-${i}`);
    await db.contacts.update(ids[1]!, { tags: full });
    await expect(updateContacts(db, ids, { addTag: 'new' }, contextAt(LATER))).rejects.toMatchObject({ code: 'invalid-message' });
    expect((await db.contacts.get(ids[0]!))!.tags).toEqual([]);
  });

  /** The same people, with touches of every sort, in a fresh database. */
  async function peopleWithHistories(db: AppDB): Promise<string[]> {
    const daysAgo = (days: number) => new Date(Date.parse(LATER) - days * 86_400_000).toISOString();
    const ids = [];
    for (const [slug, connectedDays] of [['long-quiet', 400], ['recent', 400], ['never', undefined], ['theirs-last', 400], ['snoozed', 400], ['new-connection', 10]] as const) {
      await addPerson(db, person(slug, slug), 'untracked', contextAt(T0));
      if (connectedDays !== undefined) await db.contacts.update(`in:${slug}`, { connectedAt: daysAgo(connectedDays) });
      ids.push(`in:${slug}`);
    }
    const log = (id: string, days: number, direction?: 'incoming') =>
      logTouchpoint(db, { contactId: id }, { type: 'message', at: daysAgo(days), ...(direction ? { direction } : {}) }, contextAt(daysAgo(days)));
    await log('in:long-quiet', 200);
    await log('in:recent', 5);
    await log('in:theirs-last', 100);
    await log('in:theirs-last', 3, 'incoming');
    await log('in:snoozed', 150);
    await db.contacts.update('in:snoozed', { snoozedUntil: daysAgo(-20) });
    await log('in:new-connection', 9);
    return ids;
  }

  const comparable = ({ updatedAt: _u, catchUpAt, dueAt, overdueAt, ...contact }: Contact) =>
    // A catch-up day depends on who else joins it at the same moment: compared as "has one".
    catchUpAt === undefined ? { ...contact, dueAt, overdueAt } : { ...contact, waitsForCatchUp: true };

  it.each([['key'], ['new'], ['untracked']] as [Circle][])(
    'derives the same due dates, clocks, catch-up and touch counts as changing each person alone (to %s)',
    async (circle) => {
      const bulkDb = new AppDB(`bulk-${crypto.randomUUID()}`);
      const aloneDb = new AppDB(`alone-${crypto.randomUUID()}`);
      const ids = await peopleWithHistories(bulkDb);
      await peopleWithHistories(aloneDb);
      if (circle === 'untracked') {
        await updateContacts(bulkDb, ids, { circle: 'key' }, contextAt(LATER));
        await updateContacts(aloneDb, ids, { circle: 'key' }, contextAt(LATER));
      }

      await updateContacts(bulkDb, ids, { circle }, contextAt(LATER));
      for (const id of ids) await updateContact(aloneDb, id, { circle }, contextAt(LATER));

      const bulk = (await bulkDb.contacts.bulkGet(ids)).map((contact) => comparable(contact!));
      const alone = (await aloneDb.contacts.bulkGet(ids)).map((contact) => comparable(contact!));
      expect(bulk).toEqual(alone);
      expect(await bulkDb.touchDays.toArray()).toEqual(await aloneDb.touchDays.toArray());
      if (circle === 'key') expect(bulk.filter((contact) => 'waitsForCatchUp' in contact).map((contact) => contact.id)).toEqual(['in:long-quiet', 'in:theirs-last']);
      for (const db of [bulkDb, aloneDb]) {
        db.close();
        await Dexie.delete(db.name);
      }
    },
  );

  it('marks each changed person once for sync, in the same transaction, and nobody else', async () => {
    const db = getDb();
    const ids = await addUntracked(4);
    await db.outbox.clear();
    await updateContacts(db, ids.slice(0, 3), { circle: 'wider' }, contextAt(LATER));
    expect((await db.outbox.toArray()).map((entry) => entry.id).sort()).toEqual(ids.slice(0, 3).map((id) => `contacts|${id}`));
  });

  it('skips ids no longer in Rapport', async () => {
    const db = getDb();
    const ids = await addUntracked(1);
    expect(await updateContacts(db, [...ids, 'in:gone-meanwhile'], { circle: 'wider' }, contextAt(LATER))).toBe(1);
  });
});
