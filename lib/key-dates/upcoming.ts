import { addCalendarDays, calendarDay, daysBetween, isLeapYear, monthDayOf, type CalendarDay } from '@/lib/time/calendar-day';
import type { KeyDate, KeyDateKind } from '@/lib/model/key-date';
import type { Contact } from '@/lib/model/schema';

/**
 * When yearly dates come round. All on calendar days: "today" is the user's
 * local day (lib/time/local-day.ts), a date is its month and day. 29 February
 * falls on 28 February in years without one (and the views say so).
 */

export type OccurrenceKind = KeyDateKind | 'connection';

export interface DateOccurrence {
  /** The key date's id, or `connection:<contactId>`. */
  id: string;
  contactId: string;
  kind: OccurrenceKind;
  label?: string;
  /** The calendar day it falls on this time. */
  day: CalendarDay;
  /** Which anniversary or birthday (when the year is known): 1 for the first. */
  years?: number;
  /** A 29 February date shown on 28 February of a year without one. */
  leapDayMoved: boolean;
}

/** The day a yearly date (month, day) falls on in `year`. */
export function occurrenceIn(year: number, month: number, day: number): { day: CalendarDay; leapDayMoved: boolean } {
  if (month === 2 && day === 29 && !isLeapYear(year)) return { day: calendarDay(year, 2, 28), leapDayMoved: true };
  return { day: calendarDay(year, month, day), leapDayMoved: false };
}

/** The first occurrence on or after `from`. */
export function nextOccurrence(from: CalendarDay, month: number, day: number): { day: CalendarDay; leapDayMoved: boolean } {
  const year = Number(from.slice(0, 4));
  const thisYear = occurrenceIn(year, month, day);
  return thisYear.day >= from ? thisYear : occurrenceIn(year + 1, month, day);
}

/**
 * The `MM-DD` index keys of dates falling in the `days` days from `from`:
 * each day's own, plus 02-29 on 28 February of a year without a 29th.
 * What the repository reads with `anyOf`, instead of scanning every date.
 */
export function monthDaysAhead(from: CalendarDay, days: number): string[] {
  const keys: string[] = [];
  for (let offset = 0; offset < days; offset++) {
    const day = addCalendarDays(from, offset);
    keys.push(monthDayOf(day));
    if (monthDayOf(day) === '02-28' && !isLeapYear(Number(day.slice(0, 4)))) keys.push('02-29');
  }
  return keys;
}

const yearsSince = (occurrence: CalendarDay, year: number | undefined) => (year === undefined ? undefined : Number(occurrence.slice(0, 4)) - year);

/**
 * The dates of these key dates and people's connections falling within
 * `days` days from `from`, soonest first. A date in its own year (a
 * connection made this year, a birthday dated this year) has no anniversary yet.
 */
export function upcomingDates(
  from: CalendarDay,
  days: number,
  keyDates: readonly KeyDate[],
  connected: readonly Pick<Contact, 'id' | 'connectedAt'>[],
): DateOccurrence[] {
  const found: DateOccurrence[] = [];
  const consider = (occurrence: Omit<DateOccurrence, 'day' | 'leapDayMoved' | 'years'>, month: number, day: number, year: number | undefined) => {
    const next = nextOccurrence(from, month, day);
    if (daysBetween(from, next.day) >= days) return;
    const years = yearsSince(next.day, year);
    if (years !== undefined && years < 1 && occurrence.kind !== 'birthday') return;
    if (years !== undefined && years < 0) return;
    found.push({ ...occurrence, ...next, ...(years !== undefined ? { years } : {}) });
  };
  for (const date of keyDates) {
    consider({ id: date.id, contactId: date.contactId, kind: date.kind, ...(date.label ? { label: date.label } : {}) }, date.month, date.day, date.year);
  }
  for (const contact of connected) {
    if (!contact.connectedAt) continue;
    const [year, month, day] = contact.connectedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
    consider({ id: `connection:${contact.id}`, contactId: contact.id, kind: 'connection' }, month, day, year);
  }
  return found.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : 1));
}
