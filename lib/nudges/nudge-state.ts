import { z } from 'zod/mini';
import { Id } from '@/lib/model/schema';
import { Timestamp } from '@/lib/time/instant';

/**
 * What the nudges have already done, kept in `browser.storage.local` (never
 * only in the service worker, which may be stopped at any moment). Every run
 * recomputes from this and the stored contacts, so sleep, restarts and missed
 * alarms can neither lose nor repeat a notification.
 */
const LocalDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const NudgeState = z.strictObject({
  /** The local day of the last digest (or of the last digest time that found nobody to name). */
  lastDigestDay: z.optional(LocalDay),
  /** Contacts that became overdue up to this instant have had their chance of an individual nudge. */
  overdueCheckedAt: z.optional(Timestamp),
  /** The people named in a notification on `notifiedDay`: nobody is named twice in one day. */
  notifiedDay: z.optional(LocalDay),
  notifiedIds: z.array(Id).check(z.maxLength(2000)),
});
export type NudgeState = z.infer<typeof NudgeState>;

export const EMPTY_NUDGE_STATE: NudgeState = { notifiedIds: [] };

export const NUDGE_STATE_VERSION = 1;
