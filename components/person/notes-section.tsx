import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { Note } from '@/lib/model/schema';
import type { PersonRef } from '@/lib/model/commands';
import type { Timestamp } from '@/lib/time/instant';
import { createNotesStore } from '@/lib/stores/person-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { NoteEditor } from '@/components/person/note-editor';
import { ErrorMessage, Loading } from '@/components/ui/status-message';

const newNoteId = () => `note:${crypto.randomUUID()}`;

/**
 * A person's notes, newest first, each editable in place, with an empty one
 * on top to start typing in. Writing a note about someone not in Rapport
 * adds them, in the same message and transaction as the note.
 */
export function NotesSection({ contactId, person, inRapport }: { contactId: string; person: PersonRef; inRapport: boolean }) {
  const headingId = useId();
  const store = useMemo(() => createNotesStore(contactId), [contactId]);
  const state = useLiveQueryStore(store);
  const [drafts, setDrafts] = useState<string[]>(() => [newNoteId()]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(() => new Set());
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set());
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);

  const inRapportRef = useRef(inRapport);
  const personRef = useRef(person);
  useEffect(() => {
    inRapportRef.current = inRapport;
    personRef.current = person;
  }, [inRapport, person]);

  const save = useCallback(
    async (noteId: string, body: string, base: Timestamp | null) => {
      // One message adds the person and saves the note: a panel closed right after typing has sent it all.
      const note = await sendToBackground({
        type: 'saveNote',
        note: { id: noteId, contactId, body, baseUpdatedAt: base },
        ...(inRapportRef.current ? {} : { person: personRef.current }),
      });
      inRapportRef.current = true;
      return note;
    },
    [contactId],
  );
  const saveAsNew = useCallback(async (body: string) => void (await save(newNoteId(), body, null)), [save]);
  const onUnsaved = useCallback((noteId: string, value: boolean) => {
    setUnsaved((current) => {
      if (current.has(noteId) === value) return current;
      const next = new Set(current);
      if (value) next.add(noteId);
      else next.delete(noteId);
      return next;
    });
  }, []);
  const onDiscard = useCallback((noteId: string) => {
    setDrafts((current) => current.filter((id) => id !== noteId));
    onUnsaved(noteId, false);
  }, [onUnsaved]);

  const notes = useMemo(
    () => (state.status === 'ready' ? [...state.data].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)) : []),
    [state],
  );
  // Which notes were ever stored: a draft that was saved and then deleted elsewhere is not a new draft.
  if (notes.some((note) => !seen.has(note.id))) setSeen(new Set([...seen, ...notes.map((note) => note.id)]));

  async function remove(note: Note) {
    try {
      await sendToBackground({ type: 'deleteNote', id: note.id });
      setDrafts((current) => current.filter((id) => id !== note.id));
      setDeleted(note);
      setError(null);
    } catch (caught) {
      setError(toRapportError(caught).message);
    }
  }

  async function undoDelete(note: Note) {
    try {
      await save(note.id, note.body, null);
      setDeleted(null);
    } catch (caught) {
      setError(toRapportError(caught).message);
    }
  }

  function newNote() {
    const id = newNoteId();
    const storedIds = new Set(notes.map((note) => note.id));
    // An untouched empty draft makes way for the new one.
    setDrafts((current) => [id, ...current.filter((draft) => storedIds.has(draft) || unsaved.has(draft))]);
    setFocusId(id);
  }

  if (state.status === 'error') return <ErrorMessage>{t('readNotesFailed', state.error)}</ErrorMessage>;

  const byId = new Map(notes.map((note) => [note.id, note]));
  // Drafts not stored yet, then stored notes, then notes another window deleted while this one still holds unsaved text.
  const shown = [
    ...drafts.filter((id) => !byId.has(id) && (!seen.has(id) || unsaved.has(id))),
    ...notes.map((note) => note.id),
    ...[...unsaved].filter((id) => !byId.has(id) && !drafts.includes(id)),
  ];

  return (
    <section className="stack notes" aria-labelledby={headingId}>
      <div className="row section-header">
        <h3 id={headingId}>{t('notesHeading')}</h3>
        <button type="button" onClick={newNote}>
          {t('newNote')}
        </button>
      </div>
      {state.status === 'loading' ? (
        <Loading />
      ) : (
        <ul className="note-list">
          {shown.map((id) => (
            <NoteEditor
              key={id}
              noteId={id}
              stored={byId.get(id)}
              name={person.name}
              save={save}
              saveAsNew={saveAsNew}
              onDelete={(note) => void remove(note)}
              onUnsaved={onUnsaved}
              onDiscard={onDiscard}
              autoFocus={id === focusId}
            />
          ))}
        </ul>
      )}
      <div aria-live="polite">
        {deleted && (
          <p className="row">
            <span role="status">{t('noteDeleted')}</span>
            <button type="button" onClick={() => void undoDelete(deleted)}>
              {t('undo')}
            </button>
          </p>
        )}
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </section>
  );
}
