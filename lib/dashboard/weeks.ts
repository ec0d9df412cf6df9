import { startOfWeek, subWeeks } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { toTimestamp, type Timestamp } from '@/lib/time/instant';
import { WEEKS_SHOWN } from '@/lib/model/touch-day';



/**
 * The starts (Monday 00:00 in `timeZone`) of the `count` weeks ending with the
 * one containing `now`, oldest first. Weeks follow the local calendar, so a
 * daylight-saving change never shifts a touch into the wrong week.
 */
export function weekStarts(now: number, timeZone: string, count: number = WEEKS_SHOWN): Timestamp[] {
  const thisWeek = startOfWeek(new TZDate(now, timeZone), { weekStartsOn: 1 });
  return Array.from({ length: count }, (_, i) => toTimestamp(+subWeeks(thisWeek, count - 1 - i)));
}

/**
 * The index of the week `at` falls in, or -1 before the first. `starts` are
 * sorted, as {@link weekStarts} returns them; instants or `YYYY-MM-DD` days
 * alike, since both sort as strings.
 */
export function weekIndex(at: string, starts: readonly string[]): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
