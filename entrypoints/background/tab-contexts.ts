import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { PageContext } from '@/lib/linkedin/types';

/**
 * What each LinkedIn tab shows, as its content script last reported it. Kept in
 * `storage.session` (not a worker global) so it survives the service worker
 * being stopped, and vanishes with the browser session.
 */

const key = (tabId: number) => `session:tabContext:${tabId}` as const;

export async function saveTabContext(tabId: number, context: PageContext): Promise<void> {
  await storage.setItem(key(tabId), context);
}

export async function readTabContext(tabId: number): Promise<PageContext | null> {
  const stored = await storage.getItem(key(tabId));
  const parsed = PageContext.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function forgetTabContext(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

export function registerTabContextCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabContext(tabId));
}
