import type { Touchpoint } from '@/lib/model/schema';

export interface AskOutcomes {
  total: number;
  pending: number;
  helped: number;
  declined: number;
  /** Of those who helped, how many you thanked. */
  thanked: number;
}

/** What came of the given asks; an ask without an outcome is pending. */
export function summarizeAsks(asks: Iterable<Pick<Touchpoint, 'outcome' | 'thanked'>>): AskOutcomes {
  const outcomes: AskOutcomes = { total: 0, pending: 0, helped: 0, declined: 0, thanked: 0 };
  for (const ask of asks) {
    outcomes.total += 1;
    outcomes[ask.outcome ?? 'pending'] += 1;
    if (ask.outcome === 'helped' && ask.thanked) outcomes.thanked += 1;
  }
  return outcomes;
}
