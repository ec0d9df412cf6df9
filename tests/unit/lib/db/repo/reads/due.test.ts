import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, snoozeContact } from '@/lib/db/repo/writes/contacts';
import { countAllDue, countDue, listNewlyOverdue } from '@/lib/db/repo/reads/due';
import { snoozeAllDue } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { contextAt, person } from '../../../../helpers/context';

const NOW = '2026-11-23T09:00:00.000Z';

async function seed() {
  const db = getDb();
  // Inner since 1 Nov (due 15 Nov, overdue 22 Nov); key since 1 Nov (due 1 Dec); new since 20 Nov (step 1 due 21 Nov, overdue 22 Nov); untracked.
  await addPerson(db, person('jane', 'Jane'), 'inner', contextAt('2026-11-01T09:00:00.000Z'));
  await addPerson(db, person('ali', 'Ali'), 'key', contextAt('2026-11-01T09:00:00.000Z'));
  await addPerson(db, person('sam', 'Sam'), 'new', contextAt('2026-11-20T09:00:00.000Z'));
  await addPerson(db, person('old', 'Old'), 'untracked', contextAt('2020-01-01T09:00:00.000Z'));
  return db;
}

describe('due queries for nudges', () => {
  it('counts everyone due, exactly', async () => {
    const db = await seed();
    expect(await countAllDue(db, NOW)).toBe(2);
    expect(await countAllDue(db, '2026-12-01T09:00:00.000Z')).toBe(3);
  });

  it('lists who became overdue in a span, excluding its start and including its end', async () => {
    const db = await seed();
    const ids = async (since: string, now: string) => (await listNewlyOverdue(db, since, now, 10)).map((c) => c.id);
    expect(await ids('2026-11-21T09:00:00.000Z', NOW)).toEqual(['in:jane', 'in:sam']);
    expect(await ids('2026-11-22T09:00:00.000Z', NOW)).toEqual([]);
    expect(await ids('2026-11-21T09:00:00.000Z', '2026-11-22T09:00:00.000Z')).toEqual(['in:jane', 'in:sam']);
    expect(await ids(NOW, NOW)).toEqual([]);
    expect(await ids(NOW, '2026-11-01T00:00:00.000Z')).toEqual([]);
  });
});

describe('snoozing everyone due', () => {
  it('snoozes only those due, in one transaction, and recomputes their due dates', async () => {
    const db = await seed();
    const until = '2026-11-24T09:00:00.000Z';
    expect(await snoozeAllDue(db, until, contextAt(NOW))).toBe(2);
    expect(await countDue(db, NOW)).toEqual({ due: 0, overdue: 0 });
    expect(await db.contacts.get('in:jane')).toMatchObject({ snoozedUntil: until, dueAt: until, overdueAt: until });
    expect((await db.contacts.get('in:ali'))?.snoozedUntil).toBeUndefined();
    expect(await countDue(db, until)).toEqual({ due: 2, overdue: 2 });
  });

  it('does nothing when nobody is due or the end is not in the future', async () => {
    const db = await seed();
    expect(await snoozeAllDue(db, NOW, contextAt(NOW))).toBe(0);
    expect(await snoozeAllDue(db, '2026-11-24T09:00:00.000Z', contextAt('2026-11-10T09:00:00.000Z'))).toBe(0);
  });

  it('a touchpoint ends nobody’s snooze early, and a snooze can be lifted', async () => {
    const db = await seed();
    await snoozeAllDue(db, '2026-11-30T09:00:00.000Z', contextAt(NOW));
    await logTouchpoint(db, { contactId: 'in:jane' }, { type: 'like' }, contextAt(NOW));
    expect((await db.contacts.get('in:jane'))?.dueAt).toBe('2026-12-07T09:00:00.000Z');
    await snoozeContact(db, 'in:sam', null, contextAt(NOW));
    expect(await countDue(db, NOW)).toEqual({ due: 1, overdue: 1 });
  });
});
