import { z } from 'zod/mini';
import { CIRCLES } from '@/lib/model/enums';

/**
 * What a LinkedIn page's content script is told: only what the injected UI
 * shows (a name and where the relationship stands), never the contact's id,
 * tags, notes or anything else a page script could read from it. Built from
 * enums.ts and zod/mini only, so the content script (40 KB budget) imports the
 * very schemas the background replies with.
 */

const time = z.optional(z.string().check(z.maxLength(30)));

/** Where a person stands, for the button on their profile and the toasts. */
export const ContactStatus = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  circle: z.enum(CIRCLES),
  lastTouchAt: time,
  dueAt: time,
  overdueAt: time,
  snoozedUntil: time,
});
export type ContactStatus = z.infer<typeof ContactStatus>;

/** A log made from a page: who it was with now, and the id its Undo names (nothing if it was already logged). */
export const PageLogResult = z.strictObject({
  contact: ContactStatus,
  /** Null when the same automatic touchpoint was already logged (nothing written). */
  touchpointId: z.nullable(z.string().check(z.maxLength(200))),
});
export type PageLogResult = z.infer<typeof PageLogResult>;

/** The fields of a contact a page may see. */
export function contactStatusOf(contact: ContactStatus): ContactStatus {
  const { name, circle, lastTouchAt, dueAt, overdueAt, snoozedUntil } = contact;
  return {
    name,
    circle,
    ...(lastTouchAt === undefined ? {} : { lastTouchAt }),
    ...(dueAt === undefined ? {} : { dueAt }),
    ...(overdueAt === undefined ? {} : { overdueAt }),
    ...(snoozedUntil === undefined ? {} : { snoozedUntil }),
  };
}
