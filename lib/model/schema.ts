import { z } from 'zod/mini';
import { Timestamp } from '@/lib/time/instant';
import { CIRCLES, KINDS, STRENGTHS, TOUCHPOINT_TYPES } from '@/lib/model/enums';

export { CIRCLES, KINDS, TOUCHPOINT_TYPES };
import { canonicalProfileUrl, contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';

/**
 * Rapport's domain model. These Zod schemas are the source of the TypeScript
 * types; the Dexie tables, the message protocol and the backup format all
 * reuse them. Length caps keep hostile page content from bloating storage.
 *
 * Written with `zod/mini` (tree-shakable) so that every bundle pays only for
 * the checks it uses: the background and popup have size budgets.
 */

export const LIMITS = {
  name: 200,
  headline: 500,
  company: 200,
  location: 200,
  url: 2048,
  tag: 50,
  tags: 50,
  touchpointNote: 2000,
  noteBody: 100_000,
  id: 200,
} as const;

/** How close a relationship is; each circle has its own cadence. */
export const Circle = z.enum(CIRCLES);
export type Circle = z.infer<typeof Circle>;

/** Andy Lopata's blended network: who can help you reach your goals, who you share rapport with. */
export const ContactKind = z.enum(KINDS);
export type ContactKind = z.infer<typeof ContactKind>;

export const TouchpointType = z.enum(TOUCHPOINT_TYPES);
export type TouchpointType = z.infer<typeof TouchpointType>;

/** give = about them, ask = about me. The 90% rule: most touchpoints should be gives. */
export const Focus = z.enum(['give', 'ask']);
export type Focus = z.infer<typeof Focus>;

export const TouchpointSource = z.enum(['manual', 'auto', 'import']);

/**
 * Messages (and the gives of introductions you made, always `outgoing`): who sent it. `outgoing` is the user's own message (their
 * touchpoint); `incoming` is the other person's, kept as evidence of an
 * exchange (relationship strength, suggestions), never counted as give or ask.
 * Absent on older rows and other types.
 */
export const MessageDirection = z.enum(['outgoing', 'incoming']);
export type MessageDirection = z.infer<typeof MessageDirection>;
export type TouchpointSource = z.infer<typeof TouchpointSource>;

/** What came of an ask (the dashboard's asks log); an ask without one is pending. */
export const AskOutcome = z.enum(['pending', 'helped', 'declined']);
export type AskOutcome = z.infer<typeof AskOutcome>;

/** Who sent the invitation that made the connection (LinkedIn's Invitations.csv). */
export const InvitedBy = z.enum(['me', 'them']);
export type InvitedBy = z.infer<typeof InvitedBy>;

export const Id = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));

/** Trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
/** Trimmed, non-empty text of at most `max` characters. */
export const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));

export const ProfileUrl = z.string().check(
  z.maxLength(LIMITS.url),
  z.refine((url: string) => canonicalProfileUrl(url) === url, {
    message: 'must be a canonical profile URL like https://www.linkedin.com/in/jane-doe/',
  }),
);

/** An absolute https URL, as the browser's own URL parser reads it. (Not `z.url()`: its URL schema costs the background's size budget more than this line.) */
export const HttpsUrl = z.string().check(
  z.maxLength(LIMITS.url),
  z.refine((value: string) => URL.canParse(value) && new URL(value).protocol === 'https:', 'must be an https URL'),
);

export const PostUrn = z
  .string()
  .check(z.maxLength(200), z.regex(/^urn:li:[A-Za-z]+:[\w:(),-]+$/, 'must be a LinkedIn URN like urn:li:activity:123'));

/** LinkedIn's internal member id (`ACoAA…`), as its profile and composer links carry it. */
export const MemberId = z.string().check(z.regex(/^ACoAA[A-Za-z0-9_-]{10,100}$/, 'must be a LinkedIn member id like ACoAA…'));

export const Tag = requiredText(LIMITS.tag);
export const Tags = z.array(Tag).check(z.maxLength(LIMITS.tags));

/** The fields a person has whether or not Rapport tracks them yet. */
export const PersonFields = z.strictObject({
  name: requiredText(LIMITS.name),
  headline: z.optional(text(LIMITS.headline)),
  company: z.optional(text(LIMITS.company)),
  location: z.optional(text(LIMITS.location)),
  avatarUrl: z.optional(HttpsUrl),
});

