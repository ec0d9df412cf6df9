import { describe, expect, it } from 'vitest';
import { giveAskBalance } from '@/lib/contacts/balance';
import { balanceText } from '@/components/person/give-ask-balance';

const focuses = (pattern: string) => [...pattern].map((letter) => ({ focus: letter === 'g' ? ('give' as const) : ('ask' as const) }));

describe('the give/ask balance (the 90% rule)', () => {
  it.each([
    ['', 0, 0, true],
    ['g', 1, 1, true],
    ['a', 0, 1, false],
    ['gggggggga', 8, 9, false],
    ['ggggggggga', 9, 10, true],
    ['ggggggggaa', 8, 10, false],
    ['gggggggggg', 10, 10, true],
    // Only the latest ten count: older asks no longer weigh.
    ['ggggggggggaaaa', 10, 10, true],
    ['aggggggggggggg', 9, 10, true],
    ['ggggaggg', 7, 8, false],
  ])('%s (newest first) → %i of %i, within the rule: %s', (pattern, gives, total, within) => {
    expect(giveAskBalance(focuses(pattern))).toEqual({ gives, asks: total - gives, total, withinRule: within });
  });

  it.each([
    [0, 0, 'No touchpoints yet: make the first one about them.'],
    [1, 1, 'Your only touchpoint so far was about them.'],
    [0, 1, 'Your only touchpoint so far was about you.'],
    [9, 10, '9 of your last 10 touchpoints were about them.'],
    [1, 10, '1 of your last 10 touchpoints was about them.'],
    [2, 3, '2 of your 3 touchpoints so far were about them.'],
    [1, 4, '1 of your 4 touchpoints so far was about them.'],
  ])('says %i of %i as “%s”', (gives, total, text) => {
    expect(balanceText(gives, total)).toBe(text);
  });
});
