import { useDeferredValue, useId, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import { circleLabel, kindLabel } from '@/lib/contacts/labels';
import { createHelpersStore } from '@/lib/stores/dashboard-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { EmptyState } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { dashboardReadFailed } from './section';
import type { HelperMatch } from '@/lib/db/repo/reads/dashboard';
import { PersonLink } from '@/components/person-link';
import { QuickLog } from '@/components/quick-log';

/** "Who could help with…": people whose headline, company, tags or your notes about them match. */
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
  const store = useMemo(() => createHelpersStore(query), [query]);
  return (
    <LiveView state={useLiveQueryStore(store)} failed={dashboardReadFailed}>
      {(helpers) => <HelperList query={query} helpers={helpers} />}
    </LiveView>
  );
}

function HelperList({ query, helpers }: { query: string; helpers: readonly HelperMatch[] }) {
  if (helpers.length === 0) return <EmptyState>{t('helperSearchNoResults', query)}</EmptyState>;
  return (
    <ul className="contact-list" aria-label={t('helperResultsLabel', query)}>
      {helpers.map(({ contact, note }) => (
        <HelperRow key={contact.id} contact={contact} note={note} />
      ))}
    </ul>
  );
}

/** One person who could help, with **Ask…**: the logger, as an ask, with the note (what you are asking for) focused. */
function HelperRow({ contact, note }: HelperMatch) {
  const [asking, setAsking] = useState(false);
  return (
    <li className="contact-row stack">
      <div className="row contact-row-main">
        <div className="contact-row-text">
          <PersonLink contact={contact} />
          <span className="muted">
            {t('statusSeparator')}
            {circleLabel(contact.circle)}
            {contact.kind && t('statusSeparator')}
            {contact.kind && kindLabel(contact.kind)}
          </span>
          {contact.headline && <p className="muted">{contact.headline}</p>}
          {contact.tags.length > 0 && <p className="muted">{t('tagsList', contact.tags.join(t('listSeparator')))}</p>}
          {note && (
            <blockquote className="match-note" aria-label={t('matchingNoteLabel')}>
              {note}
            </blockquote>
          )}
        </div>
        <button type="button" aria-expanded={asking} aria-label={t('askHelperLabel', contact.name)} onClick={() => setAsking((open) => !open)}>
          {t('askHelper')}
        </button>
      </div>
      {asking && (
        <QuickLog type="ask" focusNote noteLabel={t('askNoteLabel')} subject={{ target: { contactId: contact.id }, name: contact.name, relationship: contact }} />
      )}
    </li>
  );
}