/** How a relationship stands: new, growing, strong, cooling or cold (docs/relationship-strength.md). */
export const Strength = z.enum(STRENGTHS);
export type Strength = z.infer<typeof Strength>;

/**
 * What a relationship's strength is judged from, kept on the contact by every
 * write (lib/relationship/strength.ts), so no render reads their touchpoints.
 */
export const StrengthFacts = z.strictObject({
  /** Your touches in the 90 days before the last write, newest first (at most 10). */
  recentTouches: z.array(Timestamp).check(z.maxLength(10)),
  /** Your latest message, and theirs: both make a two-way exchange. */
  lastSentAt: z.optional(Timestamp),
  lastReceivedAt: z.optional(Timestamp),
  /** Of your latest 10 classified touches: how many were about them, how many in all. */
  gives: z.int().check(z.nonnegative()),
  classified: z.int().check(z.nonnegative()),
});
export type StrengthFacts = z.infer<typeof StrengthFacts>;

/** Fields Rapport derives from touchpoints and cadences; never written by hand. */
export const DerivedContactFields = z.strictObject({
  /** The latest touchpoint's `at`. Indexed: "gone longest without a touch". */
  lastTouchAt: z.optional(Timestamp),
  /** When the contact becomes due; absent when never due (untracked). Indexed: "who is due". */
  dueAt: z.optional(Timestamp),
  /** When the contact becomes overdue. Indexed: the badge's colour. */
  overdueAt: z.optional(Timestamp),
  /**
   * Since when a person you keep in touch with has had no touch: their last
   * touch, or when they joined their circle if never touched; absent for
   * untracked people. Indexed: "longest without a touch", untracked left out.
   */
  quietSince: z.optional(Timestamp),
  /** How the relationship stands. Indexed: the dashboard's "want to help" network. */
  strength: z.optional(Strength),
  strengthFacts: z.optional(StrengthFacts),
  /** When time alone changes the strength (a touch leaves the 90 days, say). Indexed: the tick refreshes those due. */
  strengthChangesAt: z.optional(Timestamp),
  /** Words to find the contact by (lib/search/search-words.ts). Multi-entry index: search. */
  searchWords: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(64))),
  /** `MM-DD` of `connectedAt`, for people in a circle. Indexed: connection anniversaries coming up (lib/key-dates). */
  connectedMonthDay: z.optional(z.string().check(z.regex(/^\d{2}-\d{2}$/))),
  /** The People page's order (lib/people/name-key.ts): name, folded and with numbers by value, then id. Indexed: its first screen and pages. */
  nameKey: z.optional(z.string().check(z.maxLength(4000))),
});

/** A contact's stored fields, before the id/profileUrl consistency check. */
export const ContactFields = z.strictObject({
  id: Id,
  profileUrl: ProfileUrl,
  ...PersonFields.shape,
  circle: Circle,
  kind: z.optional(ContactKind),
  tags: Tags,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When the contact entered its current circle; the cadence clock's start. */
  circleSince: Timestamp,
  snoozedUntil: z.optional(Timestamp),
  /** When you connected on LinkedIn (from its data export). */
  connectedAt: z.optional(Timestamp),
  /** Who initiated the connection (from its data export). */
  invitedBy: z.optional(InvitedBy),
  /**
   * When a LinkedIn page last showed the stored headline. Only a headline seen
   * on a page is compared for job changes: one from the data export (a job
   * title) differs from the profile's headline without anything having changed.
   */
  headlineSeenAt: z.optional(Timestamp),
  /** When a LinkedIn page last showed the stored company; compared like `headlineSeenAt`, for the same reason. */
  companySeenAt: z.optional(Timestamp),
  /**
   * LinkedIn's internal member id (`ACoAA…`), as the person's profile showed
   * it (its top card's key or Message link): the message composer names the
   * recipient by it (lib/linkedin/message-url.ts). Never typed by hand.
   */
  memberId: z.optional(MemberId),
  /** When a LinkedIn page last showed `memberId`: sync keeps the one seen last (lib/sync/merge.ts). */
  memberIdSeenAt: z.optional(Timestamp),
  /** When you skipped the person in the dashboard's triage: left out of it until you go through the skipped again. */
  triageSkippedAt: z.optional(Timestamp),
  /**
   * While you catch up on people who were already past due when they entered
   * their circle: the day Rapport suggests this one (lib/cadence/catch-up.ts).
   * Their first touch in the circle, or leaving the cadence circles, ends it.
   * Indexed: the days already taken, and the due list's "2 a day" sentence.
   */
  catchUpAt: z.optional(Timestamp),
  ...DerivedContactFields.shape,
});

