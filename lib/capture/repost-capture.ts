import { isDialogDismiss, isRepostMenuChoice, openShareDialog, repostChoiceKind, repostTargetOf } from '@/lib/linkedin/interactions';
import { onUserGesture, pollUntil } from './user-gesture';

/** The menu choice must follow the user's click on Repost this soon. */
export const REPOST_MENU_MS = 30_000;
/** Without an icon saying which choice it was, a share dialog opening this soon means "with your thoughts". */
export const SHARE_DIALOG_WAIT_MS = 1_500;
/** A dialog opened by "with your thoughts" is watched this long for its posting. */
export const SHARE_DIALOG_MS = 15 * 60_000;
/** After the user's click on a dialog button, the dialog closing this soon is its posting. */
const DIALOG_CLOSE_MS = 10_000;

/**
 * Reposts the user makes, confirmed by LinkedIn's own flow: the Repost
 * button opens a menu (trusted click), a choice is made in that very menu
 * while it is open (trusted click), then either the repost is instant (no
 * share dialog opens), or the share dialog opens and counts only when it
 * closes right after a trusted click on one of its own buttons that is not
 * Dismiss (cancelling, Escape, a click outside or "Discard" count nothing).
 * A menu of another post ("Save"), a scripted click or a late choice count
 * for nothing.
 */
export function watchReposts(doc: Document, signal: AbortSignal, on: { reposted(post: Element): void }): void {
  let opened: { post: Element; button: Element; at: number } | null = null;
  let share: { post: Element; dialog: Element; armedAt: number | null } | null = null;
  let stopWaiting: (() => void) | null = null;

  const watchDialog = (post: Element, dialog: Element) => {
    share = { post, dialog, armedAt: null };
    const current = share;
    pollUntil(
      () => {
        if (share !== current) return true;
        if (dialog.isConnected && !dialog.hasAttribute('hidden')) return false;
        share = null;
        if (current.armedAt !== null && Date.now() - current.armedAt <= DIALOG_CLOSE_MS) on.reposted(post);
        return true;
      },
      { everyMs: 150, withinMs: SHARE_DIALOG_MS, signal, onTimeout: () => share === current && (share = null) },
    );
  };

  const chose = (post: Element, kind: ReturnType<typeof repostChoiceKind>) => {
    stopWaiting?.();
    if (kind === 'instant') return on.reposted(post);
    const waitMs = kind === 'with-thoughts' ? 60_000 : SHARE_DIALOG_WAIT_MS;
    stopWaiting = pollUntil(
      () => {
        const dialog = openShareDialog(doc);
        if (dialog) watchDialog(post, dialog);
        return dialog !== null;
      },
      // No dialog: the choice was the instant repost (unless the choice said it wanted a dialog).
      { everyMs: 100, withinMs: waitMs, signal, onTimeout: () => kind === null && on.reposted(post) },
    );
  };

  onUserGesture(doc, signal, {
    click(target) {
      if (share) {
        const inDialog = share.dialog.contains(target);
        const button = inDialog ? target.closest('button') : null;
        // Only the last gesture counts: a click on Post arms, any dismissal or click elsewhere disarms.
        share.armedAt = button && !button.disabled && !isDialogDismiss(target) && !button.hasAttribute('aria-expanded') ? Date.now() : null;
        return;
      }
      const repost = repostTargetOf(target);
      if (repost) {
        opened = { ...repost, at: Date.now() };
        return;
      }
      if (opened && Date.now() - opened.at <= REPOST_MENU_MS && isRepostMenuChoice(target, opened)) {
        const { post } = opened;
        opened = null;
        chose(post, repostChoiceKind(target));
        return;
      }
      opened = null; // A click anywhere else closes the menu.
    },
    keydown(_target, event) {
      if (event.key === 'Escape') {
        if (share) share.armedAt = null;
        opened = null;
      }
    },
  });
}
