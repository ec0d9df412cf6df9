import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

export const DASHBOARD_PATH = '/dashboard.html';

/**
 * Opens the dashboard in a tab. A link (so it is announced and keyboard
 * operable as one, and middle-click works); the click goes through
 * `tabs.create` because links in a popup or side panel would open in it.
 */
export function OpenDashboardLink({ hash = '' }: { hash?: string }) {
  const url = browser.runtime.getURL(DASHBOARD_PATH) + hash;
  return (
    <a
      href={url}
      target="_blank"
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        void browser.tabs.create({ url });
      }}
    >
      {t('openDashboard')}
    </a>
  );
}
