import { browser, type Browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { personFromProfile } from '@/lib/contacts/person-ref';
import { readCurrentTabContext } from './tab-contexts';
import { openSidePanel } from '@/lib/browser/side-panel';
import { logForTab, noticeToTab } from './log-for-tab';

/**
 * Keyboard shortcuts (manifest `commands`). Opening the popup is the browser's
 * own `_execute_action`; Firefox opens the sidebar with its own `_execute_sidebar_action`.
 */
export async function handleCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  // Chrome opens a side panel only inside the shortcut's user gesture: nothing may be awaited first.
  if (command === 'open-side-panel') return openSidePanel(tab?.windowId).catch((error: unknown) => console.warn('[rapport] could not open the side panel:', error));
  if (command !== 'log-message') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // What the tab shows now: never the person of a page it has left.
  const context = await readCurrentTabContext(tabId);
  const person = context?.profile ? personFromProfile(context.profile) : null;
  if (!person) return noticeToTab(tabId, t('noPersonInTab'));
  await logForTab(tabId, { person }, 'message');
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
}
