import type { AppDB } from '@/lib/db/app-db';
import { TouchpointSchema, type Touchpoint } from '@/lib/model/schema';
import {
  IntroductionDraft,
  IntroductionSchema,
  introductionContactIds,
  introductionTouchpointId,
  type Introduction,
  type IntroductionParty,
  type IntroductionPartyDraft,
  type IntroductionPatch,
} from '@/lib/model/introduction';
import type { WriteContext } from '@/lib/model/write-context';
import { requireContact } from '@/lib/db/repo/writes/contacts';
import { refreshDerived } from '@/lib/db/repo/upkeep/derived';
import { countTouches } from '@/lib/db/repo/upkeep/touch-days';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { introductionLine } from '@/lib/introductions/wording';

/**
 * Introductions: added (with one `intro` touchpoint, a give, per person in
 * Rapport when you made it), edited (outcome, purpose), deleted with their
 * touchpoints. Each one transaction, so an introduction and its gives are
 * written or removed together.
 */

const tables = (db: AppDB) => [db.introductions, db.contacts, db.touchpoints, db.touchDays];

/**
 * A side as stored: someone in Rapport with their current name and URL; a
 * name and URL typed in are linked to the person in Rapport that URL names
 * (the same person for sure), and otherwise kept as typed.
 */
async function resolveParty(db: AppDB, draft: IntroductionPartyDraft): Promise<IntroductionParty> {
  if ('contactId' in draft) {
    const contact = await requireContact(db, draft.contactId);
    return { contactId: contact.id, name: contact.name, profileUrl: contact.profileUrl };
  }
  const id = draft.profileUrl ? contactIdFromProfileUrl(draft.profileUrl) : null;
  const contact = id ? await db.contacts.get(id) : undefined;
  if (contact) return { contactId: contact.id, name: contact.name, profileUrl: contact.profileUrl };
  return { name: draft.name, ...(draft.profileUrl ? { profileUrl: draft.profileUrl } : {}) };
}

/** The gives an introduction you made is: one `intro` touchpoint per person in Rapport. */
function givesOf(introduction: Introduction): Touchpoint[] {
  if (introduction.kind !== 'made') return [];
  return introduction.contactIds.map((contactId) =>
    TouchpointSchema.parse({
      id: introductionTouchpointId(introduction.id, contactId),
      contactId,
      type: 'intro',
      focus: 'give',
      direction: 'outgoing',
      at: introduction.at,
      // The timeline reads it as the introduction ("Introduced Ana to Ben · purpose"), with no lookup on render.
      note: introductionLine(introduction),
      source: 'manual',
      introductionId: introduction.id,
    }),
  );
}

async function addGives(db: AppDB, gives: readonly Touchpoint[], context: WriteContext): Promise<void> {
  for (const give of gives) {
    const contact = await db.contacts.get(give.contactId);
    if (!contact) continue; // A party no longer in Rapport: nobody to give to.
    await db.touchpoints.put(give);
    await countTouches(db, [give], contact.circle, 1, context);
    await refreshDerived(db, give.contactId, context);
  }
}

async function removeGives(db: AppDB, introduction: Introduction, context: WriteContext): Promise<void> {
  const ids = introduction.contactIds.map((contactId) => introductionTouchpointId(introduction.id, contactId));
  const gives = (await db.touchpoints.bulkGet(ids)).filter((give) => give !== undefined);
  for (const give of gives) {
    await db.touchpoints.delete(give.id);
    const contact = await db.contacts.get(give.contactId);
    if (!contact) continue;
    await countTouches(db, [give], contact.circle, -1, context);
    await refreshDerived(db, give.contactId, context);
  }
}

export async function addIntroduction(db: AppDB, draft: IntroductionDraft, context: WriteContext): Promise<Introduction> {
  const parsed = IntroductionDraft.parse(draft);
  return db.transaction('rw', tables(db), async () => {
    if (parsed.id !== undefined) {
      const existing = await db.introductions.get(parsed.id);
      if (existing) return existing; // Undo twice restores once.
    }
    const a = await resolveParty(db, parsed.a);
    const b = await resolveParty(db, parsed.b);
    const fields = {
      id: parsed.id ?? crypto.randomUUID(),
      kind: parsed.kind,
      a,
      b,
      ...(parsed.purpose ? { purpose: parsed.purpose } : {}),
      outcome: parsed.outcome ?? 'open',
      at: parsed.at ?? context.now,
      createdAt: context.now,
      updatedAt: context.now,
      contactIds: introductionContactIds({ a, b }),
    };
    const checked = IntroductionSchema.safeParse(fields);
    if (!checked.success) throw new RapportError('invalid-message', t('errorIntroductionSamePerson'));
    await db.introductions.add(checked.data);
    await addGives(db, givesOf(checked.data), context);
    return checked.data;
  });
}

async function requireIntroduction(db: AppDB, id: string): Promise<Introduction> {
  const introduction = await db.introductions.get(id);
  if (!introduction) throw new RapportError('not-found', t('errorIntroductionGone'));
  return introduction;
}

/** A new outcome or purpose; the gives' notes ("Introduced Ana to Ben · purpose") follow the purpose. */
export async function updateIntroduction(db: AppDB, id: string, patch: IntroductionPatch, context: WriteContext): Promise<Introduction> {
  return db.transaction('rw', tables(db), async () => {
    const existing = await requireIntroduction(db, id);
    const next: Introduction = { ...existing, updatedAt: context.now };
    if (patch.outcome !== undefined) next.outcome = patch.outcome;
    if (patch.purpose === null || patch.purpose === '') delete next.purpose;
    else if (patch.purpose !== undefined) next.purpose = patch.purpose;
    const stored = IntroductionSchema.parse(next);
    await db.introductions.put(stored);
    if (stored.purpose !== existing.purpose) {
      const ids = stored.contactIds.map((contactId) => introductionTouchpointId(stored.id, contactId));
      for (const give of await db.touchpoints.bulkGet(ids)) {
        if (!give) continue;
        await db.touchpoints.put({ ...give, note: introductionLine(stored) });
      }
    }
    return stored;
  });
}

/** Deletes an introduction and its gives; returns it, so the page can offer Undo. */
export async function deleteIntroduction(db: AppDB, id: string, context: WriteContext): Promise<Introduction> {
  return db.transaction('rw', tables(db), async () => {
    const existing = await requireIntroduction(db, id);
    await removeGives(db, existing, context);
    await db.introductions.delete(id);
    return existing;
  });
}
