import { useState } from 'react';
import { t } from '@/lib/i18n';
import { createDueListStore, DUE_COUNT_CAP, DUE_LIST_LIMIT } from '@/lib/stores/contact-store';
import { formatNumber } from '@/lib/i18n';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { ContactRow } from '@/components/contact-row';
import { LiveView } from '@/components/ui/live-view';
import { CatchUpSentence, DueEmpty } from '@/components/due-outlook';
import { ThanksDue } from '@/components/thanks-due';
import { LazyDueLoops } from '@/components/loops/lazy-due-loops';

/** "Due": people due or overdue a touchpoint, most overdue first, with any catch-up in a sentence. Follows every write. */
export function DueList({ onReady }: { onReady?: () => void }) {
  const [store] = useState(() => createDueListStore(DUE_LIST_LIMIT, DUE_COUNT_CAP));
  const state = useLiveQueryStore(store);
  if (state.status === 'ready') onReady?.();
  const count = state.status === 'ready' ? state.data.due : null;
  return (
    <section aria-labelledby="due-heading" className="stack">
      <h2 id="due-heading" tabIndex={-1} data-focus-fallback="">{count ? t('dueCountHeading', count >= DUE_COUNT_CAP ? `${formatNumber(DUE_COUNT_CAP - 1)}+` : formatNumber(count)) : t('dueHeading')}</h2>
      <LazyDueLoops />
      <LiveView state={state} failed={(error) => t('readContactsFailed', error)}>
        {({ contacts, due, catchUp, empty }) => (
          <>
            <CatchUpSentence waiting={catchUp} />
            <ThanksDue />
            {contacts.length === 0 ? (
              <DueEmpty empty={empty} />
            ) : (
              <>
                <ul className="contact-list">
                  {contacts.map((contact) => (
                    <ContactRow key={contact.id} contact={contact} />
                  ))}
                </ul>
                {due > DUE_LIST_LIMIT && <p className="muted">{t('dueListTruncated', DUE_LIST_LIMIT)}</p>}
              </>
            )}
          </>
        )}
      </LiveView>
    </section>
  );
}
