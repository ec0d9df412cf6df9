import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, updateContact } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { refreshAllDerived } from '@/lib/db/repo/upkeep/derived';
import { writeImportChunk } from '@/lib/db/repo/writes/linkedin-import';
import { countDue, listDue } from '@/lib/db/repo/reads/due';
import type { Contact } from '@/lib/model/schema';
import { contextAt, person } from '../../../../helpers/context';

// Wednesday 2 December 2026, 10:00 in Paris; a local midnight is 23:00 UTC the day before.
const NOW = '2026-12-02T09:00:00.000Z';
const midnightOf = (day: number) => `2026-12-${String(day - 1).padStart(2, '0')}T23:00:00.000Z`;

/** `count` people in Rapport but untracked, each last messaged months ago (the oldest first), as after an import. */
async function untrackedWithOldMessages(count: number) {
  const db = getDb();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.parse('2026-05-01T09:00:00.000Z') + i * 86_400_000).toISOString();
    await logTouchpoint(db, { person: person(`quiet-${i}`, `Quiet ${i}`), circle: 'untracked' }, { type: 'message', at }, contextAt(at));
    ids.push(`in:quiet-${i}`);
  }
  return ids;
}

describe('entering a circle long after the last touch', () => {
  it('makes 14 people chosen after an import due two a day, today’s at once, with the badge counting them', async () => {
    const db = getDb();
    const ids = await untrackedWithOldMessages(14);
    for (const id of ids) await updateContact(db, id, { circle: 'key' }, contextAt(NOW));

    expect(await countDue(db, NOW)).toEqual({ due: 2, overdue: 0 });
    expect((await listDue(db, NOW)).map((c) => c.id)).toEqual(['in:quiet-0', 'in:quiet-1']);
    expect(await countDue(db, midnightOf(3))).toEqual({ due: 4, overdue: 0 });
    expect(await countDue(db, midnightOf(8))).toEqual({ due: 14, overdue: 0 });
    expect(await countDue(db, new Date(Date.parse(midnightOf(8)) - 1).toISOString())).toEqual({ due: 12, overdue: 0 });
    // Overdue after Key's usual grace (45 - 30 days) from their day.
    expect(await db.contacts.get('in:quiet-0')).toMatchObject({ catchUpAt: NOW, dueAt: NOW, overdueAt: '2026-12-17T09:00:00.000Z' });
  });

  it('ends a catch-up with the first touch: the clock runs from it', async () => {
    const db = getDb();
    const [id] = await untrackedWithOldMessages(1);
    await updateContact(db, id!, { circle: 'key' }, contextAt(NOW));
    const { contact } = await logTouchpoint(db, { contactId: id! }, { type: 'message' }, contextAt('2026-12-02T10:00:00.000Z'));
    expect(contact.catchUpAt).toBeUndefined();
    expect(contact.dueAt).toBe('2027-01-01T10:00:00.000Z');
    expect(await countDue(db, NOW)).toEqual({ due: 0, overdue: 0 });
  });

  it('ends a catch-up on leaving the cadence circles, and gives a new day on moving between them', async () => {
    const db = getDb();
    const ids = await untrackedWithOldMessages(3);
    for (const id of ids) await updateContact(db, id, { circle: 'wider' }, contextAt(NOW));
    expect((await db.contacts.get('in:quiet-2'))!.catchUpAt).toBe(midnightOf(3));
    const untracked = await updateContact(db, 'in:quiet-0', { circle: 'untracked' }, contextAt(NOW));
    expect(untracked).not.toHaveProperty('catchUpAt');
    expect(untracked).not.toHaveProperty('dueAt');
    // Today has a free place again: the one waiting for tomorrow who moves to Inner takes it.
    const moved = await updateContact(db, 'in:quiet-2', { circle: 'inner' }, contextAt(NOW));
    expect(moved).toMatchObject({ circle: 'inner', catchUpAt: NOW, dueAt: NOW });
  });

  it('leaves alone someone whose last touch is recent, someone never touched, and someone already due', async () => {
    const db = getDb();
    await logTouchpoint(db, { person: person('recent'), circle: 'untracked' }, { type: 'message', at: '2026-11-25T09:00:00.000Z' }, contextAt(NOW));
    const recent = await updateContact(db, 'in:recent', { circle: 'key' }, contextAt(NOW));
    expect(recent).toMatchObject({ dueAt: '2026-12-25T09:00:00.000Z' });
    expect(recent).not.toHaveProperty('catchUpAt');

    const never = await addPerson(db, person('never'), 'untracked', contextAt(NOW));
    expect(await updateContact(db, never.id, { circle: 'inner' }, contextAt(NOW))).toMatchObject({ dueAt: '2026-12-16T09:00:00.000Z' });

    await logTouchpoint(db, { person: person('overdue'), circle: 'key' }, { type: 'message', at: '2026-09-01T09:00:00.000Z' }, contextAt('2026-09-01T09:00:00.000Z'));
    const stillDue = await updateContact(db, 'in:overdue', { circle: 'inner' }, contextAt(NOW));
    expect(stillDue).not.toHaveProperty('catchUpAt');
    expect(stillDue.dueAt).toBe('2026-09-15T09:00:00.000Z');
  });

  it('spreads people you keep in touch with whom an import shows to be months past due', async () => {
    const db = getDb();
    await addPerson(db, person('bea-m', 'Bea M'), 'key', contextAt(NOW));
    await addPerson(db, person('cem-y', 'Cem Y'), 'key', contextAt(NOW));
    await addPerson(db, person('dan-z', 'Dan Z'), 'key', contextAt(NOW));
    const messaged = (slug: string, at: string) => ({ id: `import:${slug}`, contactId: `in:${slug}`, type: 'message' as const, focus: 'give' as const, at });
    await writeImportChunk(
      db,
      {
        contacts: ['bea-m', 'cem-y', 'dan-z'].map((slug) => ({ profileUrl: `https://www.linkedin.com/in/${slug}/`, name: slug, createIfMissing: true })),
        touchpoints: [messaged('bea-m', '2026-06-01T09:00:00.000Z'), messaged('cem-y', '2026-04-01T09:00:00.000Z'), messaged('dan-z', '2026-07-01T09:00:00.000Z')],
      },
      contextAt(NOW),
    );
    // Longest quiet first: Cem (April) and Bea (June) today, Dan (July) tomorrow.
    const catchUp = async (id: string) => (await db.contacts.get(id))!.catchUpAt;
    expect([await catchUp('in:cem-y'), await catchUp('in:bea-m'), await catchUp('in:dan-z')]).toEqual([NOW, NOW, midnightOf(3)]);
    expect(await countDue(db, NOW)).toEqual({ due: 2, overdue: 0 });
  });
});

