import { useEffect, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { toRapportError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { LIMITS, type Note } from '@/lib/model/schema';
import type { Timestamp } from '@/lib/time/instant';
import { createNoteAutosave, type NoteSaveState } from '@/lib/notes/note-autosave';

export interface NoteEditorProps {
  noteId: string;
  /** The note as stored, or undefined before its first save (and after another window deleted it). */
  stored: Note | undefined;
  /** Who it is about, for labels. */
  name: string;
  /** Stores the text over the version read at `base`. */
  save(noteId: string, body: string, base: Timestamp | null): Promise<Note>;
  /** Saves the text as a separate, new note ("keep both" after a conflict). */
  saveAsNew(body: string): Promise<void>;
  onDelete(note: Note): void;
  /** The editor has (or no longer has) text that is not stored: the list must keep showing it even if the note vanishes. */
  onUnsaved(noteId: string, unsaved: boolean): void;
  /** Drop an editor whose note another window deleted, at the user's request. */
  onDiscard(noteId: string): void;
  autoFocus?: boolean;
}

/**
 * One note, always editable: autosaves as you type (after a short pause),
 * and at once when the box loses focus, the panel is hidden or closed, or the
 * editor goes away. If another window changed the note meanwhile, the text
 * typed here stays and both versions are shown until the user chooses.
 */
export function NoteEditor({ noteId, stored, name, save, saveAsNew, onDelete, onUnsaved, onDiscard, autoFocus }: NoteEditorProps) {
  const textareaId = useId();
  const statusId = useId();
  const [text, setText] = useState(stored?.body ?? '');
  const [state, setState] = useState<NoteSaveState>({ kind: 'saved' });
  // `save` is stable for the person this editor belongs to (the person view remounts for another one).
  const [saver] = useState(() =>
    createNoteAutosave({
      body: stored?.body ?? '',
      base: stored?.updatedAt ?? null,
      save: (body, base) => save(noteId, body, base),
      onState: setState,
    }),
  );

  // Never lose a keystroke: save at once when the panel is hidden, closed or navigated away, and when this editor unmounts.
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    const onPageHide = () => saver.flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      saver.flush();
      saver.dispose();
    };
  }, [saver]);

  // Another window's newer text replaces ours only when nothing typed here is waiting (else the next save shows a conflict).
  const [lastSeen, setLastSeen] = useState(stored?.updatedAt);
  if (stored && stored.updatedAt !== lastSeen) {
    setLastSeen(stored.updatedAt);
    if (stored.updatedAt !== saver.base && saver.settled) {
      saver.adopt(stored.body, stored.updatedAt);
      setText(stored.body);
    }
  }

  const unsaved = state.kind !== 'saved';
  useEffect(() => onUnsaved(noteId, unsaved), [noteId, unsaved, onUnsaved]);

  const label = stored ? t('noteFrom', formatDateTime(stored.createdAt)) : t('newNoteAbout', name);

  return (
    <li className="note stack">
      {/* Sync kept both texts of a note edited on two computers at once: this is the other one, said plainly. */}
      {stored?.conflictOf && <p className="alert warning">{t('noteConflictingCopy')}</p>}
      <label htmlFor={textareaId} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={textareaId}
        className="note-text"
        value={text}
        rows={3}
        maxLength={LIMITS.noteBody}
        placeholder={stored ? undefined : t('notePlaceholder', name)}
        aria-describedby={statusId}
        // Only for a note the user just asked for with "New note".
        autoFocus={autoFocus}
        onChange={(event) => {
          setText(event.target.value);
          saver.edit(event.target.value);
        }}
        onBlur={() => saver.flush()}
      />
      <div className="row note-footer">
        <span id={statusId} className={state.kind === 'error' ? 'note-status error-text' : 'note-status muted'}>
          {statusText(state, stored)}
        </span>
        {state.kind === 'error' && (
          <button type="button" onClick={() => saver.flush()}>
            {t('retry')}
          </button>
        )}
        {stored && (
          <button type="button" className="danger" aria-label={t('deleteNoteLabel', formatDateTime(stored.createdAt))} onClick={() => {
            saver.adopt(text, stored.updatedAt);
            onDelete(stored);
          }}>
            {t('deleteNote')}
          </button>
        )}
      </div>
      {state.kind === 'error' && (
        <p className="alert error" role="alert">
          {t('noteNotSaved', state.message)}
        </p>
      )}
      {state.kind === 'conflict' && (
        <Conflict
          theirs={stored}
          onKeepMine={() => saver.keepMine(stored?.updatedAt ?? null)}
          onUseTheirs={() => {
            if (!stored) return onDiscard(noteId);
            saver.adopt(stored.body, stored.updatedAt);
            setText(stored.body);
          }}
          onKeepBoth={async () => {
            await saveAsNew(text);
            if (!stored) return onDiscard(noteId);
            saver.adopt(stored.body, stored.updatedAt);
            setText(stored.body);
          }}
        />
      )}
    </li>
  );
}

function statusText(state: NoteSaveState, stored: Note | undefined): string {
  switch (state.kind) {
    case 'saving':
      return t('noteSaving');
    case 'unsaved':
      return t('noteUnsaved');
    case 'error':
      return t('noteSaveFailed');
    case 'conflict':
      return t('noteConflictShort');
    case 'saved':
      return stored ? t('noteSavedAt', formatDateTime(stored.updatedAt)) : '';
  }
}

function Conflict({
  theirs,
  onKeepMine,
  onUseTheirs,
  onKeepBoth,
}: {
  theirs: Note | undefined;
  onKeepMine(): void;
  onUseTheirs(): void;
  onKeepBoth(): Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="alert warning stack conflict" role="alert">
      <p>{theirs ? t('noteConflictChanged') : t('noteConflictDeleted')}</p>
      {theirs && (
        <figure className="conflict-theirs">
          <figcaption className="muted">{t('noteTheirVersion', formatDateTime(theirs.updatedAt))}</figcaption>
          <p className="note-body">{theirs.body}</p>
        </figure>
      )}
      <div className="row">
        <button type="button" onClick={onKeepMine}>
          {theirs ? t('noteKeepMine') : t('noteRestoreMine')}
        </button>
        <button type="button" onClick={onUseTheirs}>
          {theirs ? t('noteUseTheirs') : t('noteDiscardMine')}
        </button>
        {theirs && (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              onKeepBoth().then(
                () => setBusy(false),
                (caught: unknown) => {
                  setBusy(false);
                  setError(toRapportError(caught).message);
                },
              );
            }}
          >
            {t('noteKeepBoth')}
          </button>
        )}
      </div>
      {error && <p className="error-text">{error}</p>}
    </div>
  );
}
