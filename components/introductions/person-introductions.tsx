import { useId, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import { createPersonIntroductionsStore } from '@/lib/stores/introduction-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { LiveView } from '@/components/ui/live-view';
import { EmptyState, SuccessMessage } from '@/components/ui/status-message';
import { IntroductionForm } from '@/components/introductions/introduction-form';
import { IntroductionItem } from '@/components/introductions/introduction-item';
import { useIntroductionDeletion } from '@/components/introductions/use-introduction-deletion';

/** A person's introductions (who introduced whom, made and received, newest first) and "Introduce…". */
export function PersonIntroductions({ contactId, name }: { contactId: string; name: string }) {
  const headingId = useId();
  const store = useMemo(() => createPersonIntroductionsStore(contactId), [contactId]);
  const state = useLiveQueryStore(store);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const { remove, fail, status } = useIntroductionDeletion();

  return (
    <section className="stack" aria-labelledby={headingId}>
      <div className="row contact-row-main">
        <h3 id={headingId}>{t('introductionsHeading')}</h3>
        {!adding && (
          <button
            type="button"
            onClick={() => {
              setAdding(true);
              setSaved(false);
            }}
          >
            {t('introduceButton')}
          </button>
        )}
      </div>
      {adding && (
        <IntroductionForm
          subject={{ contactId, name }}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setSaved(true);
          }}
        />
      )}
      {saved && <SuccessMessage>{t('introductionSaved')}</SuccessMessage>}
      {status}
      <LiveView state={state} failed={(message) => t('readIntroductionsFailed', message)}>
        {(introductions) =>
          introductions.length === 0 ? (
            !adding && <EmptyState>{t('introductionsPersonEmpty', name)}</EmptyState>
          ) : (
            <ul className="contact-list">
              {introductions.map((introduction) => (
                <IntroductionItem key={introduction.id} introduction={introduction} onDelete={(deleted) => void remove(deleted)} onError={fail} />
              ))}
            </ul>
          )
        }
      </LiveView>
    </section>
  );
}
