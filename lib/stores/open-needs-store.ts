import { getDb } from '@/lib/db/db';
import { listOpenNeeds } from '@/lib/db/repo/reads/needs';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';

/** Your open needs, for the logger's need picker (its own file: the popup carries it). */
export const createOpenNeedsStore = () => createLiveQueryStore(() => listOpenNeeds(getDb()));
