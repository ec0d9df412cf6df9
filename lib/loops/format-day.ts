import { uiLocale } from '@/lib/i18n';
import type { CalendarDay } from '@/lib/time/calendar-day';

let dayFormat: Intl.DateTimeFormat | undefined;
let monthDayFormat: Intl.DateTimeFormat | undefined;

/** "3 Mar 2026": a calendar day in the user's locale (read at UTC midnight, so no zone can move it). */
export function formatCalendarDay(day: CalendarDay): string {
  dayFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' });
  return dayFormat.format(Date.parse(`${day}T00:00:00Z`));
}

/** "3 Mar": a yearly date's day in the user's locale. */
export function formatCalendarMonthDay(day: CalendarDay): string {
  monthDayFormat ??= new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return monthDayFormat.format(Date.parse(`${day}T00:00:00Z`));
}
