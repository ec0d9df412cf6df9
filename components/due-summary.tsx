import { useState } from 'react';
import { createDueSummaryStore } from '@/lib/stores/due-summary';
import { useLiveQueryStore } from '@/components/use-live-query-store';
import { ErrorMessage, Loading } from '@/components/ui/status-message';
import { t, tCount } from '@/lib/i18n';

/** "3 people are due a touchpoint (1 overdue)", kept current as data changes. */
export function DueSummary() {
  const [store] = useState(createDueSummaryStore);
  const state = useLiveQueryStore(store);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage>{t('readContactsFailed', state.error)}</ErrorMessage>;
  const { due, overdue } = state.data;
  if (due === 0) return <p>{t('nobodyDue')}</p>;
  return <p>{[tCount('peopleDue', due), overdue > 0 ? t('overdueSuffix', overdue) : ''].join(' ').trim()}</p>;
}
