import type { AppDB } from '@/lib/db/app-db';
import { TRACKED_CIRCLES } from '@/lib/model/enums';

/** How far the user is on the way to first value, from what the database holds. */
export interface FirstStepsProgress {
  /** Someone is in a circle (Rapport has people to nudge about). */
  circled: boolean;
  /** The user logged a touch themselves (by hand, a shortcut or the in-page button). */
  logged: boolean;
}

/**
 * Two small index reads: one contact in a tracked circle (the `circle`
 * index), and the newest touchpoints by date (the `at` index). A log made by
 * the user is "now", so it is among the newest; imported touches are dated in
 * the past. Never a scan of the tables.
 */
export async function readFirstSteps(db: AppDB): Promise<FirstStepsProgress> {
  const [inCircle, newest] = await Promise.all([
    db.contacts.where('circle').anyOf([...TRACKED_CIRCLES]).limit(1).count(),
    db.touchpoints.orderBy('at').reverse().limit(20).toArray(),
  ]);
  return { circled: inCircle > 0, logged: newest.some((touchpoint) => touchpoint.source === 'manual') };
}
