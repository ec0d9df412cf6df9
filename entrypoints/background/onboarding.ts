import { browser, type Browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { linkedInImportedAtItem } from '@/lib/storage/items';

/**
 * The first hour: on install, the welcome page opens (the few steps to first
 * value), and a reminder is set for the same time tomorrow to import the
 * LinkedIn export it asks for. The reminder shows only if no export has been
 * imported by then; a click opens the import (the options page).
 */

export const WELCOME_PATH = '/welcome.html';
export const EXPORT_REMINDER_ALARM = 'rapport-export-reminder';
export const EXPORT_REMINDER_NOTIFICATION = 'rapport-export-reminder';
export const EXPORT_REMINDER_DELAY_MINUTES = 24 * 60;

export async function onInstalled({ reason }: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<void> {
  if (reason !== 'install') return;
  await browser.alarms.create(EXPORT_REMINDER_ALARM, { delayInMinutes: EXPORT_REMINDER_DELAY_MINUTES });
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}

export async function onAlarm({ name }: { name: string }): Promise<void> {
  if (name !== EXPORT_REMINDER_ALARM) return;
  if ((await linkedInImportedAtItem.getValue()) !== null) return;
  await browser.notifications.create(EXPORT_REMINDER_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('exportReminderTitle'),
    message: t('exportReminderMessage'),
  });
}

export async function onNotificationClicked(id: string): Promise<void> {
  if (id !== EXPORT_REMINDER_NOTIFICATION) return;
  await browser.runtime.openOptionsPage();
  await browser.notifications.clear(id);
}

const logged =
  <A extends unknown[]>(handler: (...args: A) => Promise<void>) =>
  (...args: A) =>
    void handler(...args).catch((error: unknown) => console.error('[rapport] onboarding failed', error));

export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener(logged(onInstalled));
  browser.alarms.onAlarm.addListener(logged(onAlarm));
  browser.notifications.onClicked.addListener(logged(onNotificationClicked));
}
