import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Note } from '@/lib/model/schema';
import { noteWordsOf } from '@/lib/search/note-words';

/**
 * Keeps `noteWords` (lib/search/note-words.ts) in step with `notes`, whoever
 * writes them (saving a note, an import, sync applying a remote change,
 * deleting a person or everything): in the same transaction as the write, so
 * the word index never disagrees with the notes. A note that moved to another
 * person, or is deleted, loses its old row.
 *
 * Schema upgrades are left alone: v14 fills the table from the notes it finds.
 */
export const NOTES = 'notes';
export const NOTE_WORDS = 'noteWords';

type WordsKey = [string, string];
const wordsKey = (note: Pick<Note, 'contactId' | 'id'>): WordsKey => [note.contactId, note.id];

/** The stored notes a write will replace or delete (a range delete is looked up first). */
function storedNotes(notes: DBCoreTable, req: DBCoreMutateRequest): Promise<Note[]> {
  if (req.type === 'deleteRange') {
    return notes.query({ trans: req.trans, values: true, query: { index: notes.schema.primaryKey, range: req.range } }).then((found) => found.result as Note[]);
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value: Note) => value.id));
  if (keys.length === 0) return Promise.resolve([]);
  return notes.getMany({ trans: req.trans, keys }).then((found) => found.filter((note): note is Note => note !== undefined));
}

/** What a write changed: the notes it stored (add and put, except the ones that failed) and the ids it failed to write. */
function writeOutcome(req: DBCoreMutateRequest, result: DBCoreMutateResponse): { written: Note[]; failed: Set<string> } {
  if (req.type !== 'add' && req.type !== 'put') return { written: [], failed: new Set() };
  const values = req.values as Note[];
  return {
    written: values.filter((_, index) => !(index in result.failures)),
    failed: new Set(values.filter((_, index) => index in result.failures).map((note) => note.id)),
  };
}

function mirror(words: DBCoreTable, trans: DBCoreTransaction, before: readonly Note[], { written: after, failed }: { written: Note[]; failed: Set<string> }): Promise<void> {
  const kept = new Set(after.map((note) => JSON.stringify(wordsKey(note))));
  const stale = before
    .filter((note) => !failed.has(note.id))
    .map(wordsKey)
    .filter((key) => !kept.has(JSON.stringify(key)));
  // Promise chains, not async/await: Dexie's lower layers find their transaction through the promise zone.
  return (stale.length > 0 ? words.mutate({ type: 'delete', trans, keys: stale }) : Promise.resolve())
    .then(() => (after.length > 0 ? words.mutate({ type: 'put', trans, values: after.map(noteWordsOf) }) : undefined))
    .then(() => undefined);
}

export const noteWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'rapport-note-words',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.includes(NOTES) && !stores.includes(NOTE_WORDS) ? [...stores, NOTE_WORDS] : stores, mode, options),
    table: (name) => {
      const table = down.table(name);
      if (name !== NOTES) return table;
      return {
        ...table,
        mutate: (req) => {
          if ((req.trans as { mode?: string }).mode === 'versionchange') return table.mutate(req);
          const words = down.table(NOTE_WORDS);
          return storedNotes(table, req).then((before) =>
            table.mutate(req).then((result) => mirror(words, req.trans, before, writeOutcome(req, result)).then(() => result)),
          );
        },
      };
    },
  }),
};
