import { toRapportError } from '@/lib/errors';
import type { Settings } from '@/lib/storage/settings';

/** What the options page tells the user about their settings. */
export type SettingsSaveState =
  /** Nothing edited since the page opened. */
  | { kind: 'idle' }
  /** Edited, waiting for a pause. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** What the form shows is stored. */
  | { kind: 'saved' }
  /** The save failed; the edit stays in the form and the next edit, a flush or Retry tries again. */
  | { kind: 'error'; message: string };

/** How long editing must pause before a save: a day count is typed in a few keystrokes; each save recomputes due dates. */
export const SETTINGS_AUTOSAVE_MS = 500;

export interface SettingsAutosaveOptions {
  /** Stores the settings (through the background) and resolves with what was stored. */
  save(settings: Settings): Promise<Settings>;
  /** A save finished and nothing newer is waiting. */
  onSaved(settings: Settings): void;
  onState(state: SettingsSaveState): void;
  delayMs?: number;
}

export interface SettingsAutosave {
  /** The form changed to valid `settings`: save them after a pause. `null`: the form is invalid, so the waiting save is dropped. */
  edit(settings: Settings | null): void;
  /** Save now whatever is waiting (a checkbox or a choice, the page being hidden or closed, Retry). */
  flush(): void;
  /** Nothing is waiting and no save is running: another window's settings may replace the form. */
  readonly settled: boolean;
  dispose(): void;
}

/**
 * Autosave for the settings form, as notes save: debounced, one save at a
 * time, the newest edit always the last one written, and flushed at once when
 * the page is hidden or closed, so an edit is never lost.
 */
export function createSettingsAutosave({ save, onSaved, onState, delayMs = SETTINGS_AUTOSAVE_MS }: SettingsAutosaveOptions): SettingsAutosave {
  let waiting: Settings | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  function run() {
    clearTimeout(timer);
    timer = undefined;
    if (running || !waiting) return;
    const settings = waiting;
    waiting = null;
    running = true;
    onState({ kind: 'saving' });
    save(settings).then(
      (stored) => {
        running = false;
        if (waiting) return run(); // edited while saving: write the newer one
        onSaved(stored);
        if (!timer) onState({ kind: 'saved' });
      },
      (error: unknown) => {
        running = false;
        waiting ??= settings; // kept for the next edit, flush or Retry: never retried in a loop
        onState({ kind: 'error', message: toRapportError(error).message });
      },
    );
  }

  return {
    edit(settings) {
      clearTimeout(timer);
      timer = undefined;
      waiting = settings;
      if (!settings) return;
      onState({ kind: 'pending' });
      timer = setTimeout(run, delayMs);
    },
    flush: run,
    get settled() {
      return !waiting && !running && !timer;
    },
    dispose() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
