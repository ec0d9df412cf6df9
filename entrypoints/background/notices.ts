import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/** One id: a new notice replaces the previous one instead of piling up. */
export const NOTICE_NOTIFICATION = 'rapport-notice';

/**
 * Confirms an action the user took away from a Rapport page (a shortcut, the
 * context menu) when no page can show it: a log must never be silent.
 */
export async function showNotice(text: string): Promise<void> {
  await browser.notifications
    .create(NOTICE_NOTIFICATION, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: t('appName'), message: text })
    .catch((error: unknown) => console.warn('[rapport] could not show a notice:', error));
}
