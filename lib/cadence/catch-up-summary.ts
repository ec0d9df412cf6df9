import { localDay } from '@/lib/time/local-day';
import { DAY_MS, type Timestamp } from '@/lib/time/instant';

/**
 * The catch-up in words, for the due lists (lib/cadence/catch-up.ts assigns
 * the days). Intl only, so pages showing it don't bundle the time-zone library.
 */

/** What the due list says about a catch-up in progress. */
export interface CatchUpSummary {
  /** People still waiting for their catch-up touch (due today or on a later day). */
  people: number;
  /** How many a day: the most slots on any day from today on. */
  perDay: number;
  /** The day the last of them is due: the catch-up is done after it. */
  lastSlot: Timestamp;
  /** Whole days the least quiet of them has gone without a touch (they all have, at least this long). */
  quietDays: number;
}

/**
 * Summarises the people waiting to catch up (their slots and last touches),
 * or undefined when nobody waits for a later day (then the due list alone says it all).
 */
export function summarizeCatchUp(
  waiting: readonly { catchUpAt?: Timestamp | undefined; quietSince?: Timestamp | undefined }[],
  now: Timestamp,
  timeZone: string,
): CatchUpSummary | undefined {
  const today = localDay(now, timeZone);
  const perDay = new Map<string, number>();
  let lastSlot: Timestamp | undefined;
  let latestQuiet: Timestamp | undefined;
  for (const { catchUpAt, quietSince } of waiting) {
    if (catchUpAt === undefined || localDay(catchUpAt, timeZone) < today) continue;
    const day = localDay(catchUpAt, timeZone);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    if (lastSlot === undefined || catchUpAt > lastSlot) lastSlot = catchUpAt;
    if (quietSince !== undefined && (latestQuiet === undefined || quietSince > latestQuiet)) latestQuiet = quietSince;
  }
  if (lastSlot === undefined || localDay(lastSlot, timeZone) === today) return undefined;
  const people = [...perDay.values()].reduce((sum, count) => sum + count, 0);
  const quietDays = latestQuiet === undefined ? 0 : Math.floor((Date.parse(now) - Date.parse(latestQuiet)) / DAY_MS);
  return { people, perDay: Math.max(...perDay.values()), lastSlot, quietDays };
}
