import { z } from 'zod/mini';
import { Id, requiredText } from '@/lib/model/schema';
import { Timestamp } from '@/lib/time/instant';
import { CalendarDay } from '@/lib/time/calendar-day';

/**
 * An open loop: something you said you would follow up on with a person
 * ("send her the pricing deck", "ask how the launch went"), due on a calendar
 * day. Written only by the background (lib/db/repo/writes/loops.ts).
 */

export const LOOP_TEXT_MAX = 280;

export const OpenLoopSchema = z.strictObject({
  id: Id,
  contactId: Id,
  text: requiredText(LOOP_TEXT_MAX),
  /** The local calendar day it is due (a day, not an instant: travel and DST never move it). */
  dueDay: CalendarDay,
  /**
   * `dueDay` while the loop is open, absent once it is done. Indexed: "open
   * loops due by today" is a range read of this index, closed loops never in it.
   */
  openDay: z.optional(CalendarDay),
  /** When Done closed it. */
  doneAt: z.optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OpenLoop = z.infer<typeof OpenLoopSchema>;

/** A new loop, as the side panel sends it. */
export const LoopDraft = z.strictObject({ contactId: Id, text: requiredText(LOOP_TEXT_MAX), dueDay: CalendarDay });
export type LoopDraft = z.infer<typeof LoopDraft>;

/** Edit or snooze (a later `dueDay`) an open loop. */
export const LoopPatch = z.strictObject({ text: z.optional(requiredText(LOOP_TEXT_MAX)), dueDay: z.optional(CalendarDay) });
export type LoopPatch = z.infer<typeof LoopPatch>;
