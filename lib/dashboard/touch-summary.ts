import type { Circle, Touchpoint, TouchpointType } from '@/lib/db/schema';
import { CIRCLES } from '@/lib/db/enums';
import type { Timestamp } from '@/lib/time';
import { weekIndex } from '@/lib/dashboard/weeks';
import { GIVE_PERCENT_TARGET } from '@/lib/contacts/balance';

/** Touches that keep you in sight of their network. */
export const PUBLIC_TYPES: readonly TouchpointType[] = ['like', 'comment', 'share'];
/** Touches between the two of you. */
export const PRIVATE_TYPES: readonly TouchpointType[] = ['message', 'meeting', 'call', 'email'];

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
  visibility: { public: number; private: number; other: number };
}

export type SummarizedTouch = Pick<Touchpoint, 'at' | 'focus' | 'type' | 'contactId'>;

/**
 * One pass over the touches since the first week start: per week, give/ask
 * overall and per circle, public against private. Touches before the first
 * week or of people no longer in Rapport are left out.
 */
export function summarizeTouches(
  touches: Iterable<SummarizedTouch>,
  circleOf: (contactId: string) => Circle | undefined,
  starts: readonly Timestamp[],
): TouchSummary {
  const weeks = starts.map((start) => ({ start, count: 0 }));
  const giveAsk: GiveAsk = { give: 0, ask: 0 };
  const giveAskByCircle = Object.fromEntries(CIRCLES.map((circle) => [circle, { give: 0, ask: 0 }])) as Record<Circle, GiveAsk>;
  const visibility = { public: 0, private: 0, other: 0 };
  let total = 0;
  for (const touch of touches) {
    const week = weekIndex(touch.at, starts);
    const circle = circleOf(touch.contactId);
    if (week < 0 || circle === undefined) continue;
    total += 1;
    weeks[week]!.count += 1;
    giveAsk[touch.focus] += 1;
    giveAskByCircle[circle][touch.focus] += 1;
    if (PUBLIC_TYPES.includes(touch.type)) visibility.public += 1;
    else if (PRIVATE_TYPES.includes(touch.type)) visibility.private += 1;
    else visibility.other += 1;
  }
  return { weeks, total, giveAsk, giveAskByCircle, visibility };
}

/** The share of gives (0–1), or null when there is nothing to measure. */
export function giveShare({ give, ask }: GiveAsk): number | null {
  return give + ask === 0 ? null : give / (give + ask);
}

/** Whether a give/ask split meets Andy Lopata's golden rule: 90% of touchpoints about the other person. */
export function meetsGiveTarget(split: GiveAsk): boolean {
  const share = giveShare(split);
  return share !== null && share * 100 >= GIVE_PERCENT_TARGET;
}
