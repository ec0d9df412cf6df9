import { useId, useMemo, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import type { JobChange } from '@/lib/model/schema';
import { createOpenJobChangeStore } from '@/lib/stores/person-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { ErrorMessage } from '@/components/ui/status-message';
import { JobChangeDetails } from '@/components/job-change-details';
import { StarterToggle } from '@/components/starters/starter-toggle';

/**
 * "New role?": when a visited profile showed a headline or company other than
 * the one Rapport had stored (issue 8), suggests congratulating the person, which
 * logs a `congrats` touchpoint, or dismissing the suggestion. Shows nothing
 * while there is no open change. The values come from LinkedIn's page:
 * rendered as text only.
 */
export function JobChangeCard({ contactId, name }: { contactId: string; name: string }) {
  const headingId = useId();
  const store = useMemo(() => createOpenJobChangeStore(contactId), [contactId]);
  const state = useLiveQueryStore(store);
  const { busy, error, run } = useAction();
  // Said once the card has gone, so the click is confirmed where the buttons were (screen readers included).
  const [congratulated, setCongratulated] = useState(false);
  const confirmationRef = useRef<HTMLDivElement>(null);
  const change = state.status === 'ready' ? state.data : null;

  async function settle(open: JobChange, outcome: 'congratulated' | 'dismissed') {
    const settled = await run(() => sendToBackground({ type: 'settleJobChange', id: open.id, outcome }));
    if (settled) {
      setCongratulated(settled.settled === 'congratulated');
      // The card goes away with its buttons: keep the keyboard where it was, on the confirmation or the log section.
      confirmationRef.current?.focus();
    }
  }

  return (
    <>
      {state.status === 'error' && <ErrorMessage>{t('readContactsFailed', state.error)}</ErrorMessage>}
      {change && (
        <section className="card stack job-change" aria-labelledby={headingId}>
          <h3 id={headingId}>{t('jobChangeHeading')}</h3>
          <JobChangeDetails change={change} className="job-change-text" />
          <div className="row">
            <button type="button" className="primary" disabled={busy} onClick={() => void settle(change, 'congratulated')}>
              {t('jobChangeCongratulate')}
            </button>
            <button type="button" disabled={busy} onClick={() => void settle(change, 'dismissed')}>
              {t('dismiss')}
            </button>
            <StarterToggle moment="newRole" name={name} />
          </div>
          {error && <ErrorMessage>{error}</ErrorMessage>}
        </section>
      )}
      <div aria-live="polite" ref={confirmationRef} tabIndex={-1}>
        {congratulated && !change && <p className="alert success">{t('jobChangeCongratulated', name)}</p>}
      </div>
    </>
  );
}
