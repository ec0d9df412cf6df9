import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { Circle, Contact, Touchpoint } from '@/lib/model/schema';
import type { TouchDay } from '@/lib/model/touch-day-schema';
import type { WriteContext } from '@/lib/model/write-context';
import { addTouchDeltas, countAllTouches, countedSince, touchesOfDay, type CountedFields, type TouchDayDeltas } from '@/lib/model/touch-day';

/**
 * Keeps the per-day, per-circle touch counts (`touchDays`) in step with the
 * touchpoints, in the same transaction as each write (it must include
 * `touchDays`). Writers call these with what they changed: touches added or
 * removed, or a person moved to another circle. Touches older than
 * {@link countedSince} are left out: no dashboard will show their days again.
 */

const isCounted = (touch: Pick<Touchpoint, 'at'>, context: WriteContext) => touch.at >= countedSince(context.now);

const COUNTS = ['give', 'ask', 'public', 'private', 'other', 'unclassified'] as const;

/** Writes pending changes: adds them to the stored rows, deleting rows that fall to zero. */
async function applyTouchDeltas(db: AppDB, deltas: TouchDayDeltas): Promise<void> {
  if (deltas.size === 0) return;
  const ids = [...deltas.keys()];
  const stored = await db.touchDays.bulkGet(ids);
  const toPut: TouchDay[] = [];
  const toDelete: string[] = [];
  ids.forEach((id, i) => {
    const row = stored[i];
    const next = { ...deltas.get(id)! };
    // Never below zero: after a time zone change a removal can aim at a day other than the one counted.
    for (const field of COUNTS) next[field] = Math.max(0, (next[field] ?? 0) + (row?.[field] ?? 0));
    // A row that falls to zero is deleted; one that never existed is left alone. (Deleting a missing key
    // also breaks the transaction in Chromium: Dexie answers it without a request, after the commit.)
    if (touchesOfDay(next) > 0) toPut.push(next);
    else if (row) toDelete.push(id);
  });
  if (toPut.length > 0) await db.touchDays.bulkPut(toPut);
  if (toDelete.length > 0) await db.touchDays.bulkDelete(toDelete);
}

/** Counts touches added (`sign` 1) or removed (-1), each for the person's circle (`circleOf` its contact id, or one circle for all). */
export async function countTouches(
  db: AppDB,
  touches: readonly (CountedFields & Pick<Touchpoint, 'contactId'>)[],
  circleOf: Circle | ((contactId: string) => Circle),
  sign: 1 | -1,
  context: WriteContext,
): Promise<void> {
  const deltas: TouchDayDeltas = new Map();
  for (const touch of touches) {
    if (isCounted(touch, context)) addTouchDeltas(deltas, [touch], typeof circleOf === 'string' ? circleOf : circleOf(touch.contactId), sign, context.timeZone);
  }
  await applyTouchDeltas(db, deltas);
}

/** A person's touches recent enough to be counted, through the `[contactId+at]` index. */
export function readCountedTouches(db: AppDB, contactId: string, context: WriteContext): Promise<Touchpoint[]> {
  return db.touchpoints.where('[contactId+at]').between([contactId, countedSince(context.now)], [contactId, Dexie.maxKey], true, true).toArray();
}

/** A person moved from one circle to another: their counted touches move with them. */
export function moveTouches(db: AppDB, contactId: string, from: Circle, to: Circle, context: WriteContext): Promise<void> {
  return moveTouchesOfMany(db, [{ contactId, from, to }], context);
}

/**
 * Many people moved at once (a bulk circle change): their counted touches,
 * read per person through the index (all requests in flight together), move
 * from each one's old circle to their new one in one read and one write of
 * the counts. A move may carry its touches already read (see
 * {@link readCountedTouchesOfMany}), so the reads can overlap other work.
 */
export async function moveTouchesOfMany(
  db: AppDB,
  moves: readonly { contactId: string; from: Circle; to: Circle; touches?: readonly CountedFields[] }[],
  context: WriteContext,
): Promise<void> {
  const moving = moves.filter(({ from, to }) => from !== to);
  if (moving.length === 0) return;
  const touches = await Promise.all(moving.map(({ contactId, touches }) => touches ?? readCountedTouches(db, contactId, context)));
  const deltas: TouchDayDeltas = new Map();
  moving.forEach(({ from, to }, i) => {
    addTouchDeltas(deltas, touches[i]!, from, -1, context.timeZone);
    addTouchDeltas(deltas, touches[i]!, to, 1, context.timeZone);
  });
  await applyTouchDeltas(db, deltas);
}

/**
 * The counted touches of many people, read only for those who may have any:
 * a person whose last touch of theirs (`lastTouchAt`, kept on every touch
 * write; the other person's messages count nowhere) is older than the
 * counted window, or who was never touched, has none, and costs no read.
 * All requests go out at once; returns the touches in the order given.
 */
export function readCountedTouchesOfMany(
  db: AppDB,
  people: readonly Pick<Contact, 'id' | 'lastTouchAt'>[],
  context: WriteContext,
): Promise<Touchpoint[][]> {
  const since = countedSince(context.now);
  return Promise.all(people.map((person) => (person.lastTouchAt !== undefined && person.lastTouchAt >= since ? readCountedTouches(db, person.id, context) : [])));
}

/**
 * Recounts everything from the touchpoints: the schema upgrade that adds the
 * counts, and the check that incremental counting agrees with a full count.
 */
export async function recountTouchDays(db: AppDB, context: WriteContext): Promise<void> {
  const [touches, contacts] = await Promise.all([
    db.touchpoints.where('at').aboveOrEqual(countedSince(context.now)).toArray(),
    db.contacts.toArray(),
  ]);
  const circles = new Map(contacts.map((contact) => [contact.id, contact.circle]));
  await db.touchDays.clear();
  await db.touchDays.bulkPut(countAllTouches(touches, (id) => circles.get(id), context.timeZone));
}
