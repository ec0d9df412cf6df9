import type { Circle, Touchpoint, TouchpointType } from '@/lib/model/schema';
import type { TouchDay } from '@/lib/model/touch-day-schema';
import { DAY_MS, toTimestamp, type Timestamp } from '@/lib/time/instant';
import { localDay } from '@/lib/time/local-day';

/**
 * The counting rules every write keeps: per-day, per-circle counts of touches
 * (see lib/db/repo/upkeep/touch-days.ts), so the dashboard reads a few hundred small
 * rows instead of every touchpoint of the last 26 weeks (about 50,000 at
 * 100,000 touchpoints: over a second). The dashboard's own folding of these
 * rows into weekly figures is lib/dashboard/touch-summary.ts.
 */

/** How far back the dashboard's touch figures look, in weeks. */
export const WEEKS_SHOWN = 26;

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

export const touchDayId = (day: string, circle: Circle) => `${day}|${circle}`;

/** What counting needs of a touchpoint. */
export type CountedFields = Pick<Touchpoint, 'at' | 'type' | 'focus' | 'direction'>;

/** A day's touches: classified (give + ask) and not (the import's). */
export const touchesOfDay = (row: Pick<TouchDay, 'give' | 'ask' | 'unclassified'>) => row.give + row.ask + (row.unclassified ?? 0);

/** Pending changes to the day counts, by row id. */
export type TouchDayDeltas = Map<string, TouchDay>;

/** Adds (`sign` 1) or removes (-1) touches of a person in `circle` to the pending changes. */
export function addTouchDeltas(
  deltas: TouchDayDeltas,
  touches: Iterable<CountedFields>,
  circle: Circle,
  sign: 1 | -1,
  timeZone: string,
): TouchDayDeltas {
  for (const touch of touches) {
    // The other person's message is not a touch of yours: it counts nowhere.
    if (touch.direction === 'incoming') continue;
    const day = localDay(touch.at, timeZone);
    const id = touchDayId(day, circle);
    let row = deltas.get(id);
    if (!row) deltas.set(id, (row = { id, day, circle, give: 0, ask: 0, public: 0, private: 0, other: 0, unclassified: 0 }));
    if (touch.focus) row[touch.focus] += sign;
    else row.unclassified = (row.unclassified ?? 0) + sign;
    row[visibilityOf(touch.type)] += sign;
  }
  return deltas;
}

/** Every counted touch at once, attributed to each person's circle (people no longer in Rapport left out). */
export function countAllTouches(
  touches: Iterable<CountedFields & Pick<Touchpoint, 'contactId'>>,
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
