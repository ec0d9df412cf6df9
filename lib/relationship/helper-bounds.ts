import { FIELD_WEIGHT, helperOrder, STRENGTH_WEIGHT, type RankedHelper } from '@/lib/relationship/rank-helpers';

/**
 * Which people "who could help" reads, and when it can stop (pure; the reads
 * are in lib/db/repo/reads/needs.ts). The index keys say which words of the
 * query each person matches, not in which field nor how strong the
 * relationship is: so each person gets the most they could score (every
 * matched word at the heaviest field's weight, plus the strongest
 * relationship), their records are read best bound first, a step at a time,
 * and the reading stops once the page's last helper outranks anyone the keys
 * left unread could become. The top is then exactly what ranking every
 * candidate would give, from a fraction of the records. (One limit, as
 * before: a person is known by their first 64 search words, MAX_SEARCH_WORDS;
 * a word of theirs past those is scored once their record is read, but does
 * not raise their bound.)
 */

/** At most this many people are read to be ranked: the ones that could score highest. */
export const HELPER_CANDIDATES = 300;

/** People read per step at most; a step holds the people who share the best bound left (at least a page). */
export const HELPER_STEP = 100;

const MOST_PER_WORD = Math.max(...Object.values(FIELD_WEIGHT));
const MOST_STRENGTH = Math.max(...Object.values(STRENGTH_WEIGHT));

/** A candidate before their record is read: the most they could score. */
export interface HelperBound {
  id: string;
  score: number;
  /** How many words of the query the keys say they match (the ranking's first tie-break). */
  words: number;
}

/** Best bound first; for equal scores the one that could match more words, then by id. */
const byBound = (a: HelperBound, b: HelperBound) => b.score - a.score || b.words - a.words || (a.id < b.id ? -1 : 1);
const sameBound = (a: HelperBound, b: HelperBound) => a.score === b.score && a.words === b.words;

/** Each person's bound from how many words of the query their keys match, best first. */
export function helperBounds(wordsMatched: ReadonlyMap<string, number>): HelperBound[] {
  return [...wordsMatched].map(([id, words]) => ({ id, score: words * MOST_PER_WORD + MOST_STRENGTH, words })).sort(byBound);
}

/** True when nobody whose bound is `next` or lower can rank above the helper. */
const beyondReach = (helper: RankedHelper, next: HelperBound) => helper.score > next.score || (helper.score === next.score && helper.matched.length > next.words);

/**
 * The next people to read, after `read` of the bounds, given the helpers
 * ranked so far (in rank order): none when the top cannot change any more,
 * every candidate is read, or {@link HELPER_CANDIDATES} have been.
 */
export function nextHelperStep(bounds: readonly HelperBound[], read: number, ranked: readonly RankedHelper[], limit: number): HelperBound[] {
  if (read >= bounds.length || read >= HELPER_CANDIDATES) return [];
  const head = bounds[read]!;
  if (ranked.length >= limit && beyondReach(ranked[limit - 1]!, head)) return [];
  let end = read + 1;
  while (end < bounds.length && end - read < HELPER_STEP && (end - read < limit || sameBound(bounds[end]!, head))) end++;
  return bounds.slice(read, Math.min(end, HELPER_CANDIDATES));
}

/** The helpers ranked so far with a step's, in rank order. */
export function mergeRanked(ranked: readonly RankedHelper[], step: readonly RankedHelper[]): RankedHelper[] {
  return [...ranked, ...step].sort(helperOrder);
}
