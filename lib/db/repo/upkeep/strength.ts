import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import type { WriteContext } from '@/lib/model/write-context';
import { strengthChanged, withStrength } from '@/lib/relationship/strength';

/**
 * Keeps each contact's relationship strength (lib/relationship/strength.ts)
 * in step with its touchpoints: one person after a log, many after an
 * import, and those whose strength time alone has changed (their
 * `strengthChangesAt` has passed; the background's tick). Run inside a rw
 * transaction over contacts and touchpoints.
 */

/** One person's touchpoints, newest first, through the `[contactId+at]` index. */
export function readTouchesNewestFirst(db: AppDB, contactId: string): Promise<Touchpoint[]> {
  return db.touchpoints.where('[contactId+at]').between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]).reverse().toArray();
}

/** Touchpoints per contact, newest first: one range read from the smallest to the largest id (or everything). */
async function readTouchesByContact(db: AppDB, ids: readonly string[] | undefined): Promise<Map<string, Touchpoint[]>> {
  let touches: Touchpoint[];
  if (ids) {
    if (ids.length === 0) return new Map();
    let low = ids[0]!;
    let high = ids[0]!;
    for (const id of ids) {
      if (id < low) low = id;
      if (id > high) high = id;
    }
    touches = await db.touchpoints.where('[contactId+at]').between([low, Dexie.minKey], [high, Dexie.maxKey], true, true).toArray();
  } else {
    touches = await db.touchpoints.orderBy('[contactId+at]').toArray();
  }
  const byContact = new Map<string, Touchpoint[]>();
  for (let i = touches.length - 1; i >= 0; i--) {
    const touch = touches[i]!;
    let list = byContact.get(touch.contactId);
    if (!list) byContact.set(touch.contactId, (list = []));
    list.push(touch);
  }
  return byContact;
}

/** Recomputes the strength of the given contacts (all when none given) and stores the ones that changed. Returns how many. */
export async function refreshStrength(db: AppDB, context: WriteContext, onlyIds?: Iterable<string>): Promise<number> {
  const ids = onlyIds ? [...new Set(onlyIds)] : undefined;
  const contacts = ids ? (await db.contacts.bulkGet(ids)).filter((contact): contact is Contact => contact !== undefined) : await db.contacts.toArray();
  const touches = await readTouchesByContact(db, ids);
  const changed: Contact[] = [];
  for (const contact of contacts) {
    const next = withStrength(contact, touches.get(contact.id) ?? [], context.now);
    if (strengthChanged(contact, next)) changed.push(next);
  }
  await db.contacts.bulkPut(changed);
  return changed.length;
}

/** The people whose strength time alone has changed since it was kept (their `strengthChangesAt` has passed). */
export async function refreshStrengthDue(db: AppDB, context: WriteContext): Promise<number> {
  const due = (await db.contacts.where('strengthChangesAt').belowOrEqual(context.now).primaryKeys()) as string[];
  if (due.length === 0) return 0;
  let changed = 0;
  // Per person: each reads only its own touchpoints (ids of a day's batch are scattered across the index).
  for (const id of due) changed += await refreshStrength(db, context, [id]);
  return changed;
}
