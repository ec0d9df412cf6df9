import { browser } from 'wxt/browser';
import { clip } from '@/lib/linkedin/dom-text';
import { recognizePage } from '@/lib/linkedin/recognize-page';
import { PageContext, type RecognizedPost } from '@/lib/linkedin/types';

/**
 * The tab's context as this content script last reported it, and the one way
 * to report it. Reports are validated before they leave (a page that yields
 * something outside the schema is logged, not sent) and never throw.
 */

/** Posts kept in the tab's context: the most recent, enough for what a feed keeps rendered. */
export const CONTEXT_POSTS_KEPT = 100;
/**
 * Only the first part of a post's text leaves the page: enough to show which
 * post is meant (docs/privacy.md), not the whole post.
 */
export const POST_TEXT_KEPT = 300;

const brief = (posts: readonly RecognizedPost[]): RecognizedPost[] =>
  posts.slice(-CONTEXT_POSTS_KEPT).map((post) => (post.text && post.text.length > POST_TEXT_KEPT ? { ...post, text: `${clip(post.text, POST_TEXT_KEPT - 1)}…` } : post));

let current: PageContext | null = null;

/** The current context; recognised on the spot when no feature has reported yet. */
export function currentPageContext(): PageContext {
  if (current) return current;
  const { page, profile, posts, address } = recognizePage(document, location.href);
  return { url: location.href.slice(0, 2048), page, profile, posts: brief(posts), degraded: null, address };
}

/**
 * Reports the context to the background. `appended` posts (new since the last
 * report for this URL) are added to the current context and sent alone.
 */
export function reportPageContext(context: PageContext, appended?: PageContext['posts']): void {
  const full = { ...context, posts: brief(appended ? [...context.posts, ...appended] : context.posts) };
  const message = appended ? { type: 'pageContextChanged', context: { ...full, posts: brief(appended) }, append: true } : { type: 'pageContextChanged', context: full };
  const checked = PageContext.safeParse(message.context);
  if (!checked.success) {
    console.warn('[rapport] not reporting a page context outside the schema:', checked.error.issues[0]);
    return;
  }
  current = full;
  browser.runtime.sendMessage(message).catch(() => {
    // The extension was reloaded or its worker is starting: the popup asks again with getPageContext.
  });
}

/** Where the page's reported posts are, by key (the post tracker's map); set by the feature that reports them. */
let postElement: (key: string) => Element | undefined = () => undefined;

export function registerPostElements(lookup: (key: string) => Element | undefined): void {
  postElement = lookup;
}

/**
 * Scrolls a reported post into view, for "Show" in the popup and side panel.
 * Nothing is added to or changed in LinkedIn's DOM (a mark next to some
 * authors would tell the page's scripts who is in Rapport): only the scroll.
 */
export function showPost(key: string): boolean {
  const element = postElement(key);
  if (!element?.isConnected) return false;
  // A jump, not an animation: the popup sits over the page, and motion is not forced on anyone.
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  return true;
}
