import { any, commentForm, commentSubmitButton, likeButton, repostButton, repostMenu, repostMenuItem } from '@/lib/linkedin/selectors';
import { findLikeButton, findRepostButton, isReacted } from '@/lib/linkedin/post-actions';
import { postRootOf } from '@/lib/linkedin/parse-post';

/**
 * Recognising the viewer's own engagement with a post, by state and
 * structure (aria-pressed, icons, forms), never by English labels: a
 * reaction, a submitted comment, a repost.
 */

/** A Like button whose state changed: the post it belongs to and whether the viewer now reacts. */
export function likeStateOf(element: Element): { post: Element; reacted: boolean } | null {
  if (!element.matches(any(likeButton))) return null;
  const post = postRootOf(element);
  // A Like inside a comment thread or a reposted original is not the card's own.
  if (!post || findLikeButton(post) !== element) return null;
  const reacted = isReacted(post);
  return reacted === null ? null : { post, reacted };
}

/** The post a comment was just sent on (a submitted comment form, or a click on its submit button). */
export function commentedPostOf(target: Element): Element | null {
  const form = target.closest(any(commentForm));
  if (!form && !target.closest(any(commentSubmitButton))) return null;
  return postRootOf(form ?? target);
}

/** The post whose Repost button `target` is (or is in). */
export function repostButtonPostOf(target: Element): Element | null {
  const button = target.closest(any(repostButton));
  if (!button) return null;
  const post = postRootOf(button);
  return post && findRepostButton(post) === button ? post : null;
}

/** Whether `target` is an item of an open repost menu (where the repost actually happens). */
export function isRepostMenuChoice(target: Element): boolean {
  const menu = target.closest(any(repostMenu));
  return menu !== null && target.closest(any(repostMenuItem)) !== null && menu.contains(target.closest(any(repostMenuItem)));
}
