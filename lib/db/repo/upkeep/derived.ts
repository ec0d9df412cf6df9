import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { isTheirs, type Contact, type Touchpoint } from '@/lib/model/schema';
import type { WriteContext } from '@/lib/model/write-context';
import { computeDueTimes, shouldGraduate } from '@/lib/cadence/cadence';
import { CATCH_UP_CIRCLES } from '@/lib/cadence/catch-up';
import { searchWordsFor } from '@/lib/search/search-words';
import type { Timestamp } from '@/lib/time/instant';
import { moveTouches, moveTouchesOfMany } from '@/lib/db/repo/upkeep/touch-days';
import { giveCatchUpDays, joinsCatchUp } from '@/lib/db/repo/upkeep/catch-up';
import { readTouchesNewestFirst, refreshStrength } from '@/lib/db/repo/upkeep/strength';
import { withStrength } from '@/lib/relationship/strength';
import { connectedMonthDayOf } from '@/lib/key-dates/connected-month-day';

/**
 * `lastTouchAt`, `dueAt` and `overdueAt` are derived from a contact's
 * touchpoints and circle, `searchWords` from its name, headline, company,
 * location and tags. Every write to a contact goes through `withDerived`
 * inside its own transaction, so the indexes never disagree with the data.
 */

/** Applies derived fields (and the 24-7-30 graduation) to a contact; pure. */
export function withDerived(
  contact: Contact,
  touches: { lastTouchAt: Timestamp | undefined; touchesSinceCircleStart: readonly Timestamp[] },
  context: WriteContext,
): Contact {
  let next: Contact = { ...contact };
  let { touchesSinceCircleStart } = touches;
  if (shouldGraduate({ circle: next.circle, circleSince: next.circleSince, touchesSinceCircleStart }, context.cadences, context.timeZone)) {
    // The last follow-up touch completes the new-connection follow-up: move on, starting the clock at that touch.
    next = { ...next, circle: context.cadences.new.graduateTo, circleSince: touches.lastTouchAt ?? context.now };
    touchesSinceCircleStart = touches.lastTouchAt ? [touches.lastTouchAt] : [];
  }
  if (next.catchUpAt !== undefined && !stillCatchingUp(next, touches.lastTouchAt)) delete next.catchUpAt;
  const due = computeDueTimes(
    {
      circle: next.circle,
      circleSince: next.circleSince,
      lastTouchAt: touches.lastTouchAt,
      snoozedUntil: next.snoozedUntil,
      touchesSinceCircleStart,
      catchUpAt: next.catchUpAt,
    },
    context.cadences,
    context.timeZone,
  );
  delete next.lastTouchAt;
  delete next.dueAt;
  delete next.overdueAt;
  delete next.quietSince;
  if (touches.lastTouchAt !== undefined) next.lastTouchAt = touches.lastTouchAt;
  if (next.circle !== 'untracked') next.quietSince = touches.lastTouchAt ?? next.circleSince;
  if (due.dueAt !== undefined) next.dueAt = due.dueAt;
  if (due.overdueAt !== undefined) next.overdueAt = due.overdueAt;
  next.searchWords = searchWordsFor(next);
  delete next.connectedMonthDay;
  const connectedMonthDay = connectedMonthDayOf(next);
  if (connectedMonthDay !== undefined) next.connectedMonthDay = connectedMonthDay;
  return next;
}

/** A catch-up lasts while the person is in a cadence circle and has not been touched since entering it. */
function stillCatchingUp(contact: Pick<Contact, 'circle' | 'circleSince'>, lastTouchAt: Timestamp | undefined): boolean {
  return CATCH_UP_CIRCLES.has(contact.circle) && (lastTouchAt === undefined || lastTouchAt < contact.circleSince);
}

/**
 * What a contact's cadence is computed from: its last touch, and (for a new
 * connection) its touch times since joining the circle. Read through the
 * `[contactId+at]` index; run inside a transaction over touchpoints.
 */
