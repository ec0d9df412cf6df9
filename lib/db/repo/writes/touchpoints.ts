import type { AppDB } from '@/lib/db/app-db';
import { defaultFocus, TouchpointSchema, type Circle, type Contact, type Touchpoint } from '@/lib/model/schema';
import { TouchpointDraft, type TouchpointPatch, type TouchpointTarget } from '@/lib/model/commands';
import type { WriteContext } from '@/lib/model/write-context';
import { requireContact, upsertPerson } from '@/lib/db/repo/writes/contacts';
import { refreshDerived } from '@/lib/db/repo/upkeep/derived';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { countTouches } from '@/lib/db/repo/upkeep/touch-days';

export interface LogResult {
  contact: Contact;
  touchpoint: Touchpoint;
  /** The contact was added by this log. */
  contactCreated: boolean;
  /** False when a touchpoint with the same derived id already existed (nothing written). */
  touchpointCreated: boolean;
}

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
  return db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => {
    const { contact, created } =
      'contactId' in target
        ? { contact: await requireContact(db, target.contactId), created: false }
        : await upsertPerson(db, target.person, target.circle ?? DEFAULT_CIRCLE_ON_FIRST_LOG, context);
    if (parsed.id !== undefined) {
      const existing = await db.touchpoints.get(parsed.id);
      if (existing) return { contact, touchpoint: existing, contactCreated: created, touchpointCreated: false };
    }
    const touchpoint = TouchpointSchema.parse({
      id: parsed.id ?? crypto.randomUUID(),
      contactId: contact.id,
      type: parsed.type,
      focus: parsed.focus ?? defaultFocus(parsed.type),
      at: parsed.at ?? context.now,
      ...(parsed.note ? { note: parsed.note } : {}),
      ...(parsed.postUrn ? { postUrn: parsed.postUrn } : {}),
      ...(parsed.postUrl ? { postUrl: parsed.postUrl } : {}),
      source: parsed.source ?? 'manual',
    });
    await db.touchpoints.add(touchpoint);
    await countTouches(db, [touchpoint], contact.circle, 1, context);
    const updated = (await refreshDerived(db, contact.id, context))!;
    return { contact: updated, touchpoint, contactCreated: created, touchpointCreated: true };
  });
}

export async function updateTouchpoint(db: AppDB, id: string, patch: TouchpointPatch, context: WriteContext): Promise<Touchpoint> {
  return db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => {
    const existing = await db.touchpoints.get(id);
    if (!existing) throw new RapportError('not-found', t('errorTouchpointGone'));
    const { circle } = await requireContact(db, existing.contactId);
    const { note, ...rest } = patch;
    const next: Touchpoint = { ...existing, ...rest };
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
