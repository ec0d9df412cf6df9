import type { Circle } from '@/lib/model/schema';
import type { Cadences, CircleCadence, NewConnectionCadence } from '@/lib/storage/settings';
import { laterOf, toTimestamp, type Timestamp } from '@/lib/time/instant';
import { addLocalDays } from '@/lib/time/zoned';

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
  /** Times of the touchpoints at or after `circleSince`, ascending; only the `new` circle's steps use them. */
  touchesSinceCircleStart: readonly Timestamp[];
  /** The person's day in a catch-up (lib/cadence/catch-up.ts): not due before it, however long ago the last touch. */
  catchUpAt?: Timestamp | undefined;
}

export interface DueTimes {
  /** Absent when the contact is never due. */
  dueAt?: Timestamp;
  overdueAt?: Timestamp;
}

export type NewConnectionStep = 0 | 1 | 2 | 3;

/**
 * Which 24-7-30 step a new connection is on (3: all done), from the touches
 * since they entered the circle, oldest first. Each step is due on its own day
 * (1, 7, 30 days after entering). A touch completes the current step when it
 * comes after the previous step's day (two touches on the first day do not
 * skip the week's), and a late touch also settles the steps whose day has
 * passed (someone first touched on day 20 is next due on day 30, not already
 * overdue for the week).
 */
export function newConnectionStep(
  circleSince: Timestamp,
  touchesSinceCircleStart: readonly Timestamp[],
  cadence: NewConnectionCadence,
  timeZone: string,
): NewConnectionStep {
  const stepDays = cadence.steps.map((step) => plusDays(circleSince, step.idealDays, timeZone));
  let step = 0;
  for (const at of touchesSinceCircleStart) {
    if (step >= 3) break;
    const opens = step === 0 ? circleSince : stepDays[step - 1]!;
    if (at >= opens) step++;
    while (step < 3 && stepDays[step]! <= at) step++;
  }
  return step as NewConnectionStep;
}

/** True when a `new` contact has had its last follow-up touch and moves on to `graduateTo`. */
export function shouldGraduate(input: Pick<CadenceInput, 'circle' | 'circleSince' | 'touchesSinceCircleStart'>, cadences: Cadences, timeZone: string): boolean {
  return input.circle === 'new' && newConnectionStep(input.circleSince, input.touchesSinceCircleStart, cadences.new, timeZone) === 3;
}

function plusDays(from: Timestamp, days: number, timeZone: string): Timestamp {
  return toTimestamp(addLocalDays(Date.parse(from), days, timeZone));
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
      const step = newConnectionStep(input.circleSince, input.touchesSinceCircleStart, cadences.new, timeZone);
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
      // The clock runs from the last touch, wherever it happened (before entering the circle too:
      // someone untouched for months is due at once); only someone never touched counts from the circle's start.
      const cadence = cadences[input.circle];
      const times = fromAnchor(input.lastTouchAt ?? input.circleSince, cadence, timeZone);
      if (input.catchUpAt === undefined || times.dueAt >= input.catchUpAt) return times;
      // Waiting in a catch-up: due on their day, overdue after the circle's usual grace from then.
      return { dueAt: input.catchUpAt, overdueAt: plusDays(input.catchUpAt, cadence.maxDays - cadence.idealDays, timeZone) };
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
