import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { DueSummary } from '@/components/due-summary';
import { TabPerson, useTabContext } from '@/components/tab-context';
import './popup.css';

export function App() {
  const tab = useTabContext();
  useEffect(() => void requestPersistentStorage(), []);
  return (
    <main className="popup stack">
      <header className="row popup-header">
        <h1>Rapport</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      <section aria-label="This page">
        <TabPerson state={tab} />
      </section>
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Due</h2>
        <DueSummary />
      </section>
    </main>
  );
}
