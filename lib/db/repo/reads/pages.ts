import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { Contact, JobChange, Note, Touchpoint } from '@/lib/model/schema';
import { searchTokens } from '@/lib/search/search-words';

/**
 * The reads pages run through live queries (who is due is in due.ts). Kept
 * apart from the writers (which only the background runs) so page bundles
 * don't carry them.
 */

export async function getContact(db: AppDB, id: string): Promise<Contact | undefined> {
  return db.contacts.get(id);
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
