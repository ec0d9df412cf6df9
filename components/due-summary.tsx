import { useState } from 'react';
import { createDueSummaryStore } from '@/lib/stores/due-summary';
import { useLiveQueryStore } from '@/components/use-live-query-store';
import { ErrorMessage, Loading } from '@/components/ui/status-message';

/** "3 people are due a touchpoint (1 overdue)", kept current as data changes. */
export function DueSummary() {
  const [store] = useState(createDueSummaryStore);
  const state = useLiveQueryStore(store);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage>Could not read your contacts: {state.error}</ErrorMessage>;
  const { due, overdue } = state.data;
  if (due === 0) return <p>Nobody is due a touchpoint. Nice work.</p>;
  return (
    <p>
      <strong>{due}</strong> {due === 1 ? 'person is' : 'people are'} due a touchpoint
      {overdue > 0 ? ` (${overdue} overdue)` : ''}.
    </p>
  );
}
