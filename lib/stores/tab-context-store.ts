import { browser, type Browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { PageContext } from '@/lib/linkedin/types';
import type { Contact } from '@/lib/model/schema';

export type TabContextState =
  | { status: 'loading' }
  | {
      status: 'ready';
      tabId: number | null;
      context: PageContext | null;
      /**
       * Those of `context`'s post authors who are in Rapport, read by the background with the
       * context (one round trip), so the page's post list shows with it; absent for a context
       * that arrived otherwise (a later report), whose list reads them itself.
       */
      knownAuthors?: readonly Contact[];
    }
  | { status: 'error'; error: string };

export interface TabContextStore extends StoreApi<TabContextState> {
  /** Loads the context and follows its changes; with `follow`, also the tab the user switches to. Returns a stop function. */
  start(): () => void;
}

export interface TabContextOptions {
  /** The tab to show, or null for "the tab the user is looking at" (see {@link followedTab}). */
  fixedTabId: number | null;
  /** Follow tab switches (side panel); the popup stays on the tab it opened for. */
  follow: boolean;
}

/**
 * How long a LinkedIn tab that moved to another URL may take to report it.
 * Until then the page shows "loading" rather than the previous page's person;
 * after it, nothing (never a wrong person).
 */
export const REPORT_WAIT_MS = 4000;

/** The tab's URL: a string on LinkedIn (host permission), null elsewhere (hidden from us), undefined if the tab could not be read. */
type TabUrl = string | null | undefined;

/**
 * What a tab shows, as its content script last reported it to the background.
 * A view, not a copy: it follows the background's per-tab record
 * (`storage.session` `tabContext:<tabId>`) and the tab's URL, so an SPA
 * navigation or a tab switch shows up within a frame or two of the report.
 */
export function createTabContextStore({ fixedTabId, follow }: TabContextOptions): TabContextStore {
  const store = createStore<TabContextState>(() => ({ status: 'loading' }));
  let tabId: number | null = null;
  /** The last report for `tabId`; undefined until read. */
  let reported: PageContext | null | undefined;
  /** The background's reply for `tabId`: the context it read and who of its posts' authors is in Rapport. */
  let replied: { context: PageContext | null; knownAuthors: readonly Contact[] } | undefined;
  let tabUrl: TabUrl;
  let tabUrlKnown = false;
  let generation = 0;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let gaveUpOn: string | null = null;

  function publish() {
    if (tabId === null) return store.setState({ status: 'ready', tabId: null, context: null }, true);
    // Until both are known the previous tab stays on screen: no flash of "loading" on every tab switch.
    if (reported === undefined || !tabUrlKnown) return;
    const shown = shownContext(reported, tabUrl);
    if (shown !== 'waiting') {
      clearTimeout(waitTimer);
      waitTimer = undefined;
      const knownAuthors = shown !== null && shown === replied?.context ? replied.knownAuthors : undefined;
      return store.setState({ status: 'ready', tabId, context: shown, ...(knownAuthors ? { knownAuthors } : {}) }, true);
    }
    if (gaveUpOn === tabUrl) return store.setState({ status: 'ready', tabId, context: null }, true);
    store.setState({ status: 'loading' }, true);
    if (waitTimer === undefined) {
      const waitingFor = tabUrl as string;
      waitTimer = setTimeout(() => {
        waitTimer = undefined;
        if (tabUrl !== waitingFor) return;
        gaveUpOn = waitingFor;
        publish();
      }, REPORT_WAIT_MS);
    }
  }

  /**
   * Shows tab `next`. Its URL is read afresh here, after `tabId` is set, never taken from the
   * query that chose the tab: that snapshot can predate a navigation whose `onUpdated` arrived
   * before `tabId` named the tab (and was ignored), leaving a LinkedIn report matched against
   * `about:blank` and nobody shown.
   */
  async function show(next: number | null) {
    const mine = ++generation;
    tabId = next;
    reported = undefined;
    replied = undefined;
    tabUrl = undefined;
    tabUrlKnown = false;
    gaveUpOn = null;
    if (next === null) return publish();
    try {
      const [view, tab] = await Promise.all([sendToBackground({ type: 'getTabView', tabId: next }), readTab(next)]);
      if (mine !== generation) return;
      // A report or a URL change that arrived meanwhile is newer than these reads.
      if (reported === undefined) {
        reported = view.context;
        replied = view;
      }
      if (!tabUrlKnown) {
        tabUrl = tab === undefined ? undefined : (tab.url ?? null);
        tabUrlKnown = true;
      }
      publish();
    } catch (error) {
      if (mine === generation) store.setState({ status: 'error', error: toRapportError(error).message }, true);
    }
  }

  /**
   * Which tab to show, asked again on start and on every tab switch. Only the
   * latest question's answer counts: the first query can still be in flight
   * when the user (or a test) opens a LinkedIn tab, and its older answer must
   * not replace the newer one.
   */
  let question = 0;
  let answered = false;
  const refollow = () => {
    const mine = ++question;
    void followedTab(fixedTabId).then(
      (next) => {
        if (mine !== question) return;
        if (!answered || (next?.id ?? null) !== tabId || store.getState().status === 'error') {
          answered = true;
          void show(next?.id ?? null);
        }
      },
      (error: unknown) => {
        if (mine === question) store.setState({ status: 'error', error: toRapportError(error).message }, true);
      },
    );
  };
  const onActivated = () => refollow();

  return Object.assign(store, {
    start() {
      refollow();
      const onStorageChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
        const change = tabId === null || area !== 'session' ? undefined : changes[`tabContext:${tabId}`];
        if (!change) return;
        const parsed = PageContext.safeParse(change.newValue);
        reported = parsed.success ? parsed.data : null;
        publish();
      };
      const followsActive = follow && fixedTabId === null;
      const onUpdated = (updatedId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
        if (change.url === undefined && change.status === undefined) return;
        if (updatedId !== tabId) {
          // Ask again which tab to follow (an answer that changes nothing is dropped) when another tab loads a page
          // and either it is active (the switch to it may have come before this page listened: a missed onActivated)
          // or the followed tab is not on LinkedIn (a LinkedIn tab is preferred while Rapport's own page is active).
          if (followsActive && change.url !== undefined && (tab.active || !onLinkedIn(tabUrl))) refollow();
          return;
        }
        tabUrl = tab.url ?? null;
        tabUrlKnown = true;
        publish();
        // The followed tab became one of Rapport's own pages (the welcome page opened on install, the dashboard):
        // the user is still on the tab they came from (see followedTab), which nothing else would announce.
        if (followsActive && isRapportPage(change.url)) refollow();
      };
      const onRemoved = (removedId: number) => {
        if (removedId === tabId) refollow();
      };
      browser.storage.onChanged.addListener(onStorageChanged);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onRemoved.addListener(onRemoved);
      if (follow && fixedTabId === null) browser.tabs.onActivated.addListener(onActivated);
      return () => {
        generation++;
        question++;
        clearTimeout(waitTimer);
        browser.storage.onChanged.removeListener(onStorageChanged);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onRemoved.removeListener(onRemoved);
        browser.tabs.onActivated.removeListener(onActivated);
      };
    },
  });
}