export async function readCadenceTouches(db: AppDB, contact: Pick<Contact, 'id' | 'circle' | 'circleSince'>) {
  // The latest touch of yours: the other person's messages are evidence of an exchange, not your touch.
  const last = await db.touchpoints
    .where('[contactId+at]')
    .between([contact.id, Dexie.minKey], [contact.id, Dexie.maxKey])
    .reverse()
    .filter((touchpoint) => !isTheirs(touchpoint))
    .first();
  const touchesSinceCircleStart = contact.circle === 'new' ? await readTouchTimesSince(db, contact.id, contact.circleSince) : [];
  return { lastTouchAt: last?.at, touchesSinceCircleStart };
}

/** A contact's touch times from `since` on, ascending, the other person's messages left out. Only for new connections: a few rows. */
export async function readTouchTimesSince(db: AppDB, contactId: string, since: Timestamp): Promise<Timestamp[]> {
  const touches = await db.touchpoints.where('[contactId+at]').between([contactId, since], [contactId, Dexie.maxKey], true, true).toArray();
  return touches.filter((touchpoint) => !isTheirs(touchpoint)).map((touchpoint) => touchpoint.at);
}

/** The ids of the other person's messages, through the `direction` index (messages only). */
async function readTheirMessageIds(db: AppDB): Promise<Set<string>> {
  return new Set((await db.touchpoints.where('direction').equals('incoming').primaryKeys()) as string[]);
}

/** Recomputes and stores one contact's derived fields. Call inside a rw transaction over contacts, touchpoints and touchDays. */
export async function refreshDerived(db: AppDB, contactId: string, context: WriteContext): Promise<Contact | undefined> {
  const contact = await db.contacts.get(contactId);
  if (!contact) return undefined;
  // Strength from the person's touchpoints: a few dozen rows for one person, read once per write.
  const next = withStrength(withDerived(contact, await readCadenceTouches(db, contact), context), await readTouchesNewestFirst(db, contactId), context.now);
  await db.contacts.put(next);
  // A completed 24-7-30 follow-up moved them out of `new`: their touches count in the new circle.
  await moveTouches(db, contactId, contact.circle, next.circle, context);
  return next;
}

/**
 * `refreshDerived` for many people at once (sync applying a batch): their
 * contacts in one read, each one's touchpoints through the `[contactId+at]`
 * index with every read in flight together (one read per person serves the
 * cadence, the new-connection follow-up and strength), and one write. Touch
 * counts are the caller's: it gets each person's touchpoints, newest first.
 * Call inside a rw transaction over contacts and touchpoints.
 */
export async function refreshDerivedOfPeople(db: AppDB, ids: readonly string[], context: WriteContext): Promise<{ contact: Contact; touches: Touchpoint[] }[]> {
  const contacts = (await db.contacts.bulkGet([...ids])).filter((contact): contact is Contact => contact !== undefined);
  const touches = contacts.length > 0 ? await Promise.all(contacts.map((contact) => readTouchesNewestFirst(db, contact.id))) : [];
  const refreshed = contacts.map((contact, i) => {
    const newestFirst = touches[i]!;
    const yours = newestFirst.filter((touchpoint) => !isTheirs(touchpoint));
    const touchesSinceCircleStart = contact.circle === 'new' ? yours.filter((touchpoint) => touchpoint.at >= contact.circleSince).map((touchpoint) => touchpoint.at).reverse() : [];
    const next = withStrength(withDerived(contact, { lastTouchAt: yours[0]?.at, touchesSinceCircleStart }, context), newestFirst, context.now);
    return { contact: next, touches: newestFirst };
  });
  await db.contacts.bulkPut(refreshed.map(({ contact }) => contact));
  return refreshed;
}

/**
 * Every touch time of yours per contact, ascending, read from the
 * `[contactId+at]` index keys alone (no touchpoint bodies); the other
 * person's messages (found through the `direction` index) left out. With
 * `onlyIds`, reads just the key range from the smallest to the largest of
 * those ids: imports write contacts in id order, so each chunk reads a
 * narrow slice instead of the whole index.
 */
