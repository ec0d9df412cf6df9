import { z } from 'zod/mini';
import { Id, LIMITS, ProfileUrl, requiredText, text } from '@/lib/model/schema';
import { Timestamp } from '@/lib/time/instant';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';

/**
 * An introduction as a record (issue 17): who you introduced to whom, or who
 * introduced you to whom, why, and what came of it. One side may be outside
 * Rapport (a name and, if known, a profile URL). An introduction you make
 * counts as a give to each person in Rapport: one `intro` touchpoint each,
 * linked by `introductionId` (lib/db/repo/writes/introductions.ts).
 */

/** `made`: you introduced `a` to `b`. `received`: `a` introduced you to `b`. */
export const INTRODUCTION_KINDS = ['made', 'received'] as const;
export const IntroductionKind = z.enum(INTRODUCTION_KINDS);
export type IntroductionKind = z.infer<typeof IntroductionKind>;

/**
 * What came of it: `open` (just made, nothing heard yet), `connected` (they
 * met or talked), `helped` (it led somewhere for someone), `none` (nothing came of it).
 */
export const INTRODUCTION_OUTCOMES = ['open', 'connected', 'helped', 'none'] as const;
export const IntroductionOutcome = z.enum(INTRODUCTION_OUTCOMES);
export type IntroductionOutcome = z.infer<typeof IntroductionOutcome>;

export const INTRODUCTION_PURPOSE_MAX = 500;

/**
 * One side of an introduction. The name (and profile URL) are kept even for a
 * person in Rapport, so the introduction still reads right if they are removed.
 */
export const IntroductionParty = z.strictObject({
  /** Set when the person is in Rapport. */
  contactId: z.optional(Id),
  name: requiredText(LIMITS.name),
  profileUrl: z.optional(ProfileUrl),
});
export type IntroductionParty = z.infer<typeof IntroductionParty>;

const partyKey = (party: IntroductionParty) => party.contactId ?? (party.profileUrl ? contactIdFromProfileUrl(party.profileUrl) : undefined) ?? `name:${party.name.toLowerCase()}`;

/** Nobody is introduced to themselves. */
export const twoPeople = z.refine<{ a: IntroductionParty; b: IntroductionParty }>(({ a, b }) => partyKey(a) !== partyKey(b), {
  message: 'an introduction is between two different people',
  path: ['b'],
});

/** A party's contact id is the one its profile URL names. */
export const consistentParties = z.refine<{ a: IntroductionParty; b: IntroductionParty }>(
  ({ a, b }) => [a, b].every((party) => party.contactId === undefined || party.profileUrl === undefined || contactIdFromProfileUrl(party.profileUrl) === party.contactId),
  { message: 'a person’s id must be derived from their profile URL', path: ['a'] },
);

export const IntroductionFields = z.strictObject({
  id: Id,
  kind: IntroductionKind,
  a: IntroductionParty,
  b: IntroductionParty,
  purpose: z.optional(text(INTRODUCTION_PURPOSE_MAX)),
  outcome: IntroductionOutcome,
  /** When the introduction was made. Indexed with `kind`: the dashboard's lists, newest first. */
  at: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Derived: the ids of the parties in Rapport. Multi-entry index: a person's introductions. */
  contactIds: z.array(Id).check(z.maxLength(2)),
});
export const IntroductionSchema = IntroductionFields.check(twoPeople, consistentParties);
export type Introduction = z.infer<typeof IntroductionSchema>;

/** The ids of an introduction's parties in Rapport (the `contactIds` index). */
export function introductionContactIds(introduction: Pick<Introduction, 'a' | 'b'>): string[] {
  return [...new Set([introduction.a.contactId, introduction.b.contactId].filter((id): id is string => id !== undefined))];
}

/** A side as the form sends it: someone in Rapport, or a name and (optionally) a profile URL. */
export const IntroductionPartyDraft = z.union([
  z.strictObject({ contactId: Id }),
  z.strictObject({ name: requiredText(LIMITS.name), profileUrl: z.optional(ProfileUrl) }),
]);
export type IntroductionPartyDraft = z.infer<typeof IntroductionPartyDraft>;

/** A new introduction; an `id` restores one just deleted (Undo), idempotently. */
export const IntroductionDraft = z.strictObject({
  id: z.optional(Id),
  kind: IntroductionKind,
  a: IntroductionPartyDraft,
  b: IntroductionPartyDraft,
  purpose: z.optional(text(INTRODUCTION_PURPOSE_MAX)),
  /** Defaults to `open`. */
  outcome: z.optional(IntroductionOutcome),
  /** Defaults to now. */
  at: z.optional(Timestamp),
});
export type IntroductionDraft = z.infer<typeof IntroductionDraft>;

/** Edit what came of it, or the purpose (null or empty removes it). */
export const IntroductionPatch = z.strictObject({
  outcome: z.optional(IntroductionOutcome),
  purpose: z.optional(z.nullable(text(INTRODUCTION_PURPOSE_MAX))),
});
export type IntroductionPatch = z.infer<typeof IntroductionPatch>;

/** The id of the `intro` touchpoint an introduction you made gives one person: derived, so restoring it is idempotent. */
export const introductionTouchpointId = (introductionId: string, contactId: string) => `intro|${introductionId}|${contactId}`;
