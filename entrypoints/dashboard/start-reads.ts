import { createBlendStore, createJobChangesStore, createLongestUntouchedStore, createTouchSummaryStore, createTriageStore } from '@/lib/stores/dashboard-store';
import { startFirstRead } from './first-reads';
import { createDueStore, dueListedInFull } from './nurture-section';
import { createComingUpStore } from './coming-up';
import { prefetchDueLoops } from '@/components/loops/lazy-due-loops';
import { prefetchLeverageCards } from './leverage-section';

/**
 * Imported first by main.tsx, so it runs before React renders: the database
 * opens and every card's first read starts at once, the first screen's (blend
 * and triage) first, while the page is still rendering; the below-the-fold
 * cards' chunk loads alongside.
 */
startFirstRead('blend', createBlendStore);
startFirstRead('triage', createTriageStore);
startFirstRead('due', () => createDueStore(dueListedInFull()));
startFirstRead('comingUp', createComingUpStore);
startFirstRead('jobChanges', createJobChangesStore);
startFirstRead('touchSummary', () => createTouchSummaryStore());
startFirstRead('longest', createLongestUntouchedStore);
prefetchDueLoops();
prefetchLeverageCards();
