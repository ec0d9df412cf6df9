import { AppDB } from '@/lib/db/app-db';

let instance: AppDB | undefined;

/**
 * The extension's database. Extension pages read it (live queries); only the
 * background writes. Content scripts must never call this: their IndexedDB
 * belongs to linkedin.com.
 */
export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}

/** Closes and forgets the shared instance, so the next `getDb()` reopens it (tests, restarts). */
export function closeDb(): void {
  instance?.close();
  instance = undefined;
}
