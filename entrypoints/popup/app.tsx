import { useEffect, useState } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { OpenDashboardLink } from '@/components/open-dashboard-link';
import { OpenPeopleLink } from '@/components/person-link';
import { browser } from 'wxt/browser';
import { useStore } from 'zustand';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { t } from '@/lib/i18n';
import { createTabContextStore, tabIdFromQuery } from '@/lib/stores/tab-context-store';
import { ThisPage } from '@/components/this-page';
import { DueList } from '@/components/due-list';
import { ContactSearch } from '@/components/contact-search';
import { OpenSidePanelButton } from './open-side-panel-button';
import { PageToast } from '@/components/ui/page-toast';
import { showsPagePosts } from '@/lib/contacts/post-pages';
import { LazyPagePosts } from '@/components/lazy-page-posts';
import './popup.css';

// Not needed for the first paint (the popup's size budget): the checklist and the shortcuts load after it.
// Shown the moment they arrive (lazyPart, not React.lazy: see components/ui/lazy-part.tsx); a footer that cannot load stands aside.
const FirstSteps = lazyPart(() => import('./first-steps').then((module) => module.default));
const ShortcutsFooter = lazyPart(() => import('./first-steps').then((module) => module.ShortcutsFooter), { failed: () => null });
// Sync's status line (last synced, waiting changes, errors, Sync now): not needed for the first paint, so a lazy chunk.
const SyncStatusLine = lazyPart(() => import('@/components/sync-status').then((module) => module.SyncStatusLine));

/** The popup: this page's person or post, search, and who is due. */
export function App({ search = location.search }: { search?: string }) {
  const [tabStore] = useState(() => createTabContextStore({ fixedTabId: tabIdFromQuery(search), follow: false }));
  const tab = useStore(tabStore);
  useEffect(() => tabStore.start(), [tabStore]);
  useEffect(() => void requestPersistentStorage(), []);
  useEffect(() => {
    if (tab.status !== 'loading') performance.mark('rapport:popup-tab-ready');
  }, [tab.status]);
  return (
    <main className="popup stack">
      <header className="row popup-header">
        <h1>{t('appName')}</h1>
        <div className="row">
          <OpenDashboardLink />
          <OpenPeopleLink />
          <OpenSidePanelButton />
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('settingsButton')}
          </button>
        </div>
      </header>
      <FirstSteps />
      <ThisPage state={tab} />
      {tab.status === 'ready' && showsPagePosts(tab.context) && <LazyPagePosts context={tab.context} tabId={tab.tabId} knownAuthors={tab.knownAuthors} />}
      <ContactSearch />
      <DueList onReady={() => performance.mark('rapport:popup-due-ready')} />
      <ShortcutsFooter />
      <PageToast />
      <footer>
        <SyncStatusLine />
      </footer>
    </main>
  );
}
