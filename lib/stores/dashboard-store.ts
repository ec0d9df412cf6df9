import { getDb } from '@/lib/db/db';
import {
  listAsks,
  listGives,
  listLongestUntouched,
  listOpenJobChangesWithContacts,
  listUnclassified,
  countSkippedUnclassified,
  readBlend,
  readTouchSummary,
} from '@/lib/db/repo/reads/dashboard';
import { weekStarts } from '@/lib/time/zoned';
import { WEEKS_SHOWN } from '@/lib/model/touch-day';
import { summarizeAsks } from '@/lib/dashboard/asks';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';
import { localTimeZone } from '@/lib/time/instant';

/** Live views for the dashboard's sections: each section has its own, so one slow figure never holds back the rest. */

export const DASHBOARD_LIST_LIMIT = 10;
/**
 * Counted up to this many (shown as "999+" beyond, as the badge shows "99+"):
 * counting reads one index key per person due, and a long-neglected network
 * can have thousands.
 */
export const DASHBOARD_DUE_CAP = 1000;

export const createBlendStore = () => createLiveQueryStore(() => readBlend(getDb()));

export const TRIAGE_BATCH = 20;
/** The next people to classify; once there are none, how many were skipped (the skipped are counted only then). */
export const createTriageStore = () =>
  createLiveQueryStore(async () => {
    const db = getDb();
    const people = await listUnclassified(db, TRIAGE_BATCH);
    return { people, skipped: people.length === 0 ? await countSkippedUnclassified(db) : 0 };
  });

/** How many of the people due the dashboard lists once "Show all" is pressed (or it was opened at #due, from a notification). */
export const DASHBOARD_DUE_LIST_MAX = 200;

export const createTouchSummaryStore = (now: () => number = Date.now, timeZone: string = localTimeZone()) =>
  createLiveQueryStore(() => readTouchSummary(getDb(), weekStarts(now(), timeZone, WEEKS_SHOWN), timeZone));

export const createLongestUntouchedStore = () => createLiveQueryStore(() => listLongestUntouched(getDb(), DASHBOARD_LIST_LIMIT));

export const createJobChangesStore = () => createLiveQueryStore(() => listOpenJobChangesWithContacts(getDb()));

export const ASKS_LISTED = 50;

/** The most recent asks, and whether there are older ones (one more is read to know). */
export const createAsksStore = () =>
  createLiveQueryStore(async () => {
    const asks = await listAsks(getDb(), ASKS_LISTED + 1);
    const latest = asks.slice(0, ASKS_LISTED);
    return { latest, outcomes: summarizeAsks(latest.map(({ touchpoint }) => touchpoint)), older: asks.length > ASKS_LISTED };
  });

export const createGivesStore = () => createLiveQueryStore(() => listGives(getDb(), 20));

