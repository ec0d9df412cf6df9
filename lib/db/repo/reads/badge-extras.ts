import type { AppDB } from '@/lib/db/app-db';
import type { CalendarDay } from '@/lib/time/calendar-day';
import { dueLoopContactIds } from '@/lib/db/repo/reads/loops';
import { thanksDueContactIds } from '@/lib/db/repo/reads/thanks-due';

/** The badge's people beyond those due a touchpoint. */
export interface BadgeExtras {
  /** People with an open loop due by today. */
  withLoops: number;
  /** People owed a thank-you (a helped ask not yet thanked). */
  withThanks: number;
  /** People with either who are not due a touchpoint already: added to the due count, each once. */
  extraOnly: number;
}

/**
 * Who else the badge counts (docs/nudges.md, "The badge"): people with a
 * follow-up due by `today` (the `loops.openDay` index, at most `cap` loops)
 * and people owed a thank-you (the `[type+at]` index over asks), each person
 * once, and not again when already due a touchpoint at `now`. Their contacts
 * are read by key; someone deleted meanwhile is not counted.
 */
export async function countBadgeExtras(db: AppDB, today: CalendarDay, now: string, cap: number): Promise<BadgeExtras> {
  return db.transaction('r', db.loops, db.touchpoints, db.contacts, async () => {
    const [loopIds, thanksIds] = await Promise.all([dueLoopContactIds(db, today, cap), thanksDueContactIds(db, cap)]);
    const ids = [...new Set([...loopIds, ...thanksIds])];
    const contacts = await db.contacts.bulkGet(ids);
    const present = new Set(contacts.filter((contact) => contact !== undefined).map((contact) => contact.id));
    const extraOnly = contacts.filter((contact) => contact !== undefined && !(contact.dueAt !== undefined && contact.dueAt <= now)).length;
    return {
      withLoops: loopIds.filter((id) => present.has(id)).length,
      withThanks: thanksIds.filter((id) => present.has(id)).length,
      extraOnly,
    };
  });
}
