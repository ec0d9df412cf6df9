import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import type { WriteContext } from '@/lib/model/write-context';
import { refreshAllDerived } from '@/lib/db/repo/upkeep/derived';
import type { Timestamp } from '@/lib/time/instant';

/**
 * Who is due, for nudges: index range reads on `dueAt` and `overdueAt`, never a scan.
 * (The badge's capped count and the due list are in contacts.ts.)
 */

/** How many people are due at `now`, exactly. Walks the whole range, so only the once-a-day digest uses it. */
export async function countAllDue(db: AppDB, now: Timestamp): Promise<number> {
  return db.contacts.where('dueAt').belowOrEqual(now).count();
}

/** People who became overdue after `since` and by `now`, earliest first. */
export async function listNewlyOverdue(db: AppDB, since: Timestamp, now: Timestamp, limit: number): Promise<Contact[]> {
  if (since >= now) return [];
  return db.contacts.where('overdueAt').between(since, now, false, true).limit(limit).toArray();
}

/**
 * Snoozes everyone due at `context.now` until `until` (the notification's
 * "Snooze all 1 day"), recomputing their due dates in the same transaction.
 * Returns how many people were snoozed.
 */
export async function snoozeAllDue(db: AppDB, until: Timestamp, context: WriteContext): Promise<number> {
  return db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => {
    const due = await db.contacts.where('dueAt').belowOrEqual(context.now).toArray();
    if (due.length === 0 || until <= context.now) return 0;
    await db.contacts.bulkPut(due.map((contact) => ({ ...contact, snoozedUntil: until, updatedAt: context.now })));
    await refreshAllDerived(db, context, new Set(due.map((contact) => contact.id)));
    return due.length;
  });
}
