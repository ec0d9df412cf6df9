import { z } from 'zod/mini';
import {
  AskOutcome,
  Circle,
  ContactKind,
  Focus,
  HttpsUrl,
  Id,
  InvitedBy,
  LIMITS,
  MessageDirection,
  PersonFields,
  PostUrn,
  ProfileUrl,
  requiredText,
  Tags,
  text,
  TouchpointType,
} from '@/lib/model/schema';
import { describeZodIssue } from '@/lib/errors';
import { Timestamp } from '@/lib/time/instant';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';

/**
 * What callers hand to the writers: the shapes of commands, before ids,
 * timestamps and derived fields are filled in. Schema only (no Dexie), so
 * content scripts and the message protocol can import them cheaply.
 */

/** A person as recognised on a page or typed in: enough to create a contact. */
export const PersonRef = z.strictObject({ profileUrl: ProfileUrl, ...PersonFields.shape });
export type PersonRef = z.infer<typeof PersonRef>;

/** What a user may edit on a contact; derived and bookkeeping fields are not here. */
export const ContactPatch = z.strictObject({
  ...z.partial(PersonFields).shape,
  circle: z.optional(Circle),
  /** null removes the kind. */
  kind: z.optional(z.nullable(ContactKind)),
  tags: z.optional(Tags),
  /** true: skipped in the dashboard's triage (not classified now); false: back in it. */
  triageSkipped: z.optional(z.boolean()),
});
export type ContactPatch = z.infer<typeof ContactPatch>;

/** A touchpoint as the user (or auto-capture) describes it; the rest is filled in on write. */
export const TouchpointDraft = z.strictObject({
  type: TouchpointType,
  /** Defaults to the type's focus: `ask` for asks, `give` otherwise; null: not classified (an imported touch restored by Undo). */
  focus: z.optional(z.nullable(Focus)),
  /** Messages only: who sent it (message capture logs the user's own sends as `outgoing`). The other person's message never has a focus. */
  direction: z.optional(MessageDirection),
  /** Defaults to now. */
  at: z.optional(Timestamp),
  note: z.optional(text(LIMITS.touchpointNote)),
  postUrn: z.optional(PostUrn),
  postUrl: z.optional(HttpsUrl),
  /** Defaults to `manual`; imports have their own path. */
  source: z.optional(z.enum(['manual', 'auto'])),
  /** A derived id makes a write idempotent (auto-capture: once per post, type and day). */
  id: z.optional(Id),
  /** The open need this ask or conversation was about (lib/model/need.ts). */
  needId: z.optional(Id),
});
export type TouchpointDraft = z.infer<typeof TouchpointDraft>;

/** Who a touchpoint is with: a stored contact, or a recognised person added on first log. */
export const TouchpointTarget = z.union([
  z.strictObject({ contactId: Id }),
  z.strictObject({ person: PersonRef, circle: z.optional(Circle) }),
]);
export type TouchpointTarget = z.infer<typeof TouchpointTarget>;

export const TouchpointPatch = z.strictObject({
  type: z.optional(TouchpointType),
  focus: z.optional(Focus),
  at: z.optional(Timestamp),
  /** null or empty removes the note. */
  note: z.optional(z.nullable(text(LIMITS.touchpointNote))),
  /** Asks only: what came of it. */
  outcome: z.optional(AskOutcome),
  /** Asks only: whether you thanked them. */
  thanked: z.optional(z.boolean()),
  /** The need it was about; null unties it. */
  needId: z.optional(z.nullable(Id)),
});
export type TouchpointPatch = z.infer<typeof TouchpointPatch>;

export const NoteDraft = z.strictObject({
  id: Id,
  contactId: Id,
  body: z.string().check(z.maxLength(LIMITS.noteBody)),
  /**
   * The `updatedAt` the editor started from, or null for a new note. A save
   * whose base is older than what is stored is refused with `conflict`, so an
   * edit in one window never silently overwrites newer text from another.
   */
  baseUpdatedAt: z.nullable(Timestamp),
});
export type NoteDraft = z.infer<typeof NoteDraft>;

/**
 * A person as LinkedIn's data export describes them, mapped and validated in
 * the options page's worker (lib/linkedin/export) before it reaches the
 * background. Merged into an existing contact without overwriting anything:
 * only empty fields are filled in.
 */
export const ImportedContact = z.strictObject({
  profileUrl: ProfileUrl,
  name: requiredText(LIMITS.name),
  headline: z.optional(text(LIMITS.headline)),
  company: z.optional(text(LIMITS.company)),
  connectedAt: z.optional(Timestamp),
  invitedBy: z.optional(InvitedBy),
  /** False for people known only from an invitation: their details fill in a contact already in Rapport, none is created. */
  createIfMissing: z.boolean(),
});
export type ImportedContact = z.infer<typeof ImportedContact>;

/**
 * A touchpoint from the export, with an id derived from its source so a
 * re-import finds it again. Its source is `import`. No focus: nobody said
 * whether it was about them or about you, so it stays out of the 90% ratio.
 * Messages say who sent them.
 */
export const ImportedTouchpoint = z.strictObject({
  id: Id,
  contactId: Id,
  type: TouchpointType,
  direction: z.optional(MessageDirection),
  at: Timestamp,
  note: z.optional(text(LIMITS.touchpointNote)),
});
export type ImportedTouchpoint = z.infer<typeof ImportedTouchpoint>;

/** How many rows one import message may carry: a few hundred KB of JSON, one short transaction. */
export const IMPORT_CHUNK_LIMITS = { contacts: 2000, touchpoints: 5000 } as const;
/** The JSON text of a chunk at those limits stays well under this. */
export const IMPORT_CHUNK_MAX_JSON = 16_000_000;

/** One slice of an import, written in one transaction. Every touchpoint belongs to a contact of the same chunk. */
export const ImportChunk = z
  .strictObject({
    contacts: z.array(ImportedContact).check(z.maxLength(IMPORT_CHUNK_LIMITS.contacts)),
    touchpoints: z.array(ImportedTouchpoint).check(z.maxLength(IMPORT_CHUNK_LIMITS.touchpoints)),
  })
  .check(
    z.refine(
      (chunk) => {
        const ids = new Set(chunk.contacts.map((contact) => contactIdFromProfileUrl(contact.profileUrl)));
        return chunk.touchpoints.every((touchpoint) => ids.has(touchpoint.contactId));
      },
      { message: 'every touchpoint must belong to a contact of the same chunk', path: ['touchpoints'] },
    ),
  );
export type ImportChunk = z.infer<typeof ImportChunk>;

/** Parses and validates a chunk's JSON text; the message names the first problem. */
export function parseImportChunk(json: string): { ok: true; chunk: ImportChunk } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `the import chunk is not valid JSON (${(error as Error).message})` };
  }
  const parsed = ImportChunk.safeParse(value);
  if (parsed.success) return { ok: true, chunk: parsed.data };
  return { ok: false, error: describeZodIssue(parsed.error) };
}

/** How many people one bulk change may name: everyone a People page of 10,000 can select, in one message. */
export const BULK_CONTACTS_LIMIT = 10_000;

/**
 * One change applied to many people at once (the People page's bulk actions):
 * put them all in a circle, give them all a kind (null removes it), or add a tag.
 */
export const BulkContactChange = z.union([
  z.strictObject({ circle: Circle }),
  z.strictObject({ kind: z.nullable(ContactKind) }),
  z.strictObject({ addTag: requiredText(LIMITS.tag) }),
]);
export type BulkContactChange = z.infer<typeof BulkContactChange>;
