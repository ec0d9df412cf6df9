import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, deleteContact } from '@/lib/db/repo/writes/contacts';
import { addLoop, closeLoop, deleteLoop, updateLoop } from '@/lib/db/repo/writes/loops';
import { dueLoopContactIds, listDueLoops, listOpenLoops } from '@/lib/db/repo/reads/loops';
import { contextAt, person } from '../../../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';
const T1 = '2026-03-03T09:00:00.000Z';

async function withPeople() {
  const db = getDb();
  await addPerson(db, person('jane-doe'), 'key', contextAt(T0));
  await addPerson(db, person('ali-khan', 'Ali Khan'), 'wider', contextAt(T0));
  return db;
}

describe('open loops', () => {
  it('an open loop is in the due list from its day on, earliest first, with its person', async () => {
    const db = await withPeople();
    await addLoop(db, { contactId: 'in:jane-doe', text: 'Send her the pricing deck', dueDay: '2026-03-05' }, T0);
    await addLoop(db, { contactId: 'in:ali-khan', text: 'Ask how the launch went', dueDay: '2026-03-03' }, T0);
    expect(await listDueLoops(db, '2026-03-02')).toEqual([]);
    expect((await listDueLoops(db, '2026-03-04')).map(({ loop, contact }) => [loop.text, contact.name])).toEqual([['Ask how the launch went', 'Ali Khan']]);
    expect((await listDueLoops(db, '2026-03-09')).map(({ loop }) => loop.dueDay)).toEqual(['2026-03-03', '2026-03-05']);
    expect(await dueLoopContactIds(db, '2026-03-09', 100)).toEqual(['in:ali-khan', 'in:jane-doe']);
  });

  it('Done takes it out of every due list and keeps it as history; done twice is done once', async () => {
    const db = await withPeople();
    const loop = await addLoop(db, { contactId: 'in:jane-doe', text: 'Deck', dueDay: '2026-03-02' }, T0);
    const closed = await closeLoop(db, loop.id, T1);
    expect(closed).toMatchObject({ doneAt: T1, dueDay: '2026-03-02' });
    expect(closed.openDay).toBeUndefined();
    expect(await closeLoop(db, loop.id, '2026-03-04T09:00:00.000Z')).toEqual(closed);
    expect(await listDueLoops(db, '2026-03-09')).toEqual([]);
    expect(await listOpenLoops(db, 'in:jane-doe')).toEqual([]);
    expect(await db.loops.get(loop.id)).toEqual(closed);
    await expect(updateLoop(db, loop.id, { text: 'Again' }, T1)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('snoozing is a later day; editing changes the text; delete removes it', async () => {
    const db = await withPeople();
    const loop = await addLoop(db, { contactId: 'in:jane-doe', text: 'Deck', dueDay: '2026-03-02' }, T0);
    const snoozed = await updateLoop(db, loop.id, { dueDay: '2026-03-09' }, T1);
    expect(snoozed).toMatchObject({ dueDay: '2026-03-09', openDay: '2026-03-09', text: 'Deck', updatedAt: T1 });
    expect(await listDueLoops(db, '2026-03-08')).toEqual([]);
    const edited = await updateLoop(db, loop.id, { text: 'Send the deck v2' }, T1);
    expect(edited.text).toBe('Send the deck v2');
    await deleteLoop(db, loop.id);
    expect(await listOpenLoops(db, 'in:jane-doe')).toEqual([]);
    await expect(deleteLoop(db, loop.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a loop for someone not in Rapport, an empty text or a day that does not exist', async () => {
    const db = await withPeople();
    await expect(addLoop(db, { contactId: 'in:nobody', text: 'x', dueDay: '2026-03-02' }, T0)).rejects.toMatchObject({ code: 'not-found' });
    await expect(addLoop(db, { contactId: 'in:jane-doe', text: '   ', dueDay: '2026-03-02' }, T0)).rejects.toThrow();
    await expect(addLoop(db, { contactId: 'in:jane-doe', text: 'x', dueDay: '2027-02-29' }, T0)).rejects.toThrow();
  });

  it('deleting a person deletes their loops', async () => {
    const db = await withPeople();
    await addLoop(db, { contactId: 'in:jane-doe', text: 'Deck', dueDay: '2026-03-02' }, T0);
    await deleteContact(db, 'in:jane-doe', contextAt(T1));
    expect(await db.loops.count()).toBe(0);
  });
});
