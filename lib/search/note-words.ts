import { clipWord, searchTokens } from '@/lib/search/search-words';

/**
 * The words of a note, for "who could help" to find the notes that mention a
 * word by an index instead of reading and tokenising every note.
 *
 * Kept in their own local table, `noteWords`, one row per note, keyed by
 * `[contactId+noteId]`: a prefix read of the multi-entry `words` index returns
 * those keys alone, so the search learns whose notes match (and how many) without
 * reading a single note; it then reads only the notes of the people it ranks.
 * Derived from the note on every write (lib/db/note-words-middleware.ts), on
 * each device: never synced, never in a backup.
 */
export interface NoteWordsRow {
  contactId: string;
  noteId: string;
  /** Lower-cased, accent-folded, distinct words of the body (each clipped to an index key's bound). Not capped: a note is found by any of its words. */
  words: string[];
}

export function noteWordsOf(note: { id: string; contactId: string; body: string }): NoteWordsRow {
  return { contactId: note.contactId, noteId: note.id, words: [...new Set(searchTokens(note.body).map(clipWord))] };
}
