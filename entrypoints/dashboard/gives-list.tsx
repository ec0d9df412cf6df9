import { useState } from 'react';
import { t, tCount } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { touchpointTypeLabel } from '@/lib/contacts/labels';
import { createGivesStore } from '@/lib/stores/dashboard-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { EmptyState, ErrorMessage, Loading } from '@/components/ui/status-message';

/** Introductions, congratulations and other help given without expecting a return, newest first. */
export function GivesList() {
  const [store] = useState(createGivesStore);
  const state = useLiveQueryStore(store);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage>{t('dashboardReadFailed', state.error)}</ErrorMessage>;
  if (state.data.length === 0) return <EmptyState>{t('givesEmpty')}</EmptyState>;
  return (
    <>
      <p>{tCount('givesSummary', state.data.length)}</p>
      <ul className="contact-list">
        {state.data.map(({ touchpoint, contact }) => (
          <li key={touchpoint.id} className="contact-row">
            <span className="muted">{formatDate(touchpoint.at)}</span>
            {t('statusSeparator')}
            {touchpointTypeLabel(touchpoint.type)}
            {t('statusSeparator')}
            <a href={contact.profileUrl} target="_blank" rel="noreferrer">
              {contact.name}
            </a>
            {touchpoint.note && <p className="match-note">{touchpoint.note}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
