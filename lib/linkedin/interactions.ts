import { any } from '@/lib/linkedin/selectors';
import { postRootOf } from '@/lib/linkedin/parse-post';

/**
 * Where the viewer acts on a post: its Like, reactions menu, Repost, comment
 * box and share dialog, found by icon ids and structure (the same in every UI
 * language), labels last. Each selector array has one variant per line with
 * the generation, a page that shows it and when the variant was last seen,
 * like lib/linkedin/selectors.ts (and checked by the same test):
 * "last seen YYYY-MM" is the newest saved page showing it; a variant no saved
 * page shows says "never seen on a saved page" and when it was added.
 * Generations and pages: ../shared/docs/linkedin-v4-interactions.md; "real"
 * pages are in ../shared/fixtures/linkedin/, described there, or in
 * tests/fixtures/held-out/real/; "secondary" ones are third-party scrubbed
 * pages or code.
 */

// ---------------------------------------------------------------- the action bar

/** The post's own Like button in its unreacted look (the state is read by lib/linkedin/like-state.ts). */
export const likeButton = [
  'button.react-button__trigger', // V1 2022 feed/wiibee…; V3 2025-06 feed/hrhv…: aria-pressed; last seen 2026-07 (held-out real/activity-posts-2026.v3.html)
  'button:has(svg#thumbs-up-outline-small)', // V4 2026-03 feed/HITMAN5050…, 2026-04 profile/yennanliu…: icon id, any language; last seen 2026-07 (pt feed)
  'button:has([data-test-icon="thumbs-up-outline-small"])', // V3 2025-06 feed/hrhv…: icon as data-test-icon; last seen 2026-07 (held-out real/activity-posts-2026.v3.html)
  'button[aria-label^="Reaction button state"]', // V4 2026-03 feed/HITMAN5050… (English label); last seen 2026-04 (profile/yennanliu…)
  'button[aria-label^="Situação do botão de reação"]', // V4 2026-07 pt feed (Portuguese label); last seen 2026-07
];

/**
 * The reactions-menu trigger right after the Like button. It keeps its look
 * whatever the state, so the Like button is also found as the button before it.
 */
export const reactionsMenuTrigger = [
  'button.reactions-menu__trigger', // V3 2025-06 feed/hrhv…; last seen 2026-07 (held-out real/activity-posts-2026.v3.html)
  'button[aria-expanded]:has(svg#chevron-up-small)', // V4 2026-03 feed/HITMAN5050…; last seen 2026-07 (pt feed)
];

/** The Repost button (it opens a menu: repost now, or with your thoughts). */
export const repostButton = [
  'button.social-reshare-button', // V3 2025-06 feed/hrhv…; last seen 2026-07 (held-out real/activity-posts-2026.v3.html)
  '.social-details-reshare-button button', // V1 2022 feed/wiibee…; last seen 2022-05
  'button:has(svg#repost-small)', // V4 2026-03 feed/HITMAN5050… (no label); last seen 2026-07 (pt feed, "Compartilhar")
  'button:has([data-test-icon="repost-small"])', // V3 2025-06 feed/hrhv…; last seen 2026-07 (held-out real/activity-posts-2026.v3.html)
];

/** The Comment button; on V4 profile activity cards it is a link to the post page (2026-04 profile/yennanliu…). */
export const commentButton = [
  'button.comment-button', // V1 2022; V3 2025-06 feed/hrhv…; last seen 2026-07 (held-out real/activity-posts-2026.v3.html)
  'button:has(svg#comment-small)', // V4 2026-03 feed/HITMAN5050… (no label, sometimes disabled); last seen 2026-07 (pt feed)
  'a:has(svg#comment-small)', // V4 activity cards: profile/yennanliu…; last seen 2026-04
  'button:has([data-test-icon="comment-small"])', // V3 2025-06 feed/hrhv…; last seen 2026-07 (held-out real/activity-posts-2026.v3.html)
];

// ---------------------------------------------------------------- the comment box

/** The box a comment is written in (it holds the editor, its tools and, once text is typed, the submit button). */
export const commentBox = [
  '[componentkey^="commentBox-"]', // V4 pt feed (real); last seen 2026-07
  'form.comments-comment-box__form', // V1 2022; V3 post page (secondary, scrubbed, harvested 2026-09); last seen 2026-09
  '.comments-comment-box', // V3 post page (secondary, scrubbed): the form's wrapper; last seen 2026-09
];

