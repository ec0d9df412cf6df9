import { getDb } from '@/lib/db/db';
import { listDoneLoops, listDueLoops, listOpenLoops } from '@/lib/db/repo/reads/loops';
import { listKeyDates, listUpcomingDates } from '@/lib/db/repo/reads/key-dates';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';
import { localTimeZone } from '@/lib/time/instant';
import { localDay } from '@/lib/time/local-day';

/** Live views of open loops and key dates. "Today" is read at each run, in the browser's zone. */

const todayNow = (now: () => number) => localDay(now(), localTimeZone());

/** Open loops due today or earlier, with their people (the due lists). */
export const createDueLoopsStore = (limit: number, now: () => number = Date.now) => createLiveQueryStore(() => listDueLoops(getDb(), todayNow(now), limit));

/** One person's open loops (the person view). */
export const createPersonLoopsStore = (contactId: string) => createLiveQueryStore(() => listOpenLoops(getDb(), contactId));

/** One person's closed loops (the person view's "Done" disclosure). */
export const createPersonDoneLoopsStore = (contactId: string) => createLiveQueryStore(() => listDoneLoops(getDb(), contactId));

/** One person's key dates (the person view). */
export const createPersonKeyDatesStore = (contactId: string) => createLiveQueryStore(() => listKeyDates(getDb(), contactId));

/** Key dates and connection anniversaries in the next `days` days (the dashboard's card). */
export const createUpcomingDatesStore = (days: number, now: () => number = Date.now) => createLiveQueryStore(() => listUpcomingDates(getDb(), todayNow(now), days));
