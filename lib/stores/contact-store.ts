import { getDb } from '@/lib/db/db';
import { countDue, getContact, listDue, searchContacts } from '@/lib/db/repo/queries';
import { readCatchUpWaiting, readDueEmptyReason } from '@/lib/db/repo/due-outlook';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';
import { toTimestamp } from '@/lib/time/instant';

/** Live views over contacts for the popup and side panel. Each follows every write, from any context. */

export const createContactStore = (id: string) => createLiveQueryStore(() => getContact(getDb(), id).then((contact) => contact ?? null));

export const DUE_LIST_LIMIT = 20;
/** Counted up to this many: beyond it the heading says "99+", like the badge. */
export const DUE_COUNT_CAP = 100;

export const createDueListStore = (now: () => number = Date.now) =>
  createLiveQueryStore(async () => {
    const at = toTimestamp(now());
    const db = getDb();
    const [contacts, counts, catchUp] = await Promise.all([listDue(db, at, DUE_LIST_LIMIT), countDue(db, at, DUE_COUNT_CAP), readCatchUpWaiting(db, at)]);
    const empty = contacts.length === 0 ? await readDueEmptyReason(db, at) : undefined;
    return { contacts, ...counts, catchUp, empty };
  });

export const createSearchStore = (query: string) => createLiveQueryStore(() => searchContacts(getDb(), query, 20));