export const idMatchesProfileUrl = z.refine<{ id: string; profileUrl: string }>(
  (contact) => contact.id === contactIdFromProfileUrl(contact.profileUrl),
  { message: 'id must be derived from profileUrl (in:<slug>)', path: ['id'] },
);

export const ContactSchema = ContactFields.check(idMatchesProfileUrl);
export type Contact = z.infer<typeof ContactSchema>;

export const TouchpointSchema = z.strictObject({
  id: Id,
  contactId: Id,
  type: TouchpointType,
  /**
   * give = about them, ask = about me; absent when nobody classified it: the
   * LinkedIn import's touches, and the other person's messages (which are
   * never give or ask). Only touches with a focus count in the 90% ratio.
   */
  focus: z.optional(Focus),
  at: Timestamp,
  /** `urn:li:activity:…`, `urn:li:share:…` or `urn:li:ugcPost:…` of the post touched. */
  postUrn: z.optional(PostUrn),
  postUrl: z.optional(HttpsUrl),
  note: z.optional(text(LIMITS.touchpointNote)),
  source: TouchpointSource,
  /** Messages only: who sent it (see MessageDirection). */
  direction: z.optional(MessageDirection),
  /** Asks only: what came of it. */
  outcome: z.optional(AskOutcome),
  /** Asks only: whether you thanked them. */
  thanked: z.optional(z.boolean()),
  /** Introductions you made only: the introduction this give is part of (lib/model/introduction.ts). */
  introductionId: z.optional(Id),
  /** The need (lib/model/need.ts) this ask or conversation was about. Indexed: who knows about a need. */
  needId: z.optional(Id),
});
export type Touchpoint = z.infer<typeof TouchpointSchema>;

export const NoteSchema = z.strictObject({
  id: Id,
  contactId: Id,
  body: z.string().check(z.maxLength(LIMITS.noteBody)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Sync only: this note keeps the text of a concurrent edit to note `conflictOf` on another device (a conflicting copy). */
  conflictOf: z.optional(Id),
});
export type Note = z.infer<typeof NoteSchema>;

/** A value a visited profile showed that differs from the stored one. */
const ChangedValue = (max: number) => z.strictObject({ from: requiredText(max), to: requiredText(max) });

/**
 * A new role spotted on a visited profile: its headline, its current company,
 * or both changed since a LinkedIn page last showed them. A chance to congratulate.
 */
export const JobChangeFields = z.strictObject({
  id: Id,
  contactId: Id,
  headline: z.optional(ChangedValue(LIMITS.headline)),
  company: z.optional(ChangedValue(LIMITS.company)),
  detectedAt: Timestamp,
  /** Set when the user congratulated (a `congrats` touchpoint was logged) or dismissed it. */
  settled: z.optional(z.enum(['congratulated', 'dismissed'])),
});
export const namesWhatChanged = z.refine<{ headline?: unknown; company?: unknown }>((change) => change.headline !== undefined || change.company !== undefined, {
  message: 'a job change names what changed (headline or company)',
});
export const JobChangeSchema = JobChangeFields.check(namesWhatChanged);
export type JobChange = z.infer<typeof JobChangeSchema>;

/** The other person's message: evidence of an exchange, not a touch of yours (no cadence, no give or ask). */
export function isTheirs(touchpoint: Pick<Touchpoint, 'direction'>): boolean {
  return touchpoint.direction === 'incoming';
}

/** The default focus of a touchpoint type: asking is about me, everything else about them. */
export function defaultFocus(type: TouchpointType): Focus {
  return type === 'ask' ? 'ask' : 'give';
}
