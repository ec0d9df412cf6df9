import { z } from 'zod/mini';
import { Id, requiredText, text } from '@/lib/model/schema';
import { Timestamp } from '@/lib/time/instant';

/**
 * Something you are working towards ("hire a data lead", "find a pilot
 * customer in logistics"). Asks and conversations can be tied to it
 * (`Touchpoint.needId`): the people they were with know about it. Written only
 * by the background (lib/db/repo/writes/needs.ts); synced like touchpoints.
 */

export const NEED_TEXT_MAX = 200;
export const NEED_OUTCOME_MAX = 2000;

export const NEED_STATUSES = ['open', 'met', 'dropped'] as const;
export const NeedStatus = z.enum(NEED_STATUSES);
export type NeedStatus = z.infer<typeof NeedStatus>;

export const NeedSchema = z.strictObject({
  id: Id,
  text: requiredText(NEED_TEXT_MAX),
  status: NeedStatus,
  /** What came of it, in your words (usually written when closing it). */
  outcome: z.optional(text(NEED_OUTCOME_MAX)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When it was closed as met or dropped; absent while open. */
  closedAt: z.optional(Timestamp),
});
export type Need = z.infer<typeof NeedSchema>;

/** A new need, as the dashboard sends it. */
export const NeedDraft = z.strictObject({ text: requiredText(NEED_TEXT_MAX) });
export type NeedDraft = z.infer<typeof NeedDraft>;

/**
 * Edit a need: its text, its outcome (null or empty removes it) or its status.
 * Closing (met, dropped) stamps `closedAt`; reopening clears it.
 */
export const NeedPatch = z.strictObject({
  text: z.optional(requiredText(NEED_TEXT_MAX)),
  outcome: z.optional(z.nullable(text(NEED_OUTCOME_MAX))),
  status: z.optional(NeedStatus),
});
export type NeedPatch = z.infer<typeof NeedPatch>;
