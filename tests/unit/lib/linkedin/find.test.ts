import { describe, expect, it } from 'vitest';
import { idAsPrefix, variantFinder } from '@/lib/linkedin/find';
import { any, commentButton, likeButton, repostButton, v4ControlMenu } from '@/lib/linkedin/selectors';
import { synthetic } from './fixtures';

/** The fast finder gives exactly what the `:has`/`#id` selectors give, card by card. */
const LISTS = { v4ControlMenu, socialBar: [...likeButton, ...commentButton, ...repostButton] };

describe('variantFinder', () => {
  it.each(['feed.v4.html', 'feed-pt.v4.html', 'feed.v3.html', 'profile.v4.html'])('matches the selectors on every card of %s', (page) => {
    const doc = synthetic(page);
    const cards = [...doc.querySelectorAll('[role="listitem"], [data-id], [data-urn]')];
    expect(cards.length).toBeGreaterThan(2);
    let found = 0;
    for (const variants of Object.values(LISTS)) {
      const finder = variantFinder(variants);
      for (const card of cards) {
        const expected = [...card.querySelectorAll(any(variants))];
        expect(finder.first(card)).toBe(expected[0] ?? null);
        expect(new Set(finder.all(card))).toEqual(new Set(expected));
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('queries ids as prefixes and checks them exactly', () => {
    expect(idAsPrefix('button:has(svg#comment-small)')).toBe('button:has(svg[id^="comment-small"])');
    const doc = synthetic('feed.v4.html');
    const card = doc.querySelector('[role="listitem"]')!;
    const icon = card.querySelector('svg[id="comment-small"]');
    if (icon) icon.setAttribute('id', 'comment-small-filled');
    // A longer id sharing the prefix is not the icon.
    expect(variantFinder(['button:has(svg#comment-small)']).first(card)).toBeNull();
  });
});
