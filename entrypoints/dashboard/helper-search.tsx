import { useDeferredValue, useId, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import { createHelperSearchStore } from '@/lib/stores/needs-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { EmptyState } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { dashboardReadFailed } from './section';
import type { RankedHelper } from '@/lib/relationship/rank-helpers';
import { HelperRow } from './helper-row';

/**
 * "Who could help with…": the same ranked search as a need's (headlines,
 * companies, tags and your notes, by relevance and relationship strength), each
 * person with why in words.
 */
export function HelperSearch() {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const inputId = useId();
  return (
    <div className="stack">
      <label htmlFor={inputId}>{t('helperSearchLabel')}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={t('helperSearchPlaceholder')}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
      />
      {deferred && <HelperResults query={deferred} />}
    </div>
  );
}

function HelperResults({ query }: { query: string }) {
  const store = useMemo(() => createHelperSearchStore(query), [query]);
  return (
    <LiveView state={useLiveQueryStore(store)} failed={dashboardReadFailed}>
      {(helpers) => <HelperList query={query} helpers={helpers} />}
    </LiveView>
  );
}

export function HelperList({ query, helpers }: { query: string; helpers: readonly RankedHelper[] }) {
  if (helpers.length === 0) return <EmptyState>{t('helperSearchNoResults', query)}</EmptyState>;
  return (
    <ul className="contact-list" aria-label={t('helperResultsLabel', query)}>
      {helpers.map((helper) => (
        <HelperRow key={helper.contact.id} helper={helper} />
      ))}
    </ul>
  );
}
