import { DB_NAME } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import type { PeopleSnapshot } from '@/lib/db/repo/reads/people';

/**
 * The People page's first screen (the first `limit` people by `nameKey` and
 * how many there are, as `readFirstPeople`) straight from IndexedDB, without
 * Dexie: the page starts it as its script starts, so the read runs while
 * React, the strings and Dexie's schema are being set up instead of after.
 *
 * It only reads: the database is opened at whatever version it has, never
 * created or upgraded (that is Dexie's, in the background). It answers null
 * when it cannot answer, and the caller then reads through Dexie as before:
 * no database yet (the opening is aborted, so none is created), one from
 * before the `nameKey` index (schema v13), or any error (Dexie then reports
 * it in words). The connection is closed once read, and at once if another
 * connection needs to upgrade the database.
 */
export function readFirstPeopleDirect(limit: number, { name = DB_NAME, factory = globalThis.indexedDB } = {}): Promise<PeopleSnapshot | null> {
  return new Promise((resolve) => {
    if (!factory) return resolve(null);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(null);
    }
    // Only a database that does not exist yet gets an upgrade here: abort it, so none is created.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains('contacts')) throw new Error('no contacts store');
        const transaction = db.transaction('contacts', 'readonly');
        const contacts = transaction.objectStore('contacts');
        if (!contacts.indexNames.contains('nameKey')) throw new Error('no nameKey index');
        const first = contacts.index('nameKey').getAll(null, limit);
        const count = contacts.count();
        transaction.oncomplete = () => {
          db.close();
          const people = first.result as Contact[];
          resolve({ people, total: count.result, complete: people.length === count.result });
        };
        transaction.onabort = transaction.onerror = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}
