import { createStore } from 'zustand/vanilla';

/**
 * The page's one toast (popup, side panel, dashboard): a confirmation with an
 * optional Undo that belongs to the page, not to the row or panel it came
 * from, so it outlives them (logging from a due list removes the row; the
 * toast and its Undo stay). A new toast replaces the previous one.
 */
export interface Toast {
  id: number;
  text: string;
  tone: 'success' | 'error';
  /** Takes the action back; the toast then says it was undone. */
  undo?: () => Promise<void>;
  /** Where focus goes when the toast is done with (if still on the page). */
  returnFocus?: HTMLElement | null;
  /** Move focus to Undo when it appears (after a keyboard or click action the user may want to take back). */
  focusUndo?: boolean;
}

export type ToastInput = Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] };

let nextId = 1;

export const toastStore = createStore<{ toast: Toast | null }>(() => ({ toast: null }));

export function showPageToast(input: ToastInput): number {
  const id = nextId++;
  toastStore.setState({ toast: { tone: 'success', ...input, id } });
  return id;
}

/** Closes the toast `id` (or whichever is shown); a later toast is left alone. */
export function dismissPageToast(id?: number): void {
  const { toast } = toastStore.getState();
  if (toast && (id === undefined || toast.id === id)) toastStore.setState({ toast: null });
}
