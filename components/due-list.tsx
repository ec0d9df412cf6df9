import { useState } from 'react';
import { t } from '@/lib/i18n';
import { createDueListStore, DUE_COUNT_CAP, DUE_LIST_LIMIT } from '@/lib/stores/contact-store';
import { formatNumber } from '@/lib/i18n';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { ContactRow } from '@/components/contact-row';
import { EmptyState, ErrorMessage, Loading } from '@/components/ui/status-message';

/** "Due": people due or overdue a touchpoint, most overdue first. Follows every write. */
export function DueList({ onReady }: { onReady?: () => void }) {
  const [store] = useState(() => createDueListStore(DUE_LIST_LIMIT, DUE_COUNT_CAP));
  const state = useLiveQueryStore(store);
  if (state.status === 'ready') onReady?.();
  const count = state.status === 'ready' ? state.data.due : null;
  return (
    <section aria-labelledby="due-heading" className="stack">
      <h2 id="due-heading">{count ? t('dueCountHeading', count >= DUE_COUNT_CAP ? `${formatNumber(DUE_COUNT_CAP - 1)}+` : formatNumber(count)) : t('dueHeading')}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorMessage>{t('readContactsFailed', state.error)}</ErrorMessage>}
      {state.status === 'ready' && state.data.contacts.length === 0 && <EmptyState>{t('nobodyDue')}</EmptyState>}
      {state.status === 'ready' && state.data.contacts.length > 0 && (
        <>
          <ul className="contact-list">
            {state.data.contacts.map((contact) => (
              <ContactRow key={contact.id} contact={contact} />
            ))}
          </ul>
          {state.data.due > DUE_LIST_LIMIT && <p className="muted">{t('dueListTruncated', DUE_LIST_LIMIT)}</p>}
        </>
      )}
    </section>
  );
}
