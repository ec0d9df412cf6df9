import { createBlendStore, createJobChangesStore, createLongestUntouchedStore, createTouchSummaryStore, createTriageStore } from '@/lib/stores/dashboard-store';
import { startAfterFirstScreen, startFirstScreen } from './first-reads';
import { createDueStore, dueListedInFull } from './nurture-section';
import { createComingUpStore } from './coming-up';

/**
 * Imported first by main.tsx, so it runs before React renders: the database
 * opens and the first screen's reads (the blend and triage, at the top) start
 * at once, while the page is still rendering; the other cards' reads, and step
 * 3's chunk (leverage-section.tsx), follow once those are shown. Opened at a
 * section (#due from a notification) everything starts at once.
 */
const first = [
  ['blend', createBlendStore],
  ['triage', createTriageStore],
] as const;
const rest = [
  ['due', () => createDueStore(dueListedInFull())],
  ['comingUp', createComingUpStore],
  ['jobChanges', createJobChangesStore],
  ['touchSummary', () => createTouchSummaryStore()],
  ['longest', createLongestUntouchedStore],
] as const;

if (location.hash) {
  startFirstScreen([...first, ...rest]);
} else {
  startFirstScreen(first);
  startAfterFirstScreen(rest);
}
