import { browser } from 'wxt/browser';
import { storageValue } from '@/lib/storage/storage-item';
import { PageContext } from '@/lib/linkedin/types';

/**
 * What each LinkedIn tab shows, as its content script last reported it. Kept in
 * `storage.session` (not a worker global) so it survives the service worker
 * being stopped, and vanishes with the browser session.
 */

const key = (tabId: number) => `session:tabContext:${tabId}` as const;

export async function saveTabContext(tabId: number, context: PageContext): Promise<void> {
  await storageValue.set(key(tabId), context);
}

/** Posts kept per tab: the most recent ones, enough for what a feed keeps rendered. */
export const TAB_POSTS_KEPT = 100;

// Appends read, merge and write: one tab's updates run one after another so none is lost.
const queues = new Map<number, Promise<unknown>>();

function serialized<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => queues.get(tabId) === tail && queues.delete(tabId));
  return run;
}

/**
 * Stores a tab's reported context. With `append`, the posts are added to the
 * stored ones (same URL only: after a navigation the report replaces), kept
 * once per key and bounded to the most recent {@link TAB_POSTS_KEPT}.
 */
export function updateTabContext(tabId: number, context: PageContext, append: boolean): Promise<void> {
  return serialized(tabId, async () => {
    let next = context;
    if (append) {
      const stored = await readTabContext(tabId);
      if (stored?.url === context.url) {
        const keys = new Set(context.posts.map((post) => post.key));
        next = { ...context, posts: [...stored.posts.filter((post) => !keys.has(post.key)), ...context.posts] };
      }
    }
    await saveTabContext(tabId, { ...next, posts: next.posts.slice(-TAB_POSTS_KEPT) });
  });
}

export async function readTabContext(tabId: number): Promise<PageContext | null> {
  const stored = await storageValue.get(key(tabId));
  const parsed = PageContext.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function forgetTabContext(tabId: number): Promise<void> {
  await storageValue.remove(key(tabId));
}

/** The same page: equal URLs, the fragment aside (in-page anchors do not change what the page shows). */
const samePage = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

/** The tab's URL now; undefined when the tab is gone or Rapport may not see it (any site but LinkedIn). */
async function currentTabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/**
 * The stored context only while the tab still shows that very page. What a
 * shortcut acts on must be what the user sees: a context left behind by a
 * page the tab has since navigated away from (another profile not reported
 * yet, another site) names the wrong person, so it reads as none.
 */
export async function readCurrentTabContext(tabId: number): Promise<PageContext | null> {
  const [stored, url] = await Promise.all([readTabContext(tabId), currentTabUrl(tabId)]);
  return stored && url !== undefined && samePage(stored.url, url) ? stored : null;
}

const isLinkedIn = (url: string | undefined) => url?.startsWith('https://www.linkedin.com/') === true;

export function registerTabContextCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabContext(tabId));
  // A tab leaving LinkedIn forgets what it showed there. Without the `tabs` permission another site's
  // URL reads as undefined: that too is "not LinkedIn".
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if ((change.url !== undefined || change.status === 'loading') && !isLinkedIn(change.url ?? tab.url)) void forgetTabContext(tabId);
  });
}
