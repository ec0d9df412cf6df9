import { z } from 'zod/mini';

/**
 * Calendar days without a time of day (`YYYY-MM-DD`): when a follow-up is
 * due, a birthday. They are not instants: "the 3rd of March" is the 3rd of
 * March in whatever zone the user is in that day, so daylight-saving changes
 * and travel never move them. Pure arithmetic on the proleptic Gregorian
 * calendar (through UTC dates, which have no DST), Intl-free so any bundle may use it.
 */

/** A real calendar day, `YYYY-MM-DD` (31 June and 29 Feb 2027 are refused). */
export const CalendarDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2026-12-03'),
  z.refine((day: string) => isRealDay(day), 'must be a day that exists'),
);
export type CalendarDay = z.infer<typeof CalendarDay>;

function isRealDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function calendarDay(year: number, month: number, day: number): CalendarDay {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The day `days` calendar days after `day` (negative: before). */
export function addCalendarDays(day: CalendarDay, days: number): CalendarDay {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year, month - 1, date + days));
  return calendarDay(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `MM-DD` of a day: what yearly dates are indexed by. */
export const monthDayOf = (day: CalendarDay): string => day.slice(5, 10);
