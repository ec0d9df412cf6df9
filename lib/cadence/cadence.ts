import { addDays } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { Circle } from '@/lib/db/schema';
import type { Cadences, CircleCadence } from '@/lib/storage/settings';
import { laterOf, toTimestamp, type Timestamp } from '@/lib/time';

/**
 * Cadence rules: when a relationship is due a touchpoint. Pure functions; the
 * time zone is injected so that "14 days later" means the same wall-clock time
 * 14 calendar days later, across daylight-saving changes.
 */

export interface CadenceInput {
  circle: Circle;
  circleSince: Timestamp;
  lastTouchAt?: Timestamp | undefined;
  snoozedUntil?: Timestamp | undefined;
  /** Touchpoints at or after `circleSince`; only the `new` circle's steps use it. */
  touchesSinceCircleStart: number;
}

export interface DueTimes {
  /** Absent when the contact is never due. */
  dueAt?: Timestamp;
  overdueAt?: Timestamp;
}

/** Which 24-7-30 step a new connection is on: 0, 1, 2, or 3 when all are done. */
export function newConnectionStep(touchesSinceCircleStart: number): 0 | 1 | 2 | 3 {
  return Math.min(3, Math.max(0, Math.floor(touchesSinceCircleStart))) as 0 | 1 | 2 | 3;
}

/** True when a `new` contact has had its 30-day touch and moves on to `graduateTo`. */
export function shouldGraduate(input: Pick<CadenceInput, 'circle' | 'touchesSinceCircleStart'>): boolean {
  return input.circle === 'new' && newConnectionStep(input.touchesSinceCircleStart) === 3;
}

function plusDays(from: Timestamp, days: number, timeZone: string): Timestamp {
  // getTime(): a TZDate would print its own offset; stored timestamps are always UTC.
  return toTimestamp(addDays(new Date(from), days, { in: tz(timeZone) }).getTime());
}

function fromAnchor(anchor: Timestamp, cadence: CircleCadence, timeZone: string): Required<DueTimes> {
  return {
    dueAt: plusDays(anchor, cadence.idealDays, timeZone),
    overdueAt: plusDays(anchor, cadence.maxDays, timeZone),
  };
}

function unsnoozed(input: CadenceInput, cadences: Cadences, timeZone: string): DueTimes {
  switch (input.circle) {
    case 'untracked':
      return {};
    case 'new': {
      const step = newConnectionStep(input.touchesSinceCircleStart);
      if (step !== 3) {
        // Steps are measured from entering the circle, not from the last touch.
        return fromAnchor(input.circleSince, cadences.new.steps[step], timeZone);
      }
      // All steps done but not yet moved (the writer moves it): follow the next circle.
      const next = cadences.new.graduateTo;
      if (next === 'untracked') return {};
      return fromAnchor(laterOf(input.lastTouchAt, input.circleSince)!, cadences[next], timeZone);
    }
    default: {
      // Any touchpoint resets the clock; with none since joining the circle, the circle's start counts.
      const anchor = laterOf(input.lastTouchAt, input.circleSince)!;
      return fromAnchor(anchor, cadences[input.circle], timeZone);
    }
  }
}

/**
 * When a contact becomes due and overdue. A snooze pushes both to its end, so
 * "who is due now" stays a single index range query on `dueAt`.
 */
export function computeDueTimes(input: CadenceInput, cadences: Cadences, timeZone: string): DueTimes {
  const times = unsnoozed(input, cadences, timeZone);
  if (times.dueAt === undefined || input.snoozedUntil === undefined) return times;
  return {
    dueAt: laterOf(times.dueAt, input.snoozedUntil)!,
    overdueAt: laterOf(times.overdueAt, input.snoozedUntil)!,
  };
}
