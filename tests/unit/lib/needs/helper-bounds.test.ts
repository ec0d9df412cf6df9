import { describe, expect, it } from 'vitest';
import { HELPER_CANDIDATES, HELPER_STEP, helperBounds, mergeRanked, nextHelperStep } from '@/lib/relationship/helper-bounds';
import type { RankedHelper } from '@/lib/relationship/rank-helpers';
import type { Contact } from '@/lib/model/schema';

const T = '2026-01-01T00:00:00.000Z';
const helper = (slug: string, score: number, matched = 1): RankedHelper => ({
  contact: { id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: slug, circle: 'key', tags: [], createdAt: T, updatedAt: T, circleSince: T } as Contact,
  score,
  matched: Array.from({ length: matched }, (_, i) => `w${i}`),
  reasons: [],
});

describe('which people who could help are read', () => {
  it('bounds each person by every matched word at a note’s weight plus a strong relationship, best first', () => {
    const bounds = helperBounds(new Map([['in:one', 1], ['in:three', 3], ['in:two', 2], ['in:also-three', 3]]));
    expect(bounds).toEqual([
      { id: 'in:also-three', score: 11, words: 3 },
      { id: 'in:three', score: 11, words: 3 },
      { id: 'in:two', score: 8, words: 2 },
      { id: 'in:one', score: 5, words: 1 },
    ]);
  });

  it('reads the people sharing the best bound left, at least a page, then stops once the page’s last outranks everyone unread', () => {
    const bounds = helperBounds(new Map([...Array.from({ length: 4 }, (_, i) => [`in:top-${i}`, 3] as const), ...Array.from({ length: 50 }, (_, i) => [`in:low-${i}`, 1] as const)]));
    // A page of 2: the four who share the best bound, nobody else.
    expect(nextHelperStep(bounds, 0, [], 2).map((bound) => bound.id)).toEqual(['in:top-0', 'in:top-1', 'in:top-2', 'in:top-3']);
    // A page of 6: the four and two more.
    expect(nextHelperStep(bounds, 0, [], 6)).toHaveLength(6);
    // The second of a page of 2 scores 9.5; nobody left can pass 5: done.
    const ranked = mergeRanked([helper('top-1', 9.5, 3)], [helper('top-0', 10, 3), helper('top-2', 9, 3)]);
    expect(ranked.map((found) => found.contact.id)).toEqual(['in:top-0', 'in:top-1', 'in:top-2']);
    expect(nextHelperStep(bounds, 4, ranked, 2)).toEqual([]);
    // The page's last at exactly the best bound left and no more words matched: the unread could still pass on the tie-break, read on.
    expect(nextHelperStep(bounds, 4, [helper('a', 5, 1), helper('b', 5, 1)], 2)).not.toEqual([]);
    // More words matched than anyone left could: done.
    expect(nextHelperStep(bounds, 4, [helper('a', 5, 2), helper('b', 5, 2)], 2)).toEqual([]);
    // Too few helpers for a page: read on until everyone is read.
    expect(nextHelperStep(bounds, 4, [helper('a', 12, 3)], 2).length).toBeGreaterThan(0);
    expect(nextHelperStep(bounds, bounds.length, [], 2)).toEqual([]);
  });

  it('reads a step at most at a time and never more than the candidates’ cap', () => {
    const bounds = helperBounds(new Map(Array.from({ length: 1000 }, (_, i) => [`in:p-${String(i).padStart(4, '0')}`, 1] as const)));
    expect(nextHelperStep(bounds, 0, [], 10)).toHaveLength(HELPER_STEP);
    expect(nextHelperStep(bounds, HELPER_CANDIDATES - 10, [], 10)).toHaveLength(10);
    expect(nextHelperStep(bounds, HELPER_CANDIDATES, [], 10)).toEqual([]);
  });
});
