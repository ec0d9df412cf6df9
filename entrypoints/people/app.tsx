import { useCallback, useEffect, useMemo, useState } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { createPeopleStore } from '@/lib/stores/people-store';
import type { PeopleSnapshot } from '@/lib/db/repo/reads/people';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { LiveView } from '@/components/ui/live-view';
import { Loading } from '@/components/ui/status-message';
import { OpenDashboardLink } from '@/components/open-dashboard-link';
import { PeopleBrowser } from './people-browser';
import './people.css';

// The person view (notes, timeline, logging) loads when a person is opened: the table paints without it.
const PersonPage = lazyPart(() => import('./person-page').then((module) => module.PersonPage), { fallback: <Loading /> });

const personFrom = (search: string) => new URLSearchParams(search).get('person');

/**
 * The People page: everyone in Rapport in one table, and (at `?person=<id>`)
 * Rapport's own view of one person. Opening a person from the table keeps
 * the table mounted underneath, so Back returns to the same filters.
 */
export function App({ search = location.search, first }: { search?: string; first?: Promise<PeopleSnapshot | null> }) {
  const [store] = useState(() => createPeopleStore({ first }));
  const state = useLiveQueryStore(store);
  const [personId, setPersonId] = useState(() => personFrom(search));
  useEffect(() => void requestPersistentStorage(), []);
  useEffect(() => {
    const onPop = () => setPersonId(personFrom(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const open = useCallback((id: string) => {
    history.pushState(null, '', `?person=${encodeURIComponent(id)}`);
    setPersonId(id);
  }, []);
  const back = useCallback(() => {
    history.pushState(null, '', location.pathname);
    setPersonId(null);
    // Back at the table, where the person was opened from.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.people-grid')?.focus());
  }, []);
  const failed = useMemo(() => (error: string) => t('readContactsFailed', error), []);

  return (
    <div className="people-page">
      <header className="row people-header">
        <h1>{t('peopleTitle')}</h1>
        <nav className="row" aria-label={t('peopleNavLabel')}>
          <OpenDashboardLink />
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('settingsButton')}
          </button>
        </nav>
      </header>
      <main className="stack">
        {personId && (
          <PersonPage contactId={personId} onBack={back} />
        )}
        <div hidden={personId !== null}>
          <LiveView state={state} failed={failed}>
            {(snapshot) => <PeopleBrowser snapshot={snapshot} onOpen={open} />}
          </LiveView>
        </div>
      </main>
    </div>
  );
}
