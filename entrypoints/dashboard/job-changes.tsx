import { useState } from 'react';
import { t } from '@/lib/i18n';
import { formatRelativeDay } from '@/lib/format';
import { sendToBackground } from '@/lib/messaging/client';
import { createJobChangesStore } from '@/lib/stores/dashboard-store';
import { firstRead } from './first-reads';
import type { JobChangeWithContact } from '@/lib/db/repo/reads/dashboard';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { EmptyState, ErrorMessage } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { dashboardReadFailed } from './section';
import { JobChangeDetails } from '@/components/job-change-details';
import { CongratulateActions } from '@/components/congratulate-actions';
import { loggedSentence } from '@/lib/contacts/labels';
import { showPageToast } from '@/lib/stores/toast-store';
import { PersonLink } from '@/components/person-link';

/** People whose headline or company changed since Rapport last saw their profile: a reason to congratulate them. */
export function JobChanges() {
  const [store] = useState(firstRead('jobChanges', createJobChangesStore));
  return (
    <LiveView state={useLiveQueryStore(store)} failed={dashboardReadFailed}>
      {(changes) => <JobChangeList changes={changes} />}
    </LiveView>
  );
}

function JobChangeList({ changes }: { changes: readonly JobChangeWithContact[] }) {
  if (changes.length === 0) return <EmptyState>{t('jobChangesEmpty')}</EmptyState>;
  return (
    <ul className="contact-list">
      {changes.map((item) => (
        <JobChangeRow key={item.change.id} item={item} />
      ))}
    </ul>
  );
}

function JobChangeRow({ item: { change, contact } }: { item: JobChangeWithContact }) {
  const { busy, error, run } = useAction();
  const settle = (outcome: 'congratulated' | 'dismissed') =>
    void run(() => sendToBackground({ type: 'settleJobChange', id: change.id, outcome })).then((settled) => {
      if (!settled) return;
      // The row goes away with its buttons: the page's toast confirms, and the keyboard stays in the card.
      if (settled.settled === 'congratulated') showPageToast({ text: loggedSentence('congrats', contact.name) });
      document.getElementById('job-changes-heading')?.focus();
    });
  return (
    <li className="contact-row stack">
      <p>
        <PersonLink contact={contact} />
        <span className="muted">
          {t('statusSeparator')}
          {formatRelativeDay(change.detectedAt)}
        </span>
      </p>
      <JobChangeDetails change={change} />
      <CongratulateActions name={contact.name} profileUrl={contact.profileUrl} memberId={contact.memberId} busy={busy} onSettle={settle} />
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </li>
  );
}