/**
 * The context to show for what the tab last reported, given where the tab is
 * now: nothing once it has left LinkedIn, the report when it is for the URL
 * the tab shows, 'waiting' while LinkedIn loads another page (SPA navigations
 * included) and its content script has yet to report.
 */
export function shownContext(reported: PageContext | null, tabUrl: TabUrl): PageContext | null | 'waiting' {
  if (tabUrl === undefined) return reported;
  if (!onLinkedIn(tabUrl)) return null;
  return reported && sameUrl(reported.url, tabUrl) ? reported : 'waiting';
}

const onLinkedIn = (url: TabUrl): url is string => typeof url === 'string' && url.startsWith('https://www.linkedin.com/');

/** One of Rapport's own pages (the side panel as a tab, options, the dashboard, the welcome page). */
const isRapportPage = (url: string | undefined) => url?.startsWith(browser.runtime.getURL('/')) === true;

const sameUrl = (a: string, b: string) => a.split('#')[0]!.slice(0, 2048) === b.split('#')[0]!.slice(0, 2048);

async function readTab(tabId: number): Promise<Browser.tabs.Tab | undefined> {
  try {
    return (await browser.tabs.get(tabId)) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The tab "this page" is about. Normally the active tab of this page's
 * window. But Rapport's pages can be tabs themselves (the side panel opened
 * as `sidepanel.html`, the options page, tests): when the active tab is one
 * of them, the user is still working on the tab they came from: the most
 * recently used LinkedIn tab of the window (`lastAccessed`, Chrome 121+,
 * Firefox), else the most recently used other tab. A real side panel or popup
 * is not a tab, so this never applies to them.
 */
export async function followedTab(fixedTabId: number | null): Promise<{ id: number } | null> {
  if (fixedTabId !== null) return { id: fixedTabId };
  // One round trip: "current window" is the panel's (or popup's, or tab's) own window.
  const [own, tabs] = await Promise.all([browser.tabs.getCurrent().catch(() => undefined), browser.tabs.query({ currentWindow: true })]);
  const candidates = tabs.filter((tab) => tab.id !== undefined && tab.id !== own?.id && !isRapportPage(tab.url));
  const active = candidates.find((tab) => tab.active);
  const byRecency = candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const tab = active ?? byRecency.find((candidate) => onLinkedIn(candidate.url)) ?? byRecency[0];
  return tab ? { id: tab.id! } : null;
}

/** `?tabId=` from a page's URL (tests, and pages opened for a given tab). */
export function tabIdFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}
