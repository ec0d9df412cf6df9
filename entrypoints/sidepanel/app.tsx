import { useEffect, useState } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { OpenDashboardLink } from '@/components/open-dashboard-link';
import { OpenPeopleLink } from '@/components/person-link';
import { browser } from 'wxt/browser';
import { useStore } from 'zustand';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { t } from '@/lib/i18n';
import { createTabContextStore, tabIdFromQuery, type TabContextState } from '@/lib/stores/tab-context-store';
import { pageSubject } from '@/lib/contacts/page-subject';
import type { PersonRef } from '@/lib/model/commands';
import { PersonView } from '@/components/person/person-view';
import { ErrorMessage, Loading } from '@/components/ui/status-message';
import { Overview } from './overview';
import { PostAuthorView } from './post-author-view';
import { PageToast } from '@/components/ui/page-toast';
import './sidepanel.css';

// Sync's status line (last synced, waiting changes, errors, Sync now): not needed for the first paint, so a lazy chunk.
const SyncStatusLine = lazyPart(() => import('@/components/sync-status').then((module) => module.SyncStatusLine));

/**
 * The side panel follows the tab the user is looking at: the person on a
 * profile (or the author of a post, if in Rapport) with notes and history;
 * otherwise who is due, search, and the people in Rapport on the page.
 */
export function App({ search = location.search }: { search?: string }) {
  const [tabStore] = useState(() => createTabContextStore({ fixedTabId: tabIdFromQuery(search), follow: true }));
  const tab = useStore(tabStore);
  useEffect(() => tabStore.start(), [tabStore]);
  useEffect(() => void requestPersistentStorage(), []);
  return (
    <div className="sidepanel">
      <header className="row sidepanel-header">
        <h1>{t('appName')}</h1>
        <OpenDashboardLink />
        <OpenPeopleLink />
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settingsButton')}
        </button>
      </header>
      <main className="stack">
        <PanelBody tab={tab} />
      </main>
      <PageToast />
      <footer>
        <SyncStatusLine />
      </footer>
    </div>
  );
}

function PanelBody({ tab }: { tab: TabContextState }) {
  // A person picked from the page's list, for as long as the tab stays on that page.
  const [picked, setPicked] = useState<{ person: PersonRef; tabId: number | null; url: string } | null>(null);
  if (tab.status === 'loading') return <Loading label={t('lookingAtTab')} />;
  if (tab.status === 'error') {
    return (
      <>
        <ErrorMessage>{t('tabUnreadable', tab.error)}</ErrorMessage>
        <Overview context={null} />
      </>
    );
  }
  const { context, tabId } = tab;
  if (picked && context && picked.tabId === tabId && picked.url === context.url) {
    return (
      <>
        <button type="button" className="back" onClick={() => setPicked(null)}>
          {t('backToPage')}
        </button>
        <PersonView key={picked.person.profileUrl} person={picked.person} />
      </>
    );
  }
  const subject = pageSubject(context);
  if (subject?.kind === 'profile') return <PersonView key={subject.person.profileUrl} person={subject.person} />;
  const overview = <Overview context={context} knownAuthors={tab.knownAuthors} tabId={tabId} onPick={context ? (person) => setPicked({ person, tabId, url: context.url }) : undefined} />;
  if (subject?.kind === 'post') return <PostAuthorView key={subject.person.profileUrl} subject={subject} otherwise={overview} />;
  return overview;
}
