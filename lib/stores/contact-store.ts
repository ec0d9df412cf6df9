import { readFirstSteps } from '@/lib/db/repo/reads/first-steps';
import { listThanksDue } from '@/lib/db/repo/reads/thanks-due';
import { getDb } from '@/lib/db/db';
import { getContact, searchContacts } from '@/lib/db/repo/reads/pages';
import { countDue, listDue } from '@/lib/db/repo/reads/due';
import { readCatchUpWaiting, readDueEmptyReason } from '@/lib/db/repo/reads/due-outlook';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';
import { toTimestamp } from '@/lib/time/instant';

/** Live views over contacts for the popup and side panel. Each follows every write, from any context. */

export const createContactStore = (id: string) => createLiveQueryStore(() => getContact(getDb(), id).then((contact) => contact ?? null));

export const DUE_LIST_LIMIT = 20;
/** Counted up to this many: beyond it the heading says "99+", like the badge. */
export const DUE_COUNT_CAP = 100;

/**
 * The first `limit` people due, most overdue first, with how many are due and
 * overdue counted up to `countCap`. The popup and side panel list
 * {@link DUE_LIST_LIMIT}; the dashboard lists its own number and counts further.
 */
export const createDueListStore = (limit: number, countCap: number, now: () => number = Date.now) =>
  createLiveQueryStore(async () => {
    const at = toTimestamp(now());
    const db = getDb();
    const [contacts, counts, catchUp] = await Promise.all([listDue(db, at, limit), countDue(db, at, countCap), readCatchUpWaiting(db, at)]);
    const empty = contacts.length === 0 ? await readDueEmptyReason(db, at) : undefined;
    return { contacts, ...counts, catchUp, empty };
  });

export const createSearchStore = (query: string) => createLiveQueryStore(() => searchContacts(getDb(), query, 20));
export type { DueEmptyReason } from '@/lib/db/repo/reads/due-outlook';

/** Thank-yous due: helped asks not yet thanked (lib/db/repo/reads/thanks-due.ts). */
export const createThanksDueStore = () => createLiveQueryStore(() => listThanksDue(getDb()));
export type { ThanksDue as ThanksDueItem } from '@/lib/db/repo/reads/thanks-due';

/** The popup's first steps that the database can tell (lib/db/repo/reads/first-steps.ts). */
export const createFirstStepsStore = () => createLiveQueryStore(() => readFirstSteps(getDb()));
