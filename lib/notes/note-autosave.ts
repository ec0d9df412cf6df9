import { toRapportError } from '@/lib/errors';
import type { Note } from '@/lib/model/schema';
import type { Timestamp } from '@/lib/time/instant';

/** What the editor tells the user about its text. */
export type NoteSaveState =
  /** What the box shows is what is stored (or nothing was typed yet). */
  | { kind: 'saved' }
  /** Typed, waiting for a pause. */
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /** The save failed; the text stays in the box and the next edit or flush tries again. */
  | { kind: 'error'; message: string }
  /** Another window changed or deleted the note first. Nothing is saved until the user chooses. */
  | { kind: 'conflict' };

/** How long typing must pause before a save: short enough that little is in the air, long enough not to write per keystroke. */
export const AUTOSAVE_DELAY_MS = 400;

export interface NoteAutosaveOptions {
  /** The text the editor starts with and the `updatedAt` it was read at (null for a new note). */
  body: string;
  base: Timestamp | null;
  /** Stores `body` over the version read at `base`; rejects with code `conflict` when that is no longer the stored one. */
  save(body: string, base: Timestamp | null): Promise<Note>;
  onState(state: NoteSaveState): void;
  delayMs?: number;
}

export interface NoteAutosave {
  /** The user typed: remember the text, save after a pause. */
  edit(body: string): void;
  /** Save now if anything is unsaved (blur, tab hidden, page closing, unmount). */
  flush(): void;
  /** The user resolved a conflict by keeping their text over the stored version read at `storedBase` (null: it was deleted). */
  keepMine(storedBase: Timestamp | null): void;
  /** Take `body` stored at `base` as the editor's text: "use theirs", or another window's edit while nothing here is unsaved. */
  adopt(body: string, base: Timestamp | null): void;
  /** Nothing typed is waiting and no save is running, so a newer stored version can replace the text without losing anything. */
  readonly settled: boolean;
  readonly base: Timestamp | null;
  readonly dirty: boolean;
  /** Stops the pause timer; flushing first is the caller's choice. */
  dispose(): void;
}

/**
 * Autosave for one note: debounced saves, one at a time, each made over the
 * version it was based on (`baseUpdatedAt`), so an edit made in another
 * window is never silently overwritten: the background refuses and the
 * editor shows a conflict, keeping the user's text.
 */
export function createNoteAutosave(options: NoteAutosaveOptions): NoteAutosave {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let body = options.body;
  let savedBody = options.body;
  let base = options.base;
  let state: NoteSaveState = { kind: 'saved' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let again = false;
  /** Save even though the text equals what this editor last saved: after "keep mine", the stored text is someone else's. */
  let forced = false;

  const dirty = () => forced || body !== savedBody;
  const set = (next: NoteSaveState) => {
    state = next;
    options.onState(next);
  };

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, delay);
  }

  function run() {
    clearTimeout(timer);
    timer = undefined;
    if (state.kind === 'conflict' || !dirty()) return;
    if (inFlight) {
      again = true;
      return;
    }
    const sending = body;
    inFlight = true;
    set({ kind: 'saving' });
    options.save(sending, base).then(
      (note) => {
        inFlight = false;
        savedBody = sending;
        forced = false;
        base = note.updatedAt;
        set(dirty() ? { kind: 'unsaved' } : { kind: 'saved' });
        if (again) {
          again = false;
          run();
        }
      },
      (error: unknown) => {
        inFlight = false;
        again = false;
        const failure = toRapportError(error);
        set(failure.code === 'conflict' ? { kind: 'conflict' } : { kind: 'error', message: failure.message });
      },
    );
  }

  return {
    edit(next) {
      body = next;
      if (state.kind === 'conflict') return;
      if (!inFlight) set(dirty() ? { kind: 'unsaved' } : { kind: 'saved' });
      if (dirty()) schedule();
      else clearTimeout(timer);
    },
    flush: run,
    keepMine(storedBase) {
      base = storedBase;
      forced = true;
      state = { kind: 'unsaved' };
      run();
    },
    adopt(nextBody, nextBase) {
      clearTimeout(timer);
      timer = undefined;
      body = savedBody = nextBody;
      forced = false;
      base = nextBase;
      set({ kind: 'saved' });
    },
    get settled() {
      return !inFlight && !dirty() && state.kind !== 'conflict';
    },
    get base() {
      return base;
    },
    get dirty() {
      return dirty();
    },
    dispose() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
