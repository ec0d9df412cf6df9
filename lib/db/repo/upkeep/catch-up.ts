import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import type { WriteContext } from '@/lib/model/write-context';
import { assignCatchUpSlots, CATCH_UP_CIRCLES } from '@/lib/cadence/catch-up';
import type { Timestamp } from '@/lib/time/instant';

/**
 * Who joins the catch-up: someone a write makes due at once who was not due
 * before it: entering a circle with a last touch months ago, an import
 * bringing such a touch, a shorter cadence, the rule change of schema v6.
 * Someone already due stays due (nothing is taken away), and a touch undone
 * is never a reason (callers pass only the writes above).
 */
export function joinsCatchUp(before: Pick<Contact, 'dueAt'> | undefined, after: Contact, now: Timestamp): boolean {
  return (
    CATCH_UP_CIRCLES.has(after.circle) &&
    after.catchUpAt === undefined &&
    after.dueAt !== undefined &&
    after.dueAt <= now &&
    (before?.dueAt === undefined || before.dueAt > now)
  );
}

/**
 * Gives each of `joining` (contacts with derived fields, see
 * {@link joinsCatchUp}) a day in the catch-up, longest quiet first, after the
 * days already taken. Returns them with `catchUpAt` set, for the caller to
 * derive again (derived.ts) and store. Call inside a transaction over contacts.
 */
export async function giveCatchUpDays(db: AppDB, joining: readonly Contact[], context: WriteContext): Promise<Contact[]> {
  if (joining.length === 0) return [];
  const taken = (await db.contacts.orderBy('catchUpAt').keys()) as Timestamp[];
  const ordered = [...joining].sort((a, b) => quietSince(a).localeCompare(quietSince(b)));
  const slots = assignCatchUpSlots(taken, ordered.length, context.now, context.timeZone);
  return ordered.map((contact, index) => ({ ...contact, catchUpAt: slots[index]! }));
}

const quietSince = (contact: Contact): Timestamp => contact.lastTouchAt ?? contact.circleSince;
