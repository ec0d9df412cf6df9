import { useId, useMemo, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import type { JobChange } from '@/lib/model/schema';
import { createOpenJobChangeStore } from '@/lib/stores/person-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { ErrorMessage } from '@/components/ui/status-message';
import { JobChangeDetails } from '@/components/job-change-details';
import { CongratulateActions } from '@/components/congratulate-actions';
import { loggedSentence } from '@/lib/contacts/labels';
import { showPageToast } from '@/lib/stores/toast-store';
import { StarterToggle } from '@/components/starters/starter-toggle';

/**
 * "New role?": when a visited profile showed a headline or company other than
 * the one Rapport had stored (issue 8), suggests congratulating the person
 * (opening LinkedIn to write to them, and logging a `congrats` touchpoint),
 * marking them congratulated, or dismissing the suggestion. Shows nothing
 * while there is no open change. The values come from LinkedIn's page:
 * rendered as text only.
 */
export function JobChangeCard({ contactId, name, profileUrl, memberId }: { contactId: string; name: string; profileUrl: string; memberId?: string | undefined }) {
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
      // Also in the page's toast: Congratulate opens a LinkedIn tab (composer or profile), and the side panel follows that tab.
      if (settled.settled === 'congratulated') showPageToast({ text: loggedSentence('congrats', name) });
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
            <CongratulateActions name={name} profileUrl={profileUrl} memberId={memberId} busy={busy} onSettle={(outcome) => void settle(change, outcome)} />
            <StarterToggle moment="newRole" name={name} />
          </div>
          {error && <ErrorMessage>{error}</ErrorMessage>}
        </section>
      )}
      <div aria-live="polite" ref={confirmationRef} tabIndex={-1}>
        {congratulated && !change && <p className="alert success">{loggedSentence('congrats', name)}</p>}
      </div>
    </>
  );
}
