import { GIVE_PERCENT_TARGET } from '@/lib/contacts/balance';
import type { GiveAsk } from '@/lib/dashboard/touch-summary';

/** The share of gives (0–1), or null when there is nothing to measure. */
export function giveShare({ give, ask }: GiveAsk): number | null {
  return give + ask === 0 ? null : give / (give + ask);
}

/** Whether a give/ask split meets Andy Lopata's golden rule: 90% of touchpoints about the other person. */
export function meetsGiveTarget(split: GiveAsk): boolean {
  const share = giveShare(split);
  return share !== null && share * 100 >= GIVE_PERCENT_TARGET;
}
