import { browser } from 'wxt/browser';
import { recognizePage } from '@/lib/linkedin/recognize-page';
import { PageContext } from '@/lib/linkedin/types';

/**
 * The tab's context as this content script last reported it, and the one way
 * to report it. Reports are validated before they leave (a page that yields
 * something outside the schema is logged, not sent) and never throw.
 */

/** Posts kept in the tab's context: the most recent, enough for what a feed keeps rendered. */
export const CONTEXT_POSTS_KEPT = 100;

let current: PageContext | null = null;

/** The current context; recognised on the spot when no feature has reported yet. */
export function currentPageContext(): PageContext {
  if (current) return current;
  const { page, profile, posts } = recognizePage(document, location.href);
  return { url: location.href.slice(0, 2048), page, profile, posts: posts.slice(-CONTEXT_POSTS_KEPT), degraded: null };
}

/**
 * Reports the context to the background. `appended` posts (new since the last
 * report for this URL) are added to the current context and sent alone.
 */
export function reportPageContext(context: PageContext, appended?: PageContext['posts']): void {
  const full = appended ? { ...context, posts: [...context.posts, ...appended].slice(-CONTEXT_POSTS_KEPT) } : { ...context, posts: context.posts.slice(-CONTEXT_POSTS_KEPT) };
  const message = appended ? { type: 'pageContextChanged', context: { ...full, posts: appended.slice(-CONTEXT_POSTS_KEPT) }, append: true } : { type: 'pageContextChanged', context: full };
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
