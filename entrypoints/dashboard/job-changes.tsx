import { useState } from 'react';
import { t } from '@/lib/i18n';
import { formatRelativeDay } from '@/lib/format';
import { sendToBackground } from '@/lib/messaging/client';
import { createJobChangesStore } from '@/lib/stores/dashboard-store';
import type { JobChangeWithContact } from '@/lib/db/repo/reads/dashboard';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { EmptyState, ErrorMessage } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { dashboardReadFailed } from './section';
import { JobChangeDetails } from '@/components/job-change-details';
import { PersonLink } from '@/components/person-link';

/** People whose headline or company changed since Rapport last saw their profile: a reason to congratulate them. */
export function JobChanges() {
  const [store] = useState(createJobChangesStore);
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
      // The row goes away with its buttons: keep the keyboard in the card.
      if (settled) document.getElementById('job-changes-heading')?.focus();
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
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => settle('congratulated')} aria-label={t('congratulateLabel', contact.name)}>
          {t('congratulate')}
        </button>
        <button type="button" disabled={busy} onClick={() => settle('dismissed')} aria-label={t('dismissJobChangeLabel', contact.name)}>
          {t('dismiss')}
        </button>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </li>
  );
}
