import { any, commentButton, likeButton, repostButton } from '@/lib/linkedin/selectors';

/**
 * A post card's own action buttons, for capturing touchpoints (a like, a
 * comment, a repost) where the viewer makes them. Buttons inside a reposted
 * original or a comment thread belong to those, so the first match in the
 * card's action bar is taken: LinkedIn renders the card's bar before its
 * comments.
 */

export const findLikeButton = (post: Element): Element | null => post.querySelector(any(likeButton));
export const findCommentButton = (post: Element): Element | null => post.querySelector(any(commentButton));
export const findRepostButton = (post: Element): Element | null => post.querySelector(any(repostButton));

/**
 * Whether the viewer has reacted to the post: `aria-pressed` on the Ember
 * Like button (2022–25); the V4 button says so in its label
 * ("Reaction button state: no reaction"). Null when the page does not say.
 */
export function isReacted(post: Element): boolean | null {
  const button = findLikeButton(post);
  if (!button) return null;
  const pressed = button.getAttribute('aria-pressed');
  if (pressed === 'true' || pressed === 'false') return pressed === 'true';
  const state = /^Reaction button state: (.+)$/.exec(button.getAttribute('aria-label') ?? '')?.[1];
  return state === undefined ? null : state !== 'no reaction';
}
