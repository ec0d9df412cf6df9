import { addDays, addMonths } from 'date-fns';
import { TZDate, tz } from '@date-fns/tz';

/**
 * Wall-clock arithmetic in the user's time zone, for nudges: "09:00 every
 * day", "weekends are quiet", "snooze for a month". Instants are epoch
 * milliseconds; the zone is injected so DST changes can be tested anywhere.
 */

/** A local calendar day, `YYYY-MM-DD`. Sorts chronologically as a string. */
export type LocalDay = string;

const pad = (value: number) => String(value).padStart(2, '0');

export function localDay(at: number, timeZone: string): LocalDay {
  const date = new TZDate(at, timeZone);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** 0 = Sunday … 6 = Saturday, on the local calendar. */
export function localWeekday(at: number, timeZone: string): number {
  return new TZDate(at, timeZone).getDay();
}

/**
 * The instant at `time` (`HH:MM`) on the local day of `at`. On the day clocks
 * go forward a time that does not exist (02:30) becomes the hour after (03:30).
 */
export function atLocalTime(at: number, time: string, timeZone: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const day = new TZDate(at, timeZone);
  return +new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, timeZone);
}

/** The same wall-clock time `days` calendar days later (23 or 25 hours across a DST change). */
export function addLocalDays(at: number, days: number, timeZone: string): number {
  return +addDays(at, days, { in: tz(timeZone) });
}

/** The same wall-clock time `months` calendar months later (31 Jan + 1 month = 28/29 Feb). */
export function addLocalMonths(at: number, months: number, timeZone: string): number {
  return +addMonths(at, months, { in: tz(timeZone) });
}
