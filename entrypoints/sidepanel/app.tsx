import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { t } from '@/lib/i18n';
import { createTabContextStore, tabIdFromQuery } from '@/lib/stores/tab-context-store';
import { ThisPage } from '@/components/this-page';
import { DueList } from '@/components/due-list';
import { ContactSearch } from '@/components/contact-search';
import './sidepanel.css';

/** The side panel follows the active tab: the person it shows, else search and who is due. */
export function App({ search = location.search }: { search?: string }) {
  const [tabStore] = useState(() => createTabContextStore({ fixedTabId: tabIdFromQuery(search), follow: true }));
  const tab = useStore(tabStore);
  useEffect(() => tabStore.start(), [tabStore]);
  useEffect(() => void requestPersistentStorage(), []);
  return (
    <main className="sidepanel stack">
      <h1>{t('appName')}</h1>
      <ThisPage state={tab} />
      <ContactSearch />
      <DueList />
    </main>
  );
}
