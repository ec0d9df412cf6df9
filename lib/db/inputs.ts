import { z } from 'zod/mini';
import {
  Circle,
  ContactKind,
  Focus,
  HttpsUrl,
  Id,
  LIMITS,
  PersonFields,
  PostUrn,
  ProfileUrl,
  Tags,
  text,
  TouchpointType,
} from '@/lib/db/schema';
import { Timestamp } from '@/lib/time';

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
});
export type ContactPatch = z.infer<typeof ContactPatch>;

/** A touchpoint as the user (or auto-capture) describes it; the rest is filled in on write. */
export const TouchpointDraft = z.strictObject({
  type: TouchpointType,
  /** Defaults to the type's focus: `ask` for asks, `give` otherwise. */
  focus: z.optional(Focus),
  /** Defaults to now. */
  at: z.optional(Timestamp),
  note: z.optional(text(LIMITS.touchpointNote)),
  postUrn: z.optional(PostUrn),
  postUrl: z.optional(HttpsUrl),
  /** Defaults to `manual`; imports have their own path. */
  source: z.optional(z.enum(['manual', 'auto'])),
  /** A derived id makes a write idempotent (auto-capture: once per post, type and day). */
  id: z.optional(Id),
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
