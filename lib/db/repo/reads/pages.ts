import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { Contact, JobChange, Note, Touchpoint } from '@/lib/model/schema';
import { searchTokens } from '@/lib/search/search-words';
import type { Timestamp } from '@/lib/time/instant';

/**
 * The reads pages run through live queries. Kept apart from the writers
 * (which only the background runs) so page bundles don't carry them.
 */

export async function getContact(db: AppDB, id: string): Promise<Contact | undefined> {
  return db.contacts.get(id);
}

/** People due or overdue at `now`, most overdue first. An index range query, never a scan. */
export async function listDue(db: AppDB, now: Timestamp, limit = 200): Promise<Contact[]> {
  return db.contacts.where('dueAt').belowOrEqual(now).limit(limit).toArray();
}

/**
 * How many people are due (including overdue) and how many of those are
 * overdue, counting at most `cap` of each. Two index range reads of at most
 * `cap` keys: IndexedDB's count() walks the whole range in Chromium (177 ms
 * for 18,000 due contacts), while the badge only ever shows "99+".
 */
export async function countDue(db: AppDB, now: Timestamp, cap = Number.POSITIVE_INFINITY): Promise<{ due: number; overdue: number }> {
  const count = (index: 'dueAt' | 'overdueAt') => {
    const range = db.contacts.where(index).belowOrEqual(now);
    return Number.isFinite(cap) ? range.limit(cap).primaryKeys().then((keys) => keys.length) : range.count();
  };
  const [due, overdue] = await Promise.all([count('dueAt'), count('overdueAt')]);
  return { due, overdue };
}

/**
 * Contacts whose words start with every word of `query` ("jan acme" finds Jane
 * Doe at Acme). The most selective word is a prefix range on the
 * `searchWords` index; the others filter only those candidates.
 */
export async function searchContacts(db: AppDB, query: string, limit = 20): Promise<Contact[]> {
  const words = [...new Set(searchTokens(query))].sort((a, b) => b.length - a.length);
  const [first, ...rest] = words;
  if (!first) return [];
  return db.contacts
    .where('searchWords')
    .startsWith(first)
    .distinct()
    .filter((contact) => rest.every((word) => contact.searchWords?.some((candidate) => candidate.startsWith(word)) ?? false))
    .limit(limit)
    .toArray();
}

/** A contact's touchpoints, newest first. */
export async function listTouchpoints(db: AppDB, contactId: string, limit = 100): Promise<Touchpoint[]> {
  return db.touchpoints
    .where('[contactId+at]')
    .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

export async function listNotes(db: AppDB, contactId: string): Promise<Note[]> {
  const notes = await db.notes.where('contactId').equals(contactId).toArray();
  return notes.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/** The contacts among `ids` that are in Rapport, in the order given. */
export async function getContacts(db: AppDB, ids: readonly string[]): Promise<Contact[]> {
  const found = await db.contacts.bulkGet([...ids]);
  return found.filter((contact): contact is Contact => contact !== undefined);
}

/** The contact's job change still waiting for the user (neither congratulated nor dismissed), if any. */
export async function openJobChange(db: AppDB, contactId: string): Promise<JobChange | undefined> {
  const changes = await db.jobChanges.where('contactId').equals(contactId).toArray();
  return changes.find((change) => change.settled === undefined);
}
