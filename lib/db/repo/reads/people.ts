import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import { sortByName } from '@/lib/people/people-filter';

/**
 * Everyone in Rapport, sorted by name, for the People page: one read of the
 * contacts table (IndexedDB's getAll), which the page then filters in memory
 * on every keystroke. A whole-table read, on purpose: the page shows and
 * filters everyone, and reading them once beats a query per filter change.
 */
export async function listPeople(db: AppDB): Promise<Contact[]> {
  return sortByName(await db.contacts.toArray());
}
