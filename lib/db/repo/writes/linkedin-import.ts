import Dexie from 'dexie';
import { countTouches, moveTouches } from '@/lib/db/repo/upkeep/touch-days';
import type { AppDB } from '@/lib/db/app-db';
import { isTheirs, type Contact, type Touchpoint } from '@/lib/model/schema';
import type { ImportChunk, ImportedContact } from '@/lib/model/commands';
import type { WriteContext } from '@/lib/model/write-context';
import { derivedChanged, readTouchTimesSince, withCatchUpDays, withDerived } from '@/lib/db/repo/upkeep/derived';
import { joinsCatchUp } from '@/lib/db/repo/upkeep/catch-up';
import { refreshStrength } from '@/lib/db/repo/upkeep/strength';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import type { Timestamp } from '@/lib/time/instant';
import type { ImportChunkResult } from '@/lib/model/results';

/** Fills the fields the contact does not have yet; never overwrites what is there (the user may have changed it). */
function fillIn(stored: Contact, incoming: ImportedContact): Contact | null {
  const next: Contact = { ...stored };
  let changed = false;
  for (const key of ['headline', 'company', 'connectedAt', 'invitedBy'] as const) {
    const value = incoming[key];
    if (value !== undefined && value !== '' && (stored[key] === undefined || stored[key] === '')) {
      (next as Record<string, unknown>)[key] = value;
      changed = true;
    }
  }
  return changed ? next : null;
}

function newContact(id: string, incoming: ImportedContact, context: WriteContext): Contact {
  const { createIfMissing: _create, ...fields } = incoming;
  // Imported people start untracked: the user picks whom to keep in touch with (nobody wants 3,000 nudges).
  return { id, ...fields, circle: 'untracked', tags: [], createdAt: context.now, updatedAt: context.now, circleSince: context.now };
}

/**
 * Writes one chunk of a LinkedIn import in one transaction: new contacts are
 * added untracked, known ones only get empty fields filled in (circle, kind,
 * tags and notes are never touched), touchpoints whose id is already stored
 * are left as they are (the user may have edited them), and the derived
 * fields of every contact in the chunk are recomputed. Each contact is
 * written at most once, and only when something changed, so importing the
 * same export again writes nothing.
 *
 * Reads are two range queries, not one `get` per row: chunks hold contacts in
 * id order, so the chunk's contacts and the ids of all their touchpoints lie
 * in one key range of `contacts` and of `touchpoints.[contactId+at]`. In
 * Chromium every IndexedDB request costs about 0.1 ms however small (see the
 * import benchmark), so per-row reads would double the import's time.
 */
export async function writeImportChunk(db: AppDB, chunk: ImportChunk, context: WriteContext): Promise<ImportChunkResult> {
  return db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => {
    const result: ImportChunkResult = { contactsAdded: 0, contactsUpdated: 0, touchpointsAdded: 0, contactsNotFound: 0 };
    if (chunk.contacts.length === 0) return result;
    const ids = chunk.contacts.map((contact) => contactIdFromProfileUrl(contact.profileUrl)!);
    const wanted = new Set(ids);
    let low = ids[0]!;
    let high = ids[0]!;
    for (const id of ids) {
      if (id < low) low = id;
      if (id > high) high = id;
    }
    const [storedInRange, touchpointIdsInRange] = await Promise.all([
      db.contacts.where(':id').between(low, high, true, true).toArray(),
      // Ids only (getAllKeys on the index): the stored touches themselves are summarised by each contact's lastTouchAt.
      db.touchpoints.where('[contactId+at]').between([low, Dexie.minKey], [high, Dexie.maxKey], true, true).primaryKeys(),
    ]);
    const stored = new Map(storedInRange.filter((contact) => wanted.has(contact.id)).map((contact) => [contact.id, contact]));

    const merged = new Map<string, { before: Contact | undefined; contact: Contact }>();
    chunk.contacts.forEach((incoming, index) => {
      const id = ids[index]!;
      const entry = merged.get(id);
      const current = entry?.contact ?? stored.get(id);
      if (!current) {
        if (incoming.createIfMissing) merged.set(id, { before: undefined, contact: newContact(id, incoming, context) });
        else result.contactsNotFound++;
        return;
      }
      const filled = fillIn(current, incoming);
      merged.set(id, { before: entry ? entry.before : current, contact: filled ? { ...filled, updatedAt: context.now } : current });
    });
    for (const { before, contact } of merged.values()) {
      if (!before) result.contactsAdded++;
      else if (contact !== before) result.contactsUpdated++;
    }

    const addedTimes = new Map<string, Timestamp[]>();
    const existingIds = new Set<string>(touchpointIdsInRange as string[]);
    const added: Touchpoint[] = [];
    for (const touchpoint of chunk.touchpoints) {
      // An id stored under another contact (outside the range) would make bulkAdd fail the chunk: a hash collision, never seen; better loud than wrong.
      if (existingIds.has(touchpoint.id) || !merged.has(touchpoint.contactId)) continue;
      existingIds.add(touchpoint.id);
      added.push({ ...touchpoint, source: 'import' });
      if (isTheirs(touchpoint)) continue; // their message: no touch of yours, no cadence
      let list = addedTimes.get(touchpoint.contactId);
      if (!list) addedTimes.set(touchpoint.contactId, (list = []));
      list.push(touchpoint.at);
    }
    await db.touchpoints.bulkAdd(added);
    result.touchpointsAdded = added.length;
    await countTouches(db, added, (id) => merged.get(id)!.contact.circle, 1, context);

    // Derived fields: the latest of the stored last touch (kept in step by every write) and the added ones;
    // only the 24-7-30 follow-up of contacts in the new circle needs their touch times from the index.
    const changed = await Promise.all(
      [...merged.values()].map(async ({ before, contact }) => {
        const times = addedTimes.get(contact.id) ?? [];
        if (before && contact === before && times.length === 0) return undefined;
        let lastTouchAt = contact.lastTouchAt;
        for (const at of times) if (lastTouchAt === undefined || at > lastTouchAt) lastTouchAt = at;
        const touchesSinceCircleStart = contact.circle === 'new' ? await readTouchTimesSince(db, contact.id, contact.circleSince) : [];
        const next = withDerived(contact, { lastTouchAt, touchesSinceCircleStart }, context);
        return !before || contact !== before || derivedChanged(before, next) ? next : undefined;
      }),
    );
    // Someone you keep in touch with whose imported messages are months old: spread over the coming days, not all due at once.
    const joining = new Set(changed.filter((next): next is Contact => next !== undefined && joinsCatchUp(merged.get(next.id)!.before, next, context.now)));
    const queued = await withCatchUpDays(db, [...joining], context);
    const toWrite = changed.filter((contact): contact is Contact => contact !== undefined && !joining.has(contact)).concat(queued);
    await db.contacts.bulkPut(toWrite);
    // Strength: the imported messages (both ways) and touches change it; one range read of the chunk's touchpoints.
    await refreshStrength(db, context, merged.keys());
    // A follow-up completed by imported messages moves the person out of `new`, with their touches.
    for (const contact of toWrite) {
      const before = merged.get(contact.id)!.contact.circle;
      if (contact.circle !== before) await moveTouches(db, contact.id, before, contact.circle, context);
    }
    return result;
  });
}