/** The editor inside it. */
export const commentEditor = [
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]', // V4 pt feed: TipTap / ProseMirror; last seen 2026-07
  '.ql-editor[contenteditable="true"]', // V3 post page (secondary, scrubbed): Quill; last seen 2026-09
  '[contenteditable="true"][role="textbox"]', // any generation: V4 pt feed (real) 2026-07, V3 post page (secondary) 2026-09; last seen 2026-09
];

/** The comment box's submit button where its shape is known. */
export const commentSubmitButton = [
  'button.comments-comment-box__submit-button', // V1, V3: secondary (code) only, never seen on a saved page (added 2026-12)
  'button.comments-comment-box__submit-button--cr', // V3: secondary (code) only, never seen on a saved page (added 2026-12)
  'button[type="submit"]', // any form-based box: never seen on a saved page (added 2026-12)
];

/**
 * The box's tools, which are not the submit button: emoji, GIF, photo,
 * mention pickers (icon-only buttons) and anything opening a menu.
 */
export const commentBoxTool = [
  'button[aria-expanded]', // V4 pt feed: emoji picker; any menu opener; last seen 2026-07
  'button:has(svg#emoji-medium)', // V4 pt feed; last seen 2026-07
  'button:has(svg#gif-medium)', // V4 pt feed; last seen 2026-07
  'button:has(svg#image-medium)', // V4 pt feed; last seen 2026-07
  'button.comments-comment-box__emoji-picker-trigger', // V3 post page (secondary, scrubbed); last seen 2026-09
  'button.comments-comment-box__detour-icons', // V3 post page (secondary, scrubbed): "Add a photo"; last seen 2026-09
];

// ---------------------------------------------------------------- reposting

/** The menu the Repost button opens; it is not in the page until opened (any generation). */
export const repostMenu = [
  '.social-reshare-button + .artdeco-dropdown__content', // V3 2025-06 feed/hrhv… (empty until opened); last seen 2026-07 (held-out real/activity-posts-2026.v3.html)
  '.artdeco-dropdown__content--is-open', // V1–V3 open dropdowns: never seen open on a saved page (added 2026-12)
  '[role="menu"]', // V4 and any ARIA menu: never seen open on a saved page (added 2026-12)
];
/** An item of that menu. No saved page shows the menu open, so none of these has been seen in it. */
export const repostMenuItem = [
  '[role="menuitem"]', // ARIA menus: never seen in an open repost menu (added 2026-12)
  '.artdeco-dropdown__item', // V1–V3 dropdowns: never seen in an open repost menu (added 2026-12)
  '[role="button"]', // generic: never seen in an open repost menu (added 2026-12)
  'button', // generic: never seen in an open repost menu (added 2026-12)
  'a', // generic: never seen in an open repost menu (added 2026-12)
];

/** Icon ids that tell the two repost choices apart when the menu carries them (secondary (code), 2026: not seen in real pages). */
export const instantRepostIcon = /^repost-/;
export const repostWithThoughtsIcon = /(^|-)(edit|compose|write|pencil)(-|$)/;

/** The share dialog "Repost with your thoughts" opens: a dialog holding an editor. */
export const shareDialog = [
  '[role="dialog"]:has([contenteditable="true"])', // V3 share box (secondary, 2025), V4 (any ARIA dialog with an editor): never seen on a saved page (added 2026-12)
];

/** The dialog's close and dismiss controls (cancelling, never posting). */
export const dialogDismiss = [
  'button.artdeco-modal__dismiss', // V1–V3 modals: never seen on a saved page (added 2026-12)
  'button:has(svg[id^="close-"])', // V4 close-small / close-medium icons: feed/HITMAN5050…; last seen 2026-03
  'button:has([data-test-icon^="close-"])', // V3 2025: never seen on a saved page (added 2026-12)
  'button:has(li-icon[type="close"])', // V1 2022: never seen on a saved page (added 2026-12)
];

// ---------------------------------------------------------------- lookups

const buttonsIn = (scope: Element): Element[] => [...scope.querySelectorAll('button, [role="button"]')];

/**
 * The post's own Like button: the button just before its reactions-menu
 * trigger (whatever state it shows), else the first Like-looking button. The
 * card's action bar comes before its comments, so the first one is the post's.
 */
