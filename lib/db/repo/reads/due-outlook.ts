import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import { DAY_MS, toTimestamp, type Timestamp } from '@/lib/time/instant';

/**
 * What a due list says besides its rows: why it is empty (nobody in Rapport,
 * nobody in a circle, or all caught up and who is next), and who waits in a
 * catch-up. Index reads only; pages run it through live queries.
 */

export type DueEmptyReason =
  | { reason: 'nobodyInRapport' }
  | { reason: 'nobodyInCircles' }
  | { reason: 'caughtUp'; next?: Contact | undefined };

/** Why nobody is due at `now`. Call only when nobody is. */
export async function readDueEmptyReason(db: AppDB, now: Timestamp): Promise<DueEmptyReason> {
  const [anyone] = await db.contacts.limit(1).primaryKeys();
  if (anyone === undefined) return { reason: 'nobodyInRapport' };
  const [tracked] = await db.contacts.where('circle').notEqual('untracked').limit(1).primaryKeys();
  if (tracked === undefined) return { reason: 'nobodyInCircles' };
  return { reason: 'caughtUp', next: await db.contacts.where('dueAt').above(now).first() };
}

/**
 * Everyone in a catch-up whose day is today or later (read from a day before
 * `now`, so every time zone's today is in; the summary keeps the local days),
 * for lib/cadence/catch-up-summary.ts.
 */
export async function readCatchUpWaiting(db: AppDB, now: Timestamp): Promise<Contact[]> {
  return db.contacts.where('catchUpAt').aboveOrEqual(toTimestamp(Date.parse(now) - DAY_MS)).toArray();
}
