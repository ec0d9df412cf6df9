import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import type { PageContext } from '@/lib/linkedin/types';

export type TabContextState =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number | null; context: PageContext | null }
  | { status: 'error'; error: string };

export interface TabContextStore extends StoreApi<TabContextState> {
  /** Loads the context; with `follow`, keeps following the active tab and its navigations. Returns a stop function. */
  start(): () => void;
}

export interface TabContextOptions {
  /** The tab to show, or null for "the active tab of this window". */
  fixedTabId: number | null;
  /** Follow tab switches and in-page navigation (side panel); the popup only reads once. */
  follow: boolean;
}

/**
 * What a tab shows, as its content script last reported it to the background.
 * A view, not a copy: it re-reads from the background whenever the tab's
 * stored context changes.
 */
export function createTabContextStore({ fixedTabId, follow }: TabContextOptions): TabContextStore {
  const store = createStore<TabContextState>(() => ({ status: 'loading' }));
  let generation = 0;

  async function load(tabId: number | null) {
    const mine = ++generation;
    try {
      const context = tabId === null ? null : await sendToBackground({ type: 'getTabContext', tabId });
      if (mine === generation) store.setState({ status: 'ready', tabId, context }, true);
    } catch (error) {
      if (mine === generation) store.setState({ status: 'error', error: toRapportError(error).message }, true);
    }
  }

  async function activeTabId(): Promise<number | null> {
    if (fixedTabId !== null) return fixedTabId;
    const [[active], self] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), browser.tabs.getCurrent()]);
    if (active?.id === undefined) return null;
    // Opened as a tab (not as a popup or panel), this page is itself the active tab: show the LinkedIn tab used last.
    if (self?.id !== active.id) return active.id;
    const linkedInTabs = await browser.tabs.query({ currentWindow: true, url: 'https://www.linkedin.com/*' });
    const latest = linkedInTabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    return latest?.id ?? null;
  }

  return Object.assign(store, {
    start() {
      void activeTabId().then(load);
      if (!follow) return () => {};
      const currentTab = () => {
        const state = store.getState();
        return state.status === 'ready' ? state.tabId : null;
      };
      const onActivated = () => void activeTabId().then(load);
      const onSessionChanged = (changes: Record<string, unknown>, area: string) => {
        const tabId = currentTab();
        if (area === 'session' && tabId !== null && `tabContext:${tabId}` in changes) void load(tabId);
      };
      const onRemoved = (tabId: number) => {
        if (tabId === currentTab()) void activeTabId().then(load);
      };
      if (fixedTabId === null) browser.tabs.onActivated.addListener(onActivated);
      browser.storage.onChanged.addListener(onSessionChanged);
      browser.tabs.onRemoved.addListener(onRemoved);
      return () => {
        generation++;
        browser.tabs.onActivated.removeListener(onActivated);
        browser.storage.onChanged.removeListener(onSessionChanged);
        browser.tabs.onRemoved.removeListener(onRemoved);
      };
    },
  });
}

/** `?tabId=` from a page's URL (tests, and pages opened as tabs, which are themselves the active tab). */
export function tabIdFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}
