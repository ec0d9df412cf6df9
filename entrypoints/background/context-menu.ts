import { browser, type Browser } from 'wxt/browser';
import { storageValue } from '@/lib/storage/storage-item';
import { t } from '@/lib/i18n';
import { canonicalProfileUrl, contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { getDb } from '@/lib/db/db';
import { getContact } from '@/lib/db/repo/reads/pages';
import { logForTab, noticeToTab } from './log-for-tab';

/**
 * "Log touchpoint with <name>" on LinkedIn profile links. The content script
 * reports the link under the pointer on right-click (`profileLinkTargeted`),
 * which renames the item and remembers the name for the click.
 */
const MENU_ID = 'rapport-log-profile-link';

interface TargetedLink {
  profileUrl: string;
  name: string;
}

const PREFIX = 'targetedLink:';
const key = (tabId: number) => `session:${PREFIX}${tabId}` as const;

export async function rememberTargetedLink(tabId: number, link: TargetedLink): Promise<void> {
  await storageValue.set(key(tabId), link);
  await browser.contextMenus.update(MENU_ID, { title: t('contextMenuLogWith', link.name) }).catch(() => {
    // The menu is re-created on the next start; the click still works with the remembered name.
  });
}

/** Forgets the link a tab last reported (the tab is closed). */
export const forgetTargetedLink = (tabId: number): Promise<void> => storageValue.remove(key(tabId));

/**
 * Removes the remembered links of tabs that are no longer open: closes missed
 * while the background was not running (a Chrome service worker stopped, an
 * update) would otherwise stay in `storage.session` for the whole session.
 */
export async function pruneTargetedLinks(): Promise<void> {
  const [stored, tabs] = await Promise.all([browser.storage.session.get(null), browser.tabs.query({})]);
  const open = new Set(tabs.map((tab) => `${PREFIX}${tab.id}`));
  const stale = Object.keys(stored).filter((name) => name.startsWith(PREFIX) && !open.has(name));
  if (stale.length) await browser.storage.session.remove(stale);
}

/** Creates the menu item; idempotent (removes first), run at install, update and browser start. */
export async function createContextMenu(): Promise<void> {
  void pruneTargetedLinks().catch(() => undefined); // Housekeeping only: the menu never waits for it.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('contextMenuLogGeneric'),
    contexts: ['link'],
    documentUrlPatterns: ['https://www.linkedin.com/*'],
    targetUrlPatterns: ['https://www.linkedin.com/in/*', 'https://linkedin.com/in/*'],
  });
}

export async function handleContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const profileUrl = info.linkUrl ? canonicalProfileUrl(info.linkUrl) : null;
  if (!profileUrl) return noticeToTab(tab.id, t('unknownLinkPerson'));
  const known = await getContact(getDb(), contactIdFromProfileUrl(profileUrl)!);
  // Someone already in Rapport keeps their name: a link's text is often shorter ("Jane" in a mention).
  if (known) return logForTab(tab.id, { contactId: known.id }, 'message');
  const targeted = await storageValue.get<TargetedLink>(key(tab.id));
  if (targeted?.profileUrl !== profileUrl) return noticeToTab(tab.id, t('unknownLinkPerson'));
  await logForTab(tab.id, { person: { profileUrl, name: targeted.name } }, 'message');
}

export function registerContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
  // One key per tab that ever had a link right-clicked: it goes with the tab, or storage grows all session.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTargetedLink(tabId));
}
