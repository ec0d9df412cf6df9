import type { Focus } from '@/lib/model/schema';

/** Andy Lopata's golden rule: at least 90% of your touchpoints should be about the other person. */
export const GIVE_PERCENT_TARGET = 90;
/** The balance looks at this many of the latest touchpoints: recent behaviour, not a lifetime average. */
export const BALANCE_WINDOW = 10;

export interface GiveAskBalance {
  /** Touchpoints about them (give) among the latest `total`. */
  gives: number;
  /** Touchpoints about you (ask). */
  asks: number;
  total: number;
  /** At least {@link GIVE_PERCENT_TARGET}% of them were gives (true when there are none yet). */
  withinRule: boolean;
}

/**
 * The give/ask balance of the latest {@link BALANCE_WINDOW} touchpoints you
 * classified, given newest first: touches without a focus (the import's, the
 * other person's messages) are left out, never counted as gives.
 */
export function giveAskBalance(newestFirst: ReadonlyArray<{ focus?: Focus | undefined }>, window = BALANCE_WINDOW): GiveAskBalance {
  const latest = newestFirst.filter((touchpoint) => touchpoint.focus !== undefined).slice(0, window);
  const gives = latest.filter((touchpoint) => touchpoint.focus === 'give').length;
  const total = latest.length;
  // Integer arithmetic: 9 of 10 is exactly the rule, whatever floating point thinks of 0.9.
  return { gives, asks: total - gives, total, withinRule: gives * 100 >= total * GIVE_PERCENT_TARGET };
}