describe('moving existing data to the last-touch rule (after the update to schema v6)', () => {
  /** A contact as the old rule stored it: in Key since `circleSince`, its clock restarted there. */
  async function storedByOldRule(slug: string, circleSince: string, lastTouchAt: string) {
    const db = getDb();
    await logTouchpoint(db, { person: person(slug), circle: 'untracked' }, { type: 'message', at: lastTouchAt }, contextAt(lastTouchAt));
    const contact = (await db.contacts.get(`in:${slug}`))!;
    const plus = (days: number) => new Date(Date.parse(circleSince) + days * 86_400_000).toISOString();
    const old: Contact = { ...contact, circle: 'key', circleSince, dueAt: plus(30), overdueAt: plus(45), quietSince: lastTouchAt };
    await db.contacts.put(old);
  }

  it('makes due the people the old rule hid, spread over the coming days; leaves the already due as they were; runs once', async () => {
    const db = getDb();
    await storedByOldRule('circled-last-week-a', '2026-11-25T09:00:00.000Z', '2026-06-01T09:00:00.000Z');
    await storedByOldRule('circled-last-week-b', '2026-11-25T09:00:00.000Z', '2026-06-02T09:00:00.000Z');
    await storedByOldRule('circled-last-week-c', '2026-11-25T09:00:00.000Z', '2026-06-03T09:00:00.000Z');
    await storedByOldRule('circled-in-summer', '2026-07-01T09:00:00.000Z', '2026-06-01T09:00:00.000Z');
    expect(await countDue(db, NOW)).toEqual({ due: 1, overdue: 1 });

    const context = contextAt(NOW);
    const run = () => db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => refreshAllDerived(db, context, undefined, { catchUp: true }));
    expect(await run()).toBe(4);
    expect(await countDue(db, NOW)).toEqual({ due: 3, overdue: 1 });
    expect((await db.contacts.get('in:circled-last-week-c'))!).toMatchObject({ catchUpAt: midnightOf(3), dueAt: midnightOf(3) });
    // Already overdue under the old rule: now dated from the last touch, and not queued.
    expect((await db.contacts.get('in:circled-in-summer'))!).toMatchObject({ dueAt: '2026-07-01T09:00:00.000Z' });
    expect((await db.contacts.get('in:circled-in-summer'))!).not.toHaveProperty('catchUpAt');

    const after = await db.contacts.toArray();
    expect(await run()).toBe(0);
    expect(await db.contacts.toArray()).toEqual(after);
  });
});
