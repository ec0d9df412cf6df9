import { useId, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import { createSearchStore } from '@/lib/stores/contact-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { ContactRow } from '@/components/contact-row';
import { EmptyState, ErrorMessage } from '@/components/ui/status-message';

/** Search over contacts by name, headline, company, location and tags: an index prefix query per keystroke. */
export function ContactSearch() {
  const [query, setQuery] = useState('');
  const inputId = useId();
  return (
    <section aria-label={t('searchLabel')} className="stack">
      <label htmlFor={inputId} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        onChange={(event) => {
          performance.mark('rapport:search-input');
          setQuery(event.target.value);
        }}
      />
      {query.trim() && <SearchResults query={query.trim()} />}
    </section>
  );
}

function SearchResults({ query }: { query: string }) {
  const store = useMemo(() => createSearchStore(query), [query]);
  const state = useLiveQueryStore(store);
  if (state.status === 'ready') performance.mark('rapport:search-results');
  if (state.status === 'error') return <ErrorMessage>{state.error}</ErrorMessage>;
  if (state.status === 'loading') return null;
  if (state.data.length === 0) return <EmptyState>{t('searchNoResults', query)}</EmptyState>;
  return (
    <ul className="contact-list" aria-label={t('searchResultsLabel')}>
      {state.data.map((contact) => (
        <ContactRow key={contact.id} contact={contact} />
      ))}
    </ul>
  );
}
