import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { t } from '@/lib/i18n';
import { DueSummary } from '@/components/due-summary';
import { TabPerson, useTabContext } from '@/components/tab-context';
import './popup.css';

export function App() {
  const tab = useTabContext();
  useEffect(() => void requestPersistentStorage(), []);
  return (
    <main className="popup stack">
      <header className="row popup-header">
        <h1>{t('appName')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settingsButton')}
        </button>
      </header>
      <section aria-label={t('thisPageLabel')}>
        <TabPerson state={tab} />
      </section>
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">{t('dueHeading')}</h2>
        <DueSummary />
      </section>
    </main>
  );
}
