import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, deleteContact } from '@/lib/db/repo/writes/contacts';
import { deleteNote, saveNote } from '@/lib/db/repo/writes/notes';
import { deleteAllData } from '@/lib/db/repo/writes/backup';
import { contextAt } from '../../helpers/context';

const NOW = '2026-11-27T09:00:00.000Z';
const ctx = contextAt(NOW);

async function person(slug: string) {
  await addPerson(getDb(), { profileUrl: `https://www.linkedin.com/in/${slug}/`, name: slug }, 'key', ctx);
  return `in:${slug}`;
}

/** Whose notes mention a word starting with `prefix`, as "who could help" reads it: `[contactId, noteId]` keys only. */
const whoseNotes = (prefix: string) => getDb().noteWords.where('words').startsWith(prefix).primaryKeys();

describe('the note words index, kept with every write to notes', () => {
  it('holds each note’s distinct words, folded, after a save, and follows an edit', async () => {
    const db = getDb();
    const ada = await person('ada');
    const saved = await saveNote(db, { id: 'n1', contactId: ada, body: 'Zoë knows LOGISTICS; logistics pilots in Lyon', baseUpdatedAt: null }, NOW);
    expect(await db.noteWords.toArray()).toEqual([{ contactId: ada, noteId: 'n1', words: ['zoe', 'knows', 'logistics', 'pilots', 'in', 'lyon'] }]);
    expect(await whoseNotes('logist')).toEqual([[ada, 'n1']]);

    await saveNote(db, { id: 'n1', contactId: ada, body: 'Now a mentor', baseUpdatedAt: saved.updatedAt }, NOW);
    expect(await whoseNotes('logist')).toEqual([]);
    expect(await whoseNotes('ment')).toEqual([[ada, 'n1']]);
  });

  it('drops a deleted note, the notes of a deleted person, and everything with all data', async () => {
    const db = getDb();
    const ada = await person('ada');
    const bo = await person('bob');
    await saveNote(db, { id: 'n1', contactId: ada, body: 'mentor', baseUpdatedAt: null }, NOW);
    await saveNote(db, { id: 'n2', contactId: ada, body: 'mentor too', baseUpdatedAt: null }, NOW);
    await saveNote(db, { id: 'n3', contactId: bo, body: 'mentor as well', baseUpdatedAt: null }, NOW);
    await deleteNote(db, 'n1');
    expect(await whoseNotes('mentor')).toEqual([
      [ada, 'n2'],
      [bo, 'n3'],
    ]);
    await deleteContact(db, ada, ctx);
    expect(await whoseNotes('mentor')).toEqual([[bo, 'n3']]);
    await deleteAllData(db);
    expect(await db.noteWords.count()).toBe(0);
  });

  it('moves a note’s row when a write gives the note to someone else, and leaves a failed add’s note alone', async () => {
    const db = getDb();
    const ada = await person('ada');
    const bo = await person('bob');
    const note = { id: 'n1', contactId: ada, body: 'mentor', createdAt: NOW, updatedAt: NOW };
    await db.notes.put(note);
    await db.notes.bulkPut([{ ...note, contactId: bo, body: 'investor' }]);
    expect(await db.noteWords.toArray()).toEqual([{ contactId: bo, noteId: 'n1', words: ['investor'] }]);
    // An add of an id already stored fails; the stored note keeps its words.
    await expect(db.notes.add({ ...note, body: 'chef' })).rejects.toThrow();
    expect(await db.noteWords.toArray()).toEqual([{ contactId: bo, noteId: 'n1', words: ['investor'] }]);
  });
});
