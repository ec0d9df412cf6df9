import { z } from 'zod/mini';
import { Id, requiredText } from '@/lib/model/schema';
import { Timestamp } from '@/lib/time/instant';
import { daysInMonth } from '@/lib/time/calendar-day';

/**
 * A date that comes back every year for one person: a birthday, a work
 * anniversary, or any date with the user's own label, with or without the
 * year. (Connection anniversaries are not stored here: they come from the
 * contact's `connectedAt`, see lib/key-dates/upcoming.ts.)
 */

export const KEY_DATE_KINDS = ['birthday', 'workAnniversary', 'other'] as const;
export const KeyDateKind = z.enum(KEY_DATE_KINDS);
export type KeyDateKind = z.infer<typeof KeyDateKind>;

export const KEY_DATE_LABEL_MAX = 60;

const Month = z.int().check(z.minimum(1), z.maximum(12));
const DayOfMonth = z.int().check(z.minimum(1), z.maximum(31));
const Year = z.int().check(z.minimum(1900), z.maximum(2200));

/** The day exists in some year (29 Feb does; 31 Apr does not); with a year, in that year. */
const existingDay = z.refine<{ month: number; day: number; year?: number }>(
  ({ month, day, year }) => day <= daysInMonth(year ?? 2024, month),
  { message: 'that day does not exist', path: ['day'] },
);
const labelledWhenOther = z.refine<{ kind: KeyDateKind; label?: string }>(({ kind, label }) => kind !== 'other' || (label !== undefined && label.length > 0), {
  message: 'a date of kind "other" needs a label',
  path: ['label'],
});

export const KeyDateFields = z.strictObject({
  id: Id,
  contactId: Id,
  kind: KeyDateKind,
  /** The user's own words for kind `other` ("Daughter's graduation"). */
  label: z.optional(requiredText(KEY_DATE_LABEL_MAX)),
  month: Month,
  day: DayOfMonth,
  /** Absent when the user does not know or want the year. */
  year: z.optional(Year),
  /** `MM-DD`, derived from month and day. Indexed: the days coming up are read by month-day, never by a scan. */
  monthDay: z.string().check(z.regex(/^\d{2}-\d{2}$/)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const KeyDateSchema = KeyDateFields.check(existingDay, labelledWhenOther);
export type KeyDate = z.infer<typeof KeyDateSchema>;

/** A key date as the person view sends it; an `id` edits an existing one. */
export const KeyDateDraft = z
  .strictObject({
    id: z.optional(Id),
    contactId: Id,
    kind: KeyDateKind,
    label: z.optional(requiredText(KEY_DATE_LABEL_MAX)),
    month: Month,
    day: DayOfMonth,
    year: z.optional(Year),
  })
  .check(existingDay, labelledWhenOther);
export type KeyDateDraft = z.infer<typeof KeyDateDraft>;

export const monthDayKey = (month: number, day: number): string => `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
