import { addDays, startOfDay } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { Circle } from '@/lib/model/schema';
import { localDay } from '@/lib/time/local-day';
import { toTimestamp, type Timestamp } from '@/lib/time/instant';

/**
 * Catching up: people who were already past due when they entered a circle
 * (their last touch, known from an import, was months ago) are not all due at
 * once. They are spread over the coming days, longest quiet first: at least
 * {@link CATCH_UP_MIN_PER_DAY} a day, and everyone within
 * {@link CATCH_UP_MAX_DAYS} days. Today's share is due at once, each later
 * day's from the start of that day. Pure; the time zone is injected.
 */

export const CATCH_UP_MIN_PER_DAY = 2;
/** The circles with a plain cadence; the new circle's 24-7-30 steps count from the connection instead. */
export const CATCH_UP_CIRCLES: ReadonlySet<Circle> = new Set<Circle>(['inner', 'key', 'wider']);
export const CATCH_UP_MAX_DAYS = 14;

/** How many people a day for a backlog of `backlog` people: at least two, and done within two weeks. */
export function catchUpPace(backlog: number): number {
  return Math.max(CATCH_UP_MIN_PER_DAY, Math.ceil(backlog / CATCH_UP_MAX_DAYS));
}

/**
 * Slots for `newcomers` people joining the catch-up (ordered longest quiet
 * first), given the slots already `taken` by people still waiting. Those keep
 * their days; the newcomers fill the earliest days from today that have fewer
 * than the pace of the whole backlog. Returns one slot per newcomer, in order.
 */
export function assignCatchUpSlots(taken: readonly Timestamp[], newcomers: number, now: Timestamp, timeZone: string): Timestamp[] {
  if (newcomers <= 0) return [];
  const today = localDay(now, timeZone);
  const perDay = new Map<string, number>();
  for (const slot of taken) {
    // A slot from an earlier day is already due: it no longer takes a place in the days ahead.
    const day = localDay(slot, timeZone);
    if (day >= today) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const pace = catchUpPace([...perDay.values()].reduce((sum, count) => sum + count, 0) + newcomers);
  const slots: Timestamp[] = [];
  for (let offset = 0; slots.length < newcomers; offset++) {
    const slot = offset === 0 ? now : toTimestamp(startOfDay(addDays(new Date(now), offset, { in: tz(timeZone) })).getTime());
    const day = offset === 0 ? today : localDay(slot, timeZone);
    let count = perDay.get(day) ?? 0;
    while (count < pace && slots.length < newcomers) {
      slots.push(slot);
      count++;
    }
    perDay.set(day, count);
  }
  return slots;
}
