import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';

/**
 * The People page's reads, in its order (by name, then id: the `nameKey`
 * index, lib/people/name-key.ts), so nothing is sorted in the page.
 */

/** What the page shows: the people read so far, how many there are, and whether that is everyone. */
export interface PeopleSnapshot {
  people: readonly Contact[];
  total: number;
  complete: boolean;
}

/** People read per request when reading everyone: the page stays responsive between pages. */
export const PEOPLE_PAGE = 2000;

/**
 * The first `limit` people and how many there are: two index reads (a
 * bounded `getAll` on `nameKey` and a count), whatever the number of contacts.
 * What the page paints first.
 */
export async function readFirstPeople(db: AppDB, limit: number): Promise<PeopleSnapshot> {
  return db.transaction('r', db.contacts, async () => {
    const [people, total] = await Promise.all([db.contacts.orderBy('nameKey').limit(limit).toArray(), db.contacts.count()]);
    return { people, total, complete: people.length === total };
  });
}

/**
 * Everyone, in order, for filtering in memory after the first paint: read
 * from the `nameKey` index page by page (each page starts after the last
 * key of the one before; keys are unique), in one transaction so the pages
 * agree, yielding to the page between them.
 */
export async function listPeople(db: AppDB, pageSize: number = PEOPLE_PAGE): Promise<Contact[]> {
  return db.transaction('r', db.contacts, async () => {
    const people: Contact[] = [];
    for (;;) {
      const after = people.at(-1)?.nameKey;
      const page = await (after === undefined ? db.contacts.orderBy('nameKey') : db.contacts.where('nameKey').above(after)).limit(pageSize).toArray();
      for (const person of page) people.push(person);
      if (page.length < pageSize) return people;
    }
  });
}
