import { localDay } from '@/lib/time/local-day';
import { addCalendarDays, type CalendarDay } from '@/lib/time/calendar-day';
import type { OpenLoop } from '@/lib/model/open-loop';

/**
 * When an open loop is due: from the start (local midnight) of its day in the
 * user's time zone, whatever the clocks did overnight. Days are calendar days,
 * so a loop set for Sunday the 29th is due all of the 29th, even when that day
 * has 23 hours.
 */

/** Today's calendar day in `timeZone`. */
export const today = (now: number, timeZone: string): CalendarDay => localDay(now, timeZone);

export function isLoopDue(loop: Pick<OpenLoop, 'openDay'>, now: number, timeZone: string): boolean {
  return loop.openDay !== undefined && loop.openDay <= today(now, timeZone);
}

/** Snooze choices: tomorrow, or a week from today (never earlier than tomorrow). */
export type LoopSnooze = 'day' | 'week';
export function snoozedDay(now: number, timeZone: string, snooze: LoopSnooze): CalendarDay {
  return addCalendarDays(today(now, timeZone), snooze === 'day' ? 1 : 7);
}

/** How overdue: 0 on its day, n days after. */
export function daysLate(loop: Pick<OpenLoop, 'dueDay'>, todayDay: CalendarDay): number {
  return Math.max(0, Math.round((Date.parse(`${todayDay}T00:00:00Z`) - Date.parse(`${loop.dueDay}T00:00:00Z`)) / 86_400_000));
}
