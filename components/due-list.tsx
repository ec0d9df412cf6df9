import { useState } from 'react';
import { t } from '@/lib/i18n';
import { createDueListStore, DUE_COUNT_CAP, DUE_LIST_LIMIT } from '@/lib/stores/contact-store';
import { formatNumber } from '@/lib/i18n';
import { useLiveQueryStore } from '@/components/use-live-query-store';
import { ContactRow } from '@/components/contact-row';
import { ErrorMessage, Loading } from '@/components/ui/status-message';
import { CatchUpSentence, DueEmpty } from '@/components/due-outlook';

/** "Due": people due or overdue a touchpoint, most overdue first, with any catch-up in a sentence. Follows every write. */
export function DueList({ onReady }: { onReady?: () => void }) {
  const [store] = useState(() => createDueListStore());
  const state = useLiveQueryStore(store);
  if (state.status === 'ready') onReady?.();
  const count = state.status === 'ready' ? state.data.due : null;
  return (
    <section aria-labelledby="due-heading" className="stack">
      <h2 id="due-heading">{count ? t('dueCountHeading', count >= DUE_COUNT_CAP ? `${formatNumber(DUE_COUNT_CAP - 1)}+` : formatNumber(count)) : t('dueHeading')}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorMessage>{t('readContactsFailed', state.error)}</ErrorMessage>}
      {state.status === 'ready' && <CatchUpSentence waiting={state.data.catchUp} />}
      {state.status === 'ready' && state.data.contacts.length === 0 && <DueEmpty empty={state.data.empty} />}
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
