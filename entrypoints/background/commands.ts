import { browser, type Browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { personFromProfile } from '@/lib/contacts/person-ref';
import { readTabContext } from './tab-contexts';
import { logForTab, noticeToTab } from './log-for-tab';

/** Keyboard shortcuts (manifest `commands`). Opening the popup is the browser's own `_execute_action`. */
export async function handleCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== 'log-message') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const context = await readTabContext(tabId);
  const person = context?.profile ? personFromProfile(context.profile) : null;
  if (!person) return noticeToTab(tabId, t('noPersonInTab'));
  await logForTab(tabId, { person }, 'message');
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
}
