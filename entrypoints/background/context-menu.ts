import { browser, type Browser } from 'wxt/browser';
import { storageValue } from '@/lib/storage/storage-item';
import { t } from '@/lib/i18n';
import { canonicalProfileUrl, contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { getDb } from '@/lib/db/db';
import { getContact } from '@/lib/db/repo/reads/pages';
import { sendToTab } from '@/lib/messaging/client';
import { logForTab, noticeToTab } from './log-for-tab';

/**
 * "Log touchpoint with <name>" on LinkedIn profile links. The content script
 * reports the link under the pointer on right-click (`profileLinkTargeted`),
 * which renames the item and remembers the name for the click.
 *
 * Firefox: that report races the menu. Firefox builds the menu on the
 * right-click's mousedown (Linux) or right after `contextmenu`, while the
 * report is still on its way (content script → background → storage →
 * `contextMenus.update`), and an item updated while its menu is open is not
 * redrawn: on a busy machine the open menu said "Log touchpoint with this
 * person" (or the previous person's name), and a click could find no stored
 * link for it. Firefox gives what Chrome lacks, so there the item does not
 * depend on the report: `menus.onShown` fires while the menu is open, with
 * the `targetElementId` of the right-clicked element, which the tab's content
 * script turns into that very element (`menus.getTargetElement`, see
 * linkedin.content/menu-target.ts); the item is renamed and `menus.refresh()`
 * redraws the open menu. `menus.onClicked` carries the same id, so the click
 * logs with the link that was right-clicked, read at that moment.
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

/** What Firefox adds to a menu event: the right-clicked element's id (for `menus.getTargetElement`). */
interface FirefoxMenuInfo {
  linkUrl?: string;
  targetElementId?: number;
}

/** Firefox's `menus` namespace (the `menus` permission, Firefox only): the parts Chrome's types lack. */
interface FirefoxMenus {
  onShown: { addListener(listener: (info: FirefoxMenuInfo & { menuIds: Array<string | number> }, tab?: Browser.tabs.Tab) => void): void };
  update(id: string, changes: { title: string }): Promise<void>;
  refresh(): Promise<void>;
}

const firefoxMenus = (): FirefoxMenus | undefined => {
  const menus = (browser as unknown as { menus?: Partial<FirefoxMenus> }).menus;
  return menus?.onShown && menus.refresh ? (menus as FirefoxMenus) : undefined;
};

/**
 * Firefox: the profile link of the element the menu was opened on, asked of
 * the tab's content script with the event's `targetElementId`; null in Chrome
 * (no id), when the tab cannot answer, or when that element is not the link
 * the menu is about (`linkUrl`).
 */
export async function linkAtMenuTarget(tabId: number, info: FirefoxMenuInfo): Promise<TargetedLink | null> {
  const profileUrl = info.linkUrl ? canonicalProfileUrl(info.linkUrl) : null;
  if (info.targetElementId === undefined || !profileUrl) return null;
  const link = await sendToTab(tabId, { type: 'getMenuTargetLink', targetElementId: info.targetElementId }).catch(() => null);
  return link?.profileUrl === profileUrl ? link : null;
}

/** Firefox: names the open menu's item after the right-clicked link (or the generic title, never another person's) and redraws it. */
export async function nameShownMenu(info: FirefoxMenuInfo & { menuIds: Array<string | number> }, tab?: Browser.tabs.Tab): Promise<void> {
  const menus = firefoxMenus();
  if (!menus || !info.menuIds.includes(MENU_ID) || tab?.id === undefined) return;
  const link = await linkAtMenuTarget(tab.id, info);
  await menus.update(MENU_ID, { title: link ? t('contextMenuLogWith', link.name) : t('contextMenuLogGeneric') });
  await menus.refresh();
}

export async function handleContextMenuClick(info: Browser.contextMenus.OnClickData & FirefoxMenuInfo, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const profileUrl = info.linkUrl ? canonicalProfileUrl(info.linkUrl) : null;
  if (!profileUrl) return noticeToTab(tab.id, t('unknownLinkPerson'));
  const known = await getContact(getDb(), contactIdFromProfileUrl(profileUrl)!);
  // Someone already in Rapport keeps their name: a link's text is often shorter ("Jane" in a mention).
  if (known) return logForTab(tab.id, { contactId: known.id }, 'message');
  // Firefox: the clicked link itself; Chrome: the one the content script reported on the right-click.
  const targeted = (await linkAtMenuTarget(tab.id, info)) ?? (await storageValue.get<TargetedLink>(key(tab.id)));
  if (targeted?.profileUrl !== profileUrl) return noticeToTab(tab.id, t('unknownLinkPerson'));
  await logForTab(tab.id, { person: { profileUrl, name: targeted.name } }, 'message');
}

export function registerContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
  firefoxMenus()?.onShown.addListener((info, tab) => void nameShownMenu(info, tab).catch(() => undefined));
  // One key per tab that ever had a link right-clicked: it goes with the tab, or storage grows all session.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTargetedLink(tabId));
}
