import { browser } from 'wxt/browser';

/**
 * The tab a popup or side panel is about: `?tabId=` when given (tests, and
 * pages opened as tabs, which are themselves the active tab), otherwise the
 * active tab of the current window.
 */
export async function resolveTargetTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
