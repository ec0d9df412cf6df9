import type { AppDB } from '@/lib/db/app-db';
import type { Contact, Touchpoint } from '@/lib/db/schema';
import type { ImportChunk, ImportedContact } from '@/lib/db/inputs';
import type { WriteContext } from '@/lib/db/write-context';
import { deriveFromTimes, derivedChanged, readTouchTimes } from '@/lib/db/repo/derived';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';

export interface ImportChunkResult {
  contactsAdded: number;
  contactsUpdated: number;
  touchpointsAdded: number;
  /** People named only in Invitations.csv who are not in Rapport: nothing was created for them. */
  contactsNotFound: number;
}

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
 */
export async function writeImportChunk(db: AppDB, chunk: ImportChunk, context: WriteContext): Promise<ImportChunkResult> {
  return db.transaction('rw', db.contacts, db.touchpoints, async () => {
    const result: ImportChunkResult = { contactsAdded: 0, contactsUpdated: 0, touchpointsAdded: 0, contactsNotFound: 0 };
    const ids = chunk.contacts.map((contact) => contactIdFromProfileUrl(contact.profileUrl)!);
    const [stored, storedTouchpoints] = await Promise.all([db.contacts.bulkGet(ids), db.touchpoints.bulkGet(chunk.touchpoints.map((t) => t.id))]);

    const merged = new Map<string, { before: Contact | undefined; contact: Contact }>();
    chunk.contacts.forEach((incoming, index) => {
      const id = ids[index]!;
      const entry = merged.get(id);
      const current = entry?.contact ?? stored[index];
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

    const added: Touchpoint[] = [];
    chunk.touchpoints.forEach((touchpoint, index) => {
      if (storedTouchpoints[index] || !merged.has(touchpoint.contactId)) return;
      added.push({ ...touchpoint, source: 'import' });
    });
    await db.touchpoints.bulkAdd(added);
    result.touchpointsAdded = added.length;

    const times = await readTouchTimes(db, new Set(merged.keys()));
    const changed: Contact[] = [];
    for (const { before, contact } of merged.values()) {
      const next = deriveFromTimes(contact, times.get(contact.id) ?? [], context);
      if (!before || contact !== before || derivedChanged(before, next)) changed.push(next);
    }
    await db.contacts.bulkPut(changed);
    return result;
  });
}
