import { t, uiLocale } from '@/lib/i18n';
import type { KeyDate, KeyDateKind } from '@/lib/model/key-date';
import type { OccurrenceKind } from '@/lib/key-dates/upcoming';

const KIND_LABELS = {
  birthday: 'keyDateKind_birthday',
  workAnniversary: 'keyDateKind_workAnniversary',
  other: 'keyDateKind_other',
  connection: 'keyDateKind_connection',
} as const;

/** What a date is: "Birthday", "Work anniversary", the user's own label, "Connected on LinkedIn". */
export function keyDateTitle(date: { kind: OccurrenceKind; label?: string }): string {
  return date.kind === 'other' && date.label ? date.label : t(KIND_LABELS[date.kind]);
}

export const keyDateKindLabel = (kind: KeyDateKind) => t(KIND_LABELS[kind]);

let monthNames: string[] | undefined;
/** January … December in the user's locale. */
export function monthName(month: number): string {
  monthNames ??= Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(uiLocale(), { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, i, 1)));
  return monthNames[month - 1]!;
}

/** "29 February" or "29 February 1990", in the user's locale. */
export function formatKeyDate(date: Pick<KeyDate, 'month' | 'day' | 'year'>): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC', ...(date.year !== undefined ? { year: 'numeric' } : {}) };
  // A leap year stands in for a year-less 29 February.
  return new Intl.DateTimeFormat(uiLocale(), options).format(Date.UTC(date.year ?? 2024, date.month - 1, date.day));
}
