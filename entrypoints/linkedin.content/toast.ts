import { t } from '@/lib/i18n';
import { isUserGesture } from '@/lib/capture/user-gesture';
import { createShadowHost, el, setUnsearchableText } from './shadow-host';

const CSS = `
.toast { position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; display: flex; gap: 8px; align-items: center;
  max-width: min(420px, calc(100vw - 32px)); padding: 10px 12px; border-radius: 8px; background: #1f2937; color: #f9fafb;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
.toast button { border-color: #93c5fd; background: transparent; color: #93c5fd; }
.toast .text { flex: 1; overflow-wrap: anywhere; }
`;

/** How long a toast stays: the auto-capture undo window. */
export const TOAST_MS = 10_000;

let current: { host: HTMLElement; timer: number } | null = null;

export function dismissToast(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.host.remove();
  current = null;
}

/**
 * A small, dismissible notice at the bottom of the page (one at a time), with
 * an optional Undo. Announced politely to screen readers; Escape closes it.
 * In a closed shadow root, and only the user's own clicks and keys act on it.
 */
export function showToast(text: string, undo?: () => Promise<void>): void {
  dismissToast();
  const { host, root } = createShadowHost('rapport-toast', CSS);
  const close = el('button', { type: 'button', 'aria-label': t('dismiss') }, '×');
  const message = el('span', { class: 'text' });
  setUnsearchableText(message, text); // it names a person the user knows: not findable by the page
  const box = el('div', { class: 'toast', role: 'status', 'aria-live': 'polite' }, message);
  if (undo) {
    const undoButton = el('button', { type: 'button' }, t('undo'));
    undoButton.addEventListener('click', (event) => {
      if (!isUserGesture(event)) return;
      undoButton.disabled = true;
      // Undo usually confirms with a toast of its own ("Undone."): close this one only if it is still shown,
      // never the confirmation that replaced it.
      void undo().finally(() => current?.host === host && dismissToast());
    });
    box.append(undoButton);
  }
  box.append(close);
  close.addEventListener('click', (event) => {
    if (isUserGesture(event)) dismissToast();
  });
  box.addEventListener('keydown', (event) => {
    if (isUserGesture(event) && event.key === 'Escape') dismissToast();
  });
  root.append(box);
  document.documentElement.append(host);
  current = { host, timer: window.setTimeout(dismissToast, TOAST_MS) };
}
