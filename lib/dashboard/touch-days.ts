import type { Circle, Touchpoint, TouchpointType } from '@/lib/db/schema';
import type { TouchDay } from '@/lib/db/touch-day-schema';
import { CIRCLES } from '@/lib/db/enums';
import { DAY_MS, toTimestamp, type Timestamp } from '@/lib/time';
import { weekIndex, WEEKS_SHOWN } from '@/lib/dashboard/weeks';

/**
 * The dashboard's touch figures come from per-day, per-circle counts that every
 * write keeps up to date (see lib/db/repo/touch-days.ts), so opening the
 * dashboard reads a few hundred small rows instead of every touchpoint of the
 * last 26 weeks (about 50,000 at 100,000 touchpoints: over a second).
 */

/** Touches that keep you in sight of their network. */
export const PUBLIC_TYPES: readonly TouchpointType[] = ['like', 'comment', 'share'];
/** Touches between the two of you. */
export const PRIVATE_TYPES: readonly TouchpointType[] = ['message', 'meeting', 'call', 'email'];

export type Visibility = 'public' | 'private' | 'other';
export const visibilityOf = (type: TouchpointType): Visibility =>
  PUBLIC_TYPES.includes(type) ? 'public' : PRIVATE_TYPES.includes(type) ? 'private' : 'other';

/**
 * How far back the counts are kept: a week more than the dashboard shows, so
 * its first week is always covered. Older days are never shown again (the
 * window only moves forward), so writes about older touches skip the counts.
 */
export const TOUCH_DAYS_KEPT = (WEEKS_SHOWN + 1) * 7;

/** The oldest instant whose touches are counted, seen from `now`. */
export function countedSince(now: Timestamp): Timestamp {
  return toTimestamp(Date.parse(now) - TOUCH_DAYS_KEPT * DAY_MS);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar day of an instant in `timeZone`, as `YYYY-MM-DD` (sorts like the days). */
export function localDay(at: Timestamp | number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(typeof at === 'number' ? at : Date.parse(at));
}

export const touchDayId = (day: string, circle: Circle) => `${day}|${circle}`;

/** Pending changes to the day counts, by row id. */
export type TouchDayDeltas = Map<string, TouchDay>;

/** Adds (`sign` 1) or removes (-1) touches of a person in `circle` to the pending changes. */
export function addTouchDeltas(
  deltas: TouchDayDeltas,
  touches: Iterable<Pick<Touchpoint, 'at' | 'type' | 'focus'>>,
  circle: Circle,
  sign: 1 | -1,
  timeZone: string,
): TouchDayDeltas {
  for (const touch of touches) {
    const day = localDay(touch.at, timeZone);
    const id = touchDayId(day, circle);
    let row = deltas.get(id);
    if (!row) deltas.set(id, (row = { id, day, circle, give: 0, ask: 0, public: 0, private: 0, other: 0 }));
    row[touch.focus] += sign;
    row[visibilityOf(touch.type)] += sign;
  }
  return deltas;
}

/** Every counted touch at once, attributed to each person's circle (people no longer in Rapport left out). */
export function countAllTouches(
  touches: Iterable<Pick<Touchpoint, 'at' | 'type' | 'focus' | 'contactId'>>,
  circleOf: (contactId: string) => Circle | undefined,
  timeZone: string,
): TouchDay[] {
  const deltas: TouchDayDeltas = new Map();
  for (const touch of touches) {
    const circle = circleOf(touch.contactId);
    if (circle) addTouchDeltas(deltas, [touch], circle, 1, timeZone);
  }
  return [...deltas.values()];
}

export interface GiveAsk {
  give: number;
  ask: number;
}

export interface TouchSummary {
  /** Touches per week, oldest first, one entry per week start. */
  weeks: { start: Timestamp; count: number }[];
  /** All touches in the window. */
  total: number;
  giveAsk: GiveAsk;
  /** Give/ask per circle the person is in now. */
  giveAskByCircle: Record<Circle, GiveAsk>;
  /** Public (likes, comments, shares) against private (messages, meetings, calls, emails); the rest (intros, congrats, asks…) is `other`. */
  visibility: Record<Visibility, number>;
}

/** Folds the day counts into the dashboard's figures for the weeks starting at `starts` (local midnights in `timeZone`). */
export function summarizeTouchDays(rows: Iterable<TouchDay>, starts: readonly Timestamp[], timeZone: string): TouchSummary {
  const startDays = starts.map((start) => localDay(start, timeZone));
  const weeks = starts.map((start) => ({ start, count: 0 }));
  const giveAsk: GiveAsk = { give: 0, ask: 0 };
  const giveAskByCircle = Object.fromEntries(CIRCLES.map((circle) => [circle, { give: 0, ask: 0 }])) as Record<Circle, GiveAsk>;
  const visibility: Record<Visibility, number> = { public: 0, private: 0, other: 0 };
  let total = 0;
  for (const row of rows) {
    const week = weekIndex(row.day, startDays);
    if (week < 0) continue;
    const count = row.give + row.ask;
    total += count;
    weeks[week]!.count += count;
    giveAsk.give += row.give;
    giveAsk.ask += row.ask;
    giveAskByCircle[row.circle].give += row.give;
    giveAskByCircle[row.circle].ask += row.ask;
    visibility.public += row.public;
    visibility.private += row.private;
    visibility.other += row.other;
  }
  return { weeks, total, giveAsk, giveAskByCircle, visibility };
}
