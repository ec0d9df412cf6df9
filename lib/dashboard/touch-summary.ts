import type { Circle } from '@/lib/model/schema';
import type { TouchDay } from '@/lib/model/touch-day-schema';
import { CIRCLES } from '@/lib/model/enums';
import { touchesOfDay, type Visibility } from '@/lib/model/touch-day';
import type { Timestamp } from '@/lib/time/instant';
import { localDay } from '@/lib/time/local-day';
import { weekIndex } from '@/lib/dashboard/weeks';

/**
 * The dashboard's touch figures, folded from the per-day, per-circle counts
 * every write keeps (lib/model/touch-day.ts).
 */

export interface GiveAsk {
  give: number;
  ask: number;
}

export interface TouchSummary {
  /** Touches per week, oldest first, one entry per week start. */
  weeks: { start: Timestamp; count: number }[];
  /** All your touches in the window, classified or not. */
  total: number;
  /** The touches you classified (give = about them, ask = about you); the import's are left out. */
  giveAsk: GiveAsk;
  /** Your touches nobody classified (the import's): in `total`, not in `giveAsk`. */
  unclassified: number;
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
  let unclassified = 0;
  for (const row of rows) {
    const week = weekIndex(row.day, startDays);
    if (week < 0) continue;
    const count = touchesOfDay(row);
    total += count;
    weeks[week]!.count += count;
    giveAsk.give += row.give;
    giveAsk.ask += row.ask;
    unclassified += row.unclassified ?? 0;
    giveAskByCircle[row.circle].give += row.give;
    giveAskByCircle[row.circle].ask += row.ask;
    visibility.public += row.public;
    visibility.private += row.private;
    visibility.other += row.other;
  }
  return { weeks, total, giveAsk, unclassified, giveAskByCircle, visibility };
}
