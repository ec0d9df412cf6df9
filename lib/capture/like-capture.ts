import { likeTargetOf, postLikeButton } from '@/lib/linkedin/interactions';
import { likeChange, likeSignal, type LikeSignal } from '@/lib/linkedin/like-state';
import { onUserGesture } from './user-gesture';

/** The Like button must change this soon after the user's click for the change to count. */
export const LIKE_CHANGE_MS = 5_000;

/**
 * Reactions the user makes, post by post: a trusted pointer press, click or
 * Enter/Space on a post's own Like button or reactions menu takes a
 * snapshot of the button; a change of that button within LIKE_CHANGE_MS is
 * read (like-state.ts) as reacting or taking the reaction back. A button
 * changed by a script, on a card the user did not touch, or long after,
 * counts for nothing.
 */
export function watchLikes(doc: Document, signal: AbortSignal, on: { reacted(post: Element): void; unreacted(post: Element): void }): void {
  const pending = new Map<Element, { before: LikeSignal; at: number; observer: MutationObserver; timer: ReturnType<typeof setTimeout> }>();

  const settle = (post: Element) => {
    const watch = pending.get(post);
    if (!watch) return;
    watch.observer.disconnect();
    clearTimeout(watch.timer);
    pending.delete(post);
  };

  const start = (target: Element) => {
    const found = likeTargetOf(target);
    if (!found) return;
    const { post, like } = found;
    const existing = pending.get(post);
    // pointerdown then click of the same gesture: keep the first snapshot, taken before any change.
    if (existing && Date.now() - existing.at < 1_000) return;
    settle(post);
    const before = likeSignal(like);
    const observer = new MutationObserver(() => {
      const now = postLikeButton(post);
      const change = now && likeChange(before, likeSignal(now));
      if (!change) return;
      settle(post);
      if (change === 'reacted') on.reacted(post);
      else on.unreacted(post);
    });
    observer.observe(post, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed', 'aria-label', 'id', 'data-test-icon'] });
    pending.set(post, { before, at: Date.now(), observer, timer: setTimeout(() => settle(post), LIKE_CHANGE_MS) });
  };

  onUserGesture(doc, signal, {
    pointerdown: start,
    click: start,
    // Keyboard activation: the snapshot before the click the key will make.
    keydown: (target, event) => (event.key === 'Enter' || event.key === ' ') && start(target),
  });
  signal.addEventListener('abort', () => [...pending.keys()].forEach(settle), { once: true });
}
