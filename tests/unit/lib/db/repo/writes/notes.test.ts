import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { deleteNote, saveNote } from '@/lib/db/repo/writes/notes';
import { listNotes } from '@/lib/db/repo/reads/pages';
import { contextAt, person } from '../../../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';
const T1 = '2026-03-02T09:00:05.000Z';
const T2 = '2026-03-02T09:00:09.000Z';

async function withContact() {
  const db = getDb();
  await addPerson(db, person('jane-doe'), 'key', contextAt(T0));
  return db;
}

describe('notes', () => {
  it('creates, updates and deletes a note', async () => {
    const db = await withContact();
    const created = await saveNote(db, { id: 'n1', contactId: 'in:jane-doe', body: 'Met at FOSDEM', baseUpdatedAt: null }, T0);
    const updated = await saveNote(db, { id: 'n1', contactId: 'in:jane-doe', body: 'Met at FOSDEM 2026', baseUpdatedAt: created.updatedAt }, T1);
    expect(updated).toMatchObject({ body: 'Met at FOSDEM 2026', createdAt: T0, updatedAt: T1 });
    await deleteNote(db, 'n1');
    expect(await listNotes(db, 'in:jane-doe')).toEqual([]);
  });

  it('refuses to overwrite newer text saved from another window', async () => {
    const db = await withContact();
    const base = await saveNote(db, { id: 'n1', contactId: 'in:jane-doe', body: 'v1', baseUpdatedAt: null }, T0);
    // Window A saves first.
    await saveNote(db, { id: 'n1', contactId: 'in:jane-doe', body: 'v2 from window A', baseUpdatedAt: base.updatedAt }, T1);
    // Window B still edits from v1.
    await expect(
      saveNote(db, { id: 'n1', contactId: 'in:jane-doe', body: 'v2 from window B', baseUpdatedAt: base.updatedAt }, T2),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await db.notes.get('n1'))?.body).toBe('v2 from window A');
  });

  it('keeps updatedAt strictly increasing for saves in the same millisecond', async () => {
    const db = await withContact();
    const first = await saveNote(db, { id: 'n1', contactId: 'in:jane-doe', body: 'a', baseUpdatedAt: null }, T0);
    const second = await saveNote(db, { id: 'n1', contactId: 'in:jane-doe', body: 'ab', baseUpdatedAt: first.updatedAt }, T0);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it('refuses a note for someone not in Rapport', async () => {
    await expect(saveNote(getDb(), { id: 'n1', contactId: 'in:nobody', body: 'x', baseUpdatedAt: null }, T0)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
