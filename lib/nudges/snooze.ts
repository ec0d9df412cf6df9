import { TZDate } from '@date-fns/tz';
import { toTimestamp, type Timestamp } from '@/lib/time/instant';
import { addLocalDays, addLocalMonths } from '@/lib/time/zoned';

/** The fixed snooze choices offered for one person (beside a custom date) and for everyone due. */
export const SNOOZE_PERIODS = ['day', 'week', 'month'] as const;
export type SnoozePeriod = (typeof SNOOZE_PERIODS)[number];

/** When a snooze of one day, week or month that starts `now` ends: the same wall-clock time that many calendar days later. */
export function snoozeEnd(period: SnoozePeriod, now: number, timeZone: string): Timestamp {
  const end = period === 'month' ? addLocalMonths(now, 1, timeZone) : addLocalDays(now, period === 'week' ? 7 : 1, timeZone);
  return toTimestamp(end);
}

/**
 * A custom snooze until a chosen local date (`YYYY-MM-DD`, as `<input type="date">`
 * gives it): the person is due again from the start of that day. Undefined
 * when the text is not a date or the day has already begun.
 */
export function snoozeUntilDate(date: string, now: number, timeZone: string): Timestamp | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const end = +new TZDate(year, month - 1, day, 0, 0, timeZone);
  if (Number.isNaN(end) || end <= now || new TZDate(end, timeZone).getDate() !== day) return undefined;
  return toTimestamp(end);
}
