import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { addNeed, deleteNeed, updateNeed } from '@/lib/db/repo/writes/needs';
import { logTouchpoint, updateTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { listNeeds, listOpenNeeds, listWhoKnows } from '@/lib/db/repo/reads/needs';
import { RapportError } from '@/lib/errors';
import { contextAt, person } from '../../../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';
const T1 = '2026-03-05T09:00:00.000Z';
const T2 = '2026-03-09T09:00:00.000Z';

async function withPeople() {
  const db = getDb();
  await addPerson(db, person('jane-doe', 'Jane Doe'), 'key', contextAt(T0));
  await addPerson(db, person('ali-khan', 'Ali Khan'), 'wider', contextAt(T0));
  return db;
}

describe('your current needs', () => {
  it('a new need is open, trimmed, and listed before closed ones', async () => {
    const db = getDb();
    const hire = await addNeed(db, { text: '  Hire a data lead ' }, T0);
    expect(hire).toMatchObject({ text: 'Hire a data lead', status: 'open', createdAt: T0, updatedAt: T0 });
    expect(hire.closedAt).toBeUndefined();
    const pilot = await addNeed(db, { text: 'Find a pilot customer in logistics' }, T1);
    await updateNeed(db, hire.id, { status: 'met', outcome: 'Hired Sam' }, T2);
    expect((await listNeeds(db)).map((need) => [need.text, need.status])).toEqual([
      ['Find a pilot customer in logistics', 'open'],
      ['Hire a data lead', 'met'],
    ]);
    expect((await listOpenNeeds(db)).map((need) => need.id)).toEqual([pilot.id]);
  });

  it('closing stamps the close date once; reopening clears it; the outcome can be cleared', async () => {
    const db = getDb();
    const need = await addNeed(db, { text: 'Hire a data lead' }, T0);
    const met = await updateNeed(db, need.id, { status: 'met', outcome: 'Hired Sam, via Jane' }, T1);
    expect(met).toMatchObject({ status: 'met', closedAt: T1, outcome: 'Hired Sam, via Jane', updatedAt: T1 });
    const edited = await updateNeed(db, need.id, { outcome: 'Hired Sam (Jane introduced us)' }, T2);
    expect(edited).toMatchObject({ status: 'met', closedAt: T1, outcome: 'Hired Sam (Jane introduced us)' });
    const dropped = await updateNeed(db, need.id, { status: 'dropped' }, T2);
    expect(dropped.closedAt).toBe(T1);
    const reopened = await updateNeed(db, need.id, { status: 'open', outcome: null }, T2);
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('closedAt');
    expect(reopened).not.toHaveProperty('outcome');
  });

  it('an empty text is refused, and a need that is gone says so', async () => {
    const db = getDb();
    await expect(addNeed(db, { text: '   ' }, T0)).rejects.toThrow();
    await expect(updateNeed(db, 'nope', { status: 'met' }, T0)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('an ask or a conversation tied to a need makes its person one who knows, latest first', async () => {
    const db = await withPeople();
    const need = await addNeed(db, { text: 'Hire a data lead' }, T0);
    await logTouchpoint(db, { contactId: 'in:jane-doe' }, { type: 'ask', note: 'Know a data lead?', needId: need.id }, contextAt(T0));
    await logTouchpoint(db, { contactId: 'in:ali-khan' }, { type: 'meeting', needId: need.id }, contextAt(T1));
    await logTouchpoint(db, { contactId: 'in:ali-khan' }, { type: 'message' }, contextAt(T2));
    const knows = await listWhoKnows(db, need.id);
    expect(knows.map(({ contact, touchpoints }) => [contact.name, touchpoints.map((tp) => tp.type)])).toEqual([
      ['Ali Khan', ['meeting']],
      ['Jane Doe', ['ask']],
    ]);
  });

  it('a log tied to an unknown need is refused and writes nothing', async () => {
    const db = await withPeople();
    const error = await logTouchpoint(db, { contactId: 'in:jane-doe' }, { type: 'ask', needId: 'missing' }, contextAt(T0)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RapportError);
    expect(error).toMatchObject({ code: 'not-found' });
    expect(await db.touchpoints.count()).toBe(0);
  });

  it('a touchpoint can be tied later, or untied', async () => {
    const db = await withPeople();
    const need = await addNeed(db, { text: 'Hire a data lead' }, T0);
    const { touchpoint } = await logTouchpoint(db, { contactId: 'in:jane-doe' }, { type: 'message' }, contextAt(T0));
    await updateTouchpoint(db, touchpoint.id, { needId: need.id }, contextAt(T1));
    expect((await listWhoKnows(db, need.id)).map(({ contact }) => contact.id)).toEqual(['in:jane-doe']);
    await updateTouchpoint(db, touchpoint.id, { needId: null }, contextAt(T1));
    expect(await listWhoKnows(db, need.id)).toEqual([]);
    expect(await db.touchpoints.get(touchpoint.id)).not.toHaveProperty('needId');
  });

  it('deleting a need keeps its asks and conversations, untied', async () => {
    const db = await withPeople();
    const need = await addNeed(db, { text: 'Hire a data lead' }, T0);
    const { touchpoint } = await logTouchpoint(db, { contactId: 'in:jane-doe' }, { type: 'ask', needId: need.id }, contextAt(T0));
    await deleteNeed(db, need.id);
    expect(await db.needs.count()).toBe(0);
    const kept = await db.touchpoints.get(touchpoint.id);
    expect(kept).toMatchObject({ type: 'ask', contactId: 'in:jane-doe' });
    expect(kept).not.toHaveProperty('needId');
    await expect(deleteNeed(db, need.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});
