import type { AppDB } from '@/lib/db/app-db';
import Dexie from 'dexie';
import { defaultFocus, isTheirs, TouchpointSchema, type Circle, type Contact, type Touchpoint } from '@/lib/model/schema';
import { TouchpointDraft, type TouchpointPatch, type TouchpointTarget } from '@/lib/model/commands';
import type { WriteContext } from '@/lib/model/write-context';
import type { LogResult } from '@/lib/model/results';
import { deleteContact, requireContact, upsertPerson } from '@/lib/db/repo/writes/contacts';
import { refreshDerived } from '@/lib/db/repo/upkeep/derived';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { countTouches } from '@/lib/db/repo/upkeep/touch-days';
import { requireNeed } from '@/lib/db/repo/writes/needs';

/** The circle a person logged for the first time joins, unless the user picks another. */
export const DEFAULT_CIRCLE_ON_FIRST_LOG = 'wider' satisfies Circle;

/**
 * Logs a touchpoint, adding the person first if needed, and updates the
 * contact's `lastTouchAt`/`dueAt` in the same transaction.
 */
export async function logTouchpoint(
  db: AppDB,
  target: TouchpointTarget,
  draft: TouchpointDraft,
  context: WriteContext,
): Promise<LogResult> {
  const parsed = TouchpointDraft.parse(draft);
  return db.transaction('rw', [db.contacts, db.touchpoints, db.touchDays, db.needs], async () => {
    if (parsed.needId !== undefined) await requireNeed(db, parsed.needId);
    const { contact, created } =
      'contactId' in target
        ? { contact: await requireContact(db, target.contactId), created: false }
        : await upsertPerson(db, target.person, target.circle ?? DEFAULT_CIRCLE_ON_FIRST_LOG, context);
    if (parsed.id !== undefined) {
      const existing = await db.touchpoints.get(parsed.id);
      // An id names one person's touchpoint: reusing it for someone else neither overwrites nor reveals it.
      if (existing && existing.contactId !== contact.id) throw new RapportError('conflict', t('errorTouchpointOfSomeoneElse'));
      if (existing) return { contact, touchpoint: existing, contactCreated: created, touchpointCreated: false };
    }
    const touchpoint = TouchpointSchema.parse({
      id: parsed.id ?? crypto.randomUUID(),
      contactId: contact.id,
      type: parsed.type,
      ...focusOf(parsed),
      ...(parsed.direction ? { direction: parsed.direction } : {}),
      at: parsed.at ?? context.now,
      ...(parsed.note ? { note: parsed.note } : {}),
      ...(parsed.postUrn ? { postUrn: parsed.postUrn } : {}),
      ...(parsed.postUrl ? { postUrl: parsed.postUrl } : {}),
      source: parsed.source ?? 'manual',
      ...(parsed.direction && parsed.type === 'message' ? { direction: parsed.direction } : {}),
      ...(parsed.needId !== undefined ? { needId: parsed.needId } : {}),
    });
    await db.touchpoints.add(touchpoint);
    await countTouches(db, [touchpoint], contact.circle, 1, context);
    const updated = (await refreshDerived(db, contact.id, context))!;
    return { contact: updated, touchpoint, contactCreated: created, touchpointCreated: true };
  });
}

/** A new touchpoint's focus: none for the other person's message or when the draft says null (not classified), else the draft's or the type's. */
function focusOf(draft: TouchpointDraft): Pick<Touchpoint, 'focus'> {
  if (draft.direction === 'incoming' || draft.focus === null) return {};
  return { focus: draft.focus ?? defaultFocus(draft.type) };
}

export async function updateTouchpoint(db: AppDB, id: string, patch: TouchpointPatch, context: WriteContext): Promise<Touchpoint> {
  return db.transaction('rw', [db.contacts, db.touchpoints, db.touchDays, db.needs], async () => {
    const existing = await db.touchpoints.get(id);
    if (!existing) throw new RapportError('not-found', t('errorTouchpointGone'));
    const { circle } = await requireContact(db, existing.contactId);
    const { note, needId, ...rest } = patch;
    const next: Touchpoint = { ...existing, ...rest };
    if (needId === null) delete next.needId;
    else if (needId !== undefined) next.needId = (await requireNeed(db, needId)).id;
    // The other person's message is never give or ask.
    if (isTheirs(next)) delete next.focus;
    if (note === null || note === '') delete next.note;
    else if (note !== undefined) next.note = note;
    // What came of an ask means nothing once it is no longer an ask.
    if (next.type !== 'ask') {
      delete next.outcome;
      delete next.thanked;
    }
    await db.touchpoints.put(TouchpointSchema.parse(next));
    await countTouches(db, [existing], circle, -1, context);
    await countTouches(db, [next], circle, 1, context);
    await refreshDerived(db, existing.contactId, context);
    return next;
  });
}

/** Deletes a touchpoint and recomputes its contact's last touch and due date. */
export async function deleteTouchpoint(db: AppDB, id: string, context: WriteContext): Promise<Touchpoint> {
  return db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => {
    const existing = await db.touchpoints.get(id);
    if (!existing) throw new RapportError('not-found', t('errorTouchpointGone'));
    await db.touchpoints.delete(id);
    await countTouches(db, [existing], (await requireContact(db, existing.contactId)).circle, -1, context);
    await refreshDerived(db, existing.contactId, context);
    return existing;
  });
}

/**
 * Takes back one log: its touchpoint goes. With `removeAddedPerson` (that log
 * added the person), the person goes too, but only if nothing else was
 * recorded for them since: no other touchpoint, note or job change, and no
 * edit (circle, kind, tags, snooze, details). Returns whether the person was
 * removed. One transaction: the check and the deletes cannot be split by
 * another write.
 */
export async function undoLog(db: AppDB, touchpointId: string, removeAddedPerson: boolean, context: WriteContext): Promise<{ contactRemoved: boolean }> {
  return db.transaction('rw', [db.contacts, db.touchpoints, db.notes, db.jobChanges, db.touchDays, db.loops, db.keyDates], async () => {
    const { contactId } = await deleteTouchpoint(db, touchpointId, context);
    if (!removeAddedPerson) return { contactRemoved: false };
    const contact = await db.contacts.get(contactId);
    if (!contact || !untouchedSinceAdded(contact)) return { contactRemoved: false };
    const [touchpoints, notes, jobChanges, loops, keyDates] = await Promise.all([
      db.touchpoints.where('[contactId+at]').between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]).count(),
      db.notes.where('contactId').equals(contactId).count(),
      db.jobChanges.where('contactId').equals(contactId).count(),
      db.loops.where('contactId').equals(contactId).count(),
      db.keyDates.where('contactId').equals(contactId).count(),
    ]);
    if (touchpoints + notes + jobChanges + loops + keyDates > 0) return { contactRemoved: false };
    await deleteContact(db, contactId, context);
    return { contactRemoved: true };
  });
}

/** Nothing the user (or a page visit) recorded about the person since they were added: every such write moves `updatedAt` or leaves a field. */
function untouchedSinceAdded(contact: Contact): boolean {
  return (
    contact.updatedAt === contact.createdAt &&
    contact.circleSince === contact.createdAt &&
    contact.tags.length === 0 &&
    contact.kind === undefined &&
    contact.snoozedUntil === undefined &&
    contact.triageSkippedAt === undefined
  );
}