export function postLikeButton(post: Element): Element | null {
  const trigger = post.querySelector(any(reactionsMenuTrigger));
  if (trigger) {
    const buttons = buttonsIn(post);
    const before = buttons[buttons.indexOf(trigger) - 1];
    if (before && !before.contains(trigger)) return before;
  }
  return post.querySelector(any(likeButton));
}

/** The post's own Repost button. */
export const postRepostButton = (post: Element): Element | null => post.querySelector(any(repostButton));

/** The post's own Comment button or link. */
export const postCommentButton = (post: Element): Element | null => post.querySelector(any(commentButton));

/**
 * The post whose Like (or its reactions-menu trigger) `target` is, or is
 * inside. A Like in a comment thread or a quoted original is not the post's.
 */
export function likeTargetOf(target: Element): { post: Element; like: Element } | null {
  const post = postRootOf(target);
  const like = post && postLikeButton(post);
  if (!post || !like) return null;
  if (like.contains(target)) return { post, like };
  const trigger = post.querySelector(any(reactionsMenuTrigger));
  return trigger?.contains(target) ? { post, like } : null;
}

/** The post whose own Repost button `target` is, or is inside. */
export function repostTargetOf(target: Element): { post: Element; button: Element } | null {
  const post = postRootOf(target);
  const button = post && postRepostButton(post);
  return post && button?.contains(target) ? { post, button } : null;
}

/** The comment box `target` is in, with its editor and the post it belongs to. */
export function commentBoxAt(target: Element): { post: Element; box: Element; editor: Element } | null {
  const box = target.closest(any(commentBox));
  const editor = box?.querySelector(any(commentEditor));
  const post = box && postRootOf(box);
  return box && editor && post ? { post, box, editor } : null;
}

/** The text typed in a comment editor (a ProseMirror or Quill placeholder is not text). */
export const editorText = (editor: Element): string => (editor.textContent ?? '').trim();

/**
 * Whether `target` is the comment box's submit button: a known submit
 * shape, or (V4, shape not yet seen) an enabled button of the box that is
 * none of its tools.
 */
export function isCommentSubmit(target: Element, box: Element): boolean {
  const button = target.closest('button');
  if (!button || !box.contains(button) || button.disabled || button.getAttribute('aria-disabled') === 'true') return false;
  if (button.matches(any(commentSubmitButton))) return true;
  return !button.matches(any(commentBoxTool));
}

/** Whether `target` is an item of the menu the post's Repost button has open right now. */
export function isRepostMenuChoice(target: Element, repost: { post: Element; button: Element }): boolean {
  const { post, button } = repost;
  if (!button.isConnected || button.getAttribute('aria-expanded') === 'false') return false;
  const item = target.closest(any(repostMenuItem));
  const menu = item?.closest(any(repostMenu));
  if (!item || !menu || menu.contains(button)) return false;
  // A menu inside a card belongs to that card: "Save" on another post is never a repost.
  const owner = postRootOf(menu);
  if (owner && owner !== post) return false;
  // When the button names its menu, only that menu; an open menu named by another trigger is that trigger's.
  const controls = button.getAttribute('aria-controls');
  if (controls) return menu.id === controls;
  const doc = target.ownerDocument;
  const others = menu.id ? doc.querySelectorAll(`[aria-controls="${CSS.escape(menu.id)}"][aria-expanded="true"]`) : [];
  return [...others].every((other) => other === button);
}

/** What a repost menu choice says about itself: 'instant', 'with-thoughts', or null when it carries no hint. */
export function repostChoiceKind(target: Element): 'instant' | 'with-thoughts' | null {
  const item = target.closest(any(repostMenuItem)) ?? target;
  const icons = [...item.querySelectorAll('svg[id], [data-test-icon]')].map((icon) => icon.id || icon.getAttribute('data-test-icon') || '');
  if (icons.some((id) => repostWithThoughtsIcon.test(id))) return 'with-thoughts';
  if (icons.some((id) => instantRepostIcon.test(id))) return 'instant';
  return null;
}

/** An open share dialog (a dialog holding an editor), if any. */
export const openShareDialog = (doc: Document): Element | null => doc.querySelector(any(shareDialog));

/** Whether a click on `target` inside `dialog` dismisses it rather than posting. */
export const isDialogDismiss = (target: Element): boolean => target.closest(any(dialogDismiss)) !== null;
