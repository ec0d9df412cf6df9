import { getDb } from '@/lib/db/db';
import { findHelpersRanked, listNeeds, listWhoKnows, type NeedPerson } from '@/lib/db/repo/reads/needs';
import { readThreeNetworks } from '@/lib/db/repo/reads/networks';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';
import type { RankedHelper } from '@/lib/relationship/rank-helpers';

/** The dashboard's live views of your needs and the three networks. */

export const createNeedsStore = () => createLiveQueryStore(() => listNeeds(getDb()));

export const createThreeNetworksStore = () => createLiveQueryStore(() => readThreeNetworks(getDb()));

/** How many people "who could help" lists for a need. */
export const NEED_HELPERS_SHOWN = 8;

export interface NeedDetailData {
  whoKnows: NeedPerson[];
  helpers: RankedHelper[];
}

/** Who knows about a need, and who could help among the others (ranked by relevance and strength). */
export const createNeedDetailStore = (needId: string, text: string) =>
  createLiveQueryStore(async (): Promise<NeedDetailData> => {
    const db = getDb();
    const whoKnows = await listWhoKnows(db, needId);
    const helpers = await findHelpersRanked(db, text, NEED_HELPERS_SHOWN, new Set(whoKnows.map(({ contact }) => contact.id)));
    return { whoKnows, helpers };
  });

/** How many people the dashboard's "who could help with…" search lists. */
export const HELPER_SEARCH_SHOWN = 20;

/** The dashboard's "who could help with…" search: the needs' ranked search, for any words. */
export const createHelperSearchStore = (query: string) => createLiveQueryStore(() => findHelpersRanked(getDb(), query, HELPER_SEARCH_SHOWN));
