import { addDays, addMonths, startOfWeek, subWeeks } from 'date-fns';
import { TZDate, tz, tzOffset } from '@date-fns/tz';
import { toTimestamp, type Timestamp } from '@/lib/time/instant';

/**
 * Wall-clock arithmetic in a given time zone, with date-fns/tz: "09:00 every
 * day", "weekends are quiet", "snooze for a month", "a cadence of 30 days",
 * "the dashboard's weeks". Instants are epoch milliseconds; the zone is always
 * passed in so DST changes can be tested anywhere. The content script must not
 * import this file (date-fns is too heavy for its budget): the calendar day
 * alone is lib/time/local-day.ts, Intl only.
 */

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

const DAY_MS = 86_400_000;
/** Wider than any clock change (the largest, a double summer time's 2 hours): no change this near means one reading of the wall-clock time. */
const CHANGE_MARGIN_MS = 3 * 3_600_000;

/** The same wall-clock time `days` calendar days later (23 or 25 hours across a DST change). */
export function addLocalDays(at: number, days: number, timeZone: string): number {
  // Most calls cross no clock change: then it is exactly `days` × 24 hours later, found with a few offset
  // reads instead of a zoned date's many (a bulk circle change computes two thousand of these).
  if (Number.isInteger(days)) {
    const later = at + days * DAY_MS;
    const offset = tzOffset(timeZone, new Date(later));
    if (
      !Number.isNaN(offset) &&
      tzOffset(timeZone, new Date(at)) === offset &&
      tzOffset(timeZone, new Date(later - CHANGE_MARGIN_MS)) === offset &&
      tzOffset(timeZone, new Date(later + CHANGE_MARGIN_MS)) === offset
    ) {
      return later;
    }
  }
  // The unary plus reads the instant: a TZDate would print its own offset, and stored timestamps are always UTC.
  return +addDays(at, days, { in: tz(timeZone) });
}

/** The same wall-clock time `months` calendar months later (31 Jan + 1 month = 28/29 Feb). */
export function addLocalMonths(at: number, months: number, timeZone: string): number {
  return +addMonths(at, months, { in: tz(timeZone) });
}

/**
 * The starts (Monday 00:00 in `timeZone`) of the `count` weeks ending with the
 * one containing `now`, oldest first. Weeks follow the local calendar, so a
 * daylight-saving change never shifts a touch into the wrong week.
 */
export function weekStarts(now: number, timeZone: string, count: number): Timestamp[] {
  const thisWeek = startOfWeek(new TZDate(now, timeZone), { weekStartsOn: 1 });
  return Array.from({ length: count }, (_, i) => toTimestamp(+subWeeks(thisWeek, count - 1 - i)));
}
