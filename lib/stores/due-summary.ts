import { getDb } from '@/lib/db/db';
import { countDue } from '@/lib/db/repo/contacts';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';
import { toTimestamp } from '@/lib/time';

/** How many people are due and overdue right now, following every write. */
export function createDueSummaryStore(now: () => number = Date.now) {
  return createLiveQueryStore(() => countDue(getDb(), toTimestamp(now())));
}
