import { useState } from 'react';
import { t, tCount } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { touchpointTypeLabel } from '@/lib/contacts/labels';
import { createGivesStore } from '@/lib/stores/dashboard-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { EmptyState } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { dashboardReadFailed } from './section';
import type { TouchWithContact } from '@/lib/db/repo/reads/dashboard';
import { PersonLink } from '@/components/person-link';

/** Introductions, congratulations and other help given without expecting a return, newest first. */
export function GivesList() {
  const [store] = useState(createGivesStore);
  return (
    <LiveView state={useLiveQueryStore(store)} failed={dashboardReadFailed}>
      {(gives) => <Gives gives={gives} />}
    </LiveView>
  );
}

function Gives({ gives }: { gives: readonly TouchWithContact[] }) {
  if (gives.length === 0) return <EmptyState>{t('givesEmpty')}</EmptyState>;
  return (
    <>
      <p>{tCount('givesSummary', gives.length)}</p>
      <ul className="contact-list">
        {gives.map(({ touchpoint, contact }) => (
          <li key={touchpoint.id} className="contact-row">
            <span className="muted">{formatDate(touchpoint.at)}</span>
            {t('statusSeparator')}
            {touchpointTypeLabel(touchpoint.type)}
            {t('statusSeparator')}
            <PersonLink contact={contact} />
            {touchpoint.note && <p className="match-note">{touchpoint.note}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