async function readTouchTimes(db: AppDB, onlyIds?: ReadonlySet<string>): Promise<Map<string, Timestamp[]>> {
  let low = '';
  let high = '';
  if (onlyIds) {
    if (onlyIds.size === 0) return new Map();
    for (const id of onlyIds) {
      if (low === '' || id < low) low = id;
      if (id > high) high = id;
    }
  }
  // A fresh collection per read: the same range, the same order, so primary keys line up with index keys.
  const range = () =>
    onlyIds
      ? db.touchpoints.where('[contactId+at]').between([low, Dexie.minKey], [high, Dexie.maxKey], true, true)
      : db.touchpoints.orderBy('[contactId+at]');
  const theirs = await readTheirMessageIds(db);
  const keys = (await range().keys()) as unknown as [string, Timestamp][];
  const ids = theirs.size > 0 ? ((await range().primaryKeys()) as string[]) : [];
  const touchesByContact = new Map<string, Timestamp[]>();
  for (let i = 0; i < keys.length; i++) {
    const [contactId, at] = keys[i]!;
    if (onlyIds && !onlyIds.has(contactId)) continue;
    if (theirs.size > 0 && theirs.has(ids[i]!)) continue;
    let list = touchesByContact.get(contactId);
    if (!list) touchesByContact.set(contactId, (list = []));
    list.push(at); // ascending: the index is sorted by [contactId, at]
  }
  return touchesByContact;
}

/** A contact with its derived fields recomputed from its touch times (ascending). */
function deriveFromTimes(contact: Contact, times: readonly Timestamp[], context: WriteContext): Contact {
  const touchesSinceCircleStart = contact.circle === 'new' ? times.filter((at) => at >= contact.circleSince) : [];
  return withDerived(contact, { lastTouchAt: times.at(-1), touchesSinceCircleStart }, context);
}

const sameWords = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((word, i) => word === b[i]));

/** True when recomputing changed something worth a write. */
export function derivedChanged(before: Contact, after: Contact): boolean {
  return (
    before.lastTouchAt !== after.lastTouchAt ||
    before.dueAt !== after.dueAt ||
    before.overdueAt !== after.overdueAt ||
    before.quietSince !== after.quietSince ||
    before.circle !== after.circle ||
    before.circleSince !== after.circleSince ||
    before.catchUpAt !== after.catchUpAt ||
    !sameWords(before.searchWords, after.searchWords)
  );
}

/**
 * Recomputes derived fields for many contacts in one pass: one read of the
 * `[contactId+at]` index keys, then one bulk write of the contacts whose
 * derived fields changed. Used after imports and cadence changes. With
 * `catchUp`, the people the recomputation makes due at once (a shorter
 * cadence, the v6 rule change) are spread over the coming days instead.
 */
export async function refreshAllDerived(
  db: AppDB,
  context: WriteContext,
  onlyIds?: ReadonlySet<string>,
  { catchUp = false }: { catchUp?: boolean } = {},
): Promise<number> {
  const contacts = onlyIds ? (await db.contacts.bulkGet([...onlyIds])).filter((c): c is Contact => c !== undefined) : await db.contacts.toArray();
  const touchesByContact = await readTouchTimes(db, onlyIds);
  let updated: Contact[] = [];
  const graduated: { contactId: string; from: Contact['circle']; to: Contact['circle'] }[] = [];
  const joining: Contact[] = [];
  for (const contact of contacts) {
    const next = deriveFromTimes(contact, touchesByContact.get(contact.id) ?? [], context);
    if (catchUp && joinsCatchUp(contact, next, context.now)) joining.push(next);
    else if (derivedChanged(contact, next)) updated.push(next);
    if (next.circle !== contact.circle) graduated.push({ contactId: contact.id, from: contact.circle, to: next.circle });
  }
  updated = updated.concat(await withCatchUpDays(db, joining, context));
  await db.contacts.bulkPut(updated);
  await moveTouchesOfMany(db, graduated, context);
  // Strength too: after an update (schema v7 adds it), a backup import, a snooze of everyone due.
  const strengthened = await refreshStrength(db, context, onlyIds);
  return Math.max(updated.length, strengthened);
}

/** `joining` (see joinsCatchUp) with their catch-up days, derived again: ready to store. Inside a transaction over contacts. */
export async function withCatchUpDays(db: AppDB, joining: readonly Contact[], context: WriteContext): Promise<Contact[]> {
  const queued = await giveCatchUpDays(db, joining, context);
  // Plain cadence circles only: their due times need the last touch, not the touch times.
  return queued.map((contact) => withDerived(contact, { lastTouchAt: contact.lastTouchAt, touchesSinceCircleStart: [] }, context));
}
