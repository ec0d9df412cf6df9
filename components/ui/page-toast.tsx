import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { t } from '@/lib/i18n';
import { toRapportError } from '@/lib/errors';
import { dismissPageToast, toastStore, type Toast } from '@/lib/stores/toast-store';

/** How long a confirmation stays (the undo window), unless focus or the pointer is on it. */
export const PAGE_TOAST_MS = 10_000;

/**
 * The page's toast, rendered once per page at its root: "Logged a message
 * with Jane Doe · Undo ×". It is announced politely, Escape closes it, and it
 * hands focus back to where the action came from, or to the page's main
 * heading when that place is gone (a due row that left the list).
 */
export function PageToast() {
  const toast = useStore(toastStore, (state) => state.toast);
  return (
    <div className="page-toast-region" role="region" aria-label={t('toastRegion')}>
      <div aria-live="polite">{toast && <ToastBox key={toast.id} toast={toast} />}</div>
    </div>
  );
}

function ToastBox({ toast }: { toast: Toast }) {
  const [state, setState] = useState<{ kind: 'shown' } | { kind: 'busy' } | { kind: 'undone' } | { kind: 'error'; message: string }>({ kind: 'shown' });
  const [held, setHeld] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  const returnFocus = () => {
    const target = toast.returnFocus?.isConnected ? toast.returnFocus : document.querySelector<HTMLElement>('[data-focus-fallback]');
    target?.focus();
  };
  const close = () => {
    const hadFocus = boxRef.current?.contains(document.activeElement) ?? false;
    dismissPageToast(toast.id);
    if (hadFocus) returnFocus();
  };

  useEffect(() => {
    if (toast.focusUndo) undoRef.current?.focus();
  }, [toast]);
  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(() => {
      if (!boxRef.current?.contains(document.activeElement)) dismissPageToast(toast.id);
    }, PAGE_TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, toast.id]);

  async function undo() {
    if (!toast.undo) return;
    setState({ kind: 'busy' });
    try {
      await toast.undo();
      setState({ kind: 'undone' });
      returnFocus();
    } catch (error) {
      setState({ kind: 'error', message: toRapportError(error).message });
    }
  }

  const text = state.kind === 'undone' ? t('undone') : state.kind === 'error' ? state.message : toast.text;
  const tone = state.kind === 'error' ? 'error' : toast.tone;
  return (
    <div
      ref={boxRef}
      className={`page-toast ${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <span className="page-toast-text">{text}</span>
      {toast.undo && state.kind !== 'undone' && state.kind !== 'error' && (
        <button ref={undoRef} type="button" onClick={() => void undo()} aria-disabled={state.kind === 'busy' || undefined}>
          {t('undo')}
        </button>
      )}
      <button type="button" className="page-toast-close" aria-label={t('dismiss')} onClick={close}>
        ×
      </button>
    </div>
  );
}
