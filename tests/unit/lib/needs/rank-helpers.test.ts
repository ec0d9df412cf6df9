import { describe, expect, it } from 'vitest';
import { meaningfulWords, rankHelpers } from '@/lib/relationship/rank-helpers';
import type { Contact } from '@/lib/model/schema';

const T = '2026-01-01T00:00:00.000Z';
const contact = (slug: string, fields: Partial<Contact> = {}): Contact => ({
  id: `in:${slug}`,
  profileUrl: `https://www.linkedin.com/in/${slug}/`,
  name: slug,
  circle: 'key',
  tags: [],
  createdAt: T,
  updatedAt: T,
  circleSince: T,
  ...fields,
});

describe('ranking who could help', () => {
  it('keeps the words that say what a need is about', () => {
    expect(meaningfulWords('Find a pilot customer in Logistics')).toEqual(['find', 'pilot', 'customer', 'logistics']);
    expect(meaningfulWords('a an')).toEqual(['a', 'an']);
  });

  it('ranks by relevance and strength together, each with its reasons', () => {
    const words = meaningfulWords('pilot customer in logistics');
    const ranked = rankHelpers(
      [
        { contact: contact('weak-match', { headline: 'Logistics analyst', strength: 'cold' }) },
        { contact: contact('strong-match', { headline: 'Head of logistics', strength: 'strong' }) },
        { contact: contact('noted', { strength: 'growing' }), notes: ['Runs a logistics startup\nLooking for pilot projects'] },
        { contact: contact('tagged', { tags: ['logistics'], company: 'Freight Co', strength: 'growing' }) },
        { contact: contact('strong-but-unrelated', { headline: 'Designer', strength: 'strong' }) },
      ],
      words,
      10,
    );
    expect(ranked.map((helper) => helper.contact.name)).toEqual(['noted', 'tagged', 'strong-match', 'weak-match']);
    expect(ranked[0]!.reasons).toEqual([{ kind: 'note', excerpt: 'Runs a logistics startup' }, { kind: 'strength', strength: 'growing' }]);
    expect(ranked[0]!.matched).toEqual(['pilot', 'logistics']);
    expect(ranked[1]!.reasons).toEqual([{ kind: 'tag', tags: ['logistics'] }, { kind: 'strength', strength: 'growing' }]);
    expect(ranked[2]!.reasons).toEqual([{ kind: 'headline' }, { kind: 'strength', strength: 'strong' }]);
    // The same match: the strong relationship first.
    expect(ranked[2]!.score).toBeGreaterThan(ranked[3]!.score);
  });

  it('a stronger relationship never outranks a clearly better match', () => {
    const ranked = rankHelpers(
      [{ contact: contact('headline-only', { headline: 'Logistics lead', strength: 'strong' }) }, { contact: contact('two-words', { headline: 'Pilot programmes, logistics', strength: 'cold' }) }],
      ['pilot', 'logistics'],
      10,
    );
    expect(ranked.map((helper) => helper.contact.name)).toEqual(['two-words', 'headline-only']);
  });

  it('limits the list', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ contact: contact(`p${i}`, { company: 'Logistics Ltd' }) }));
    expect(rankHelpers(many, ['logistics'], 10)).toHaveLength(10);
  });
});
