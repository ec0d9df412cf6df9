import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, keepPresent, selectRange, toggle, toggleAll } from '@/lib/people/selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (selection: { ids: ReadonlySet<string> }) => [...selection.ids].sort();

describe('selecting people', () => {
  it('toggles one and remembers it as the anchor', () => {
    const once = toggle(EMPTY_SELECTION, 'b');
    expect(ids(once)).toEqual(['b']);
    expect(once.anchor).toBe('b');
    expect(ids(toggle(once, 'b'))).toEqual([]);
  });

  it('selects a range from the anchor, in either direction, keeping what was selected', () => {
    const anchored = toggle(toggle(EMPTY_SELECTION, 'a'), 'd');
    expect(ids(selectRange(anchored, order, 'b'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(selectRange(anchored, order, 'e'))).toEqual(['a', 'd', 'e']);
    expect(selectRange(anchored, order, 'e').anchor).toBe('d');
  });

  it('a range without an anchor selects just that row and anchors there', () => {
    const selection = selectRange(EMPTY_SELECTION, order, 'c');
    expect(ids(selection)).toEqual(['c']);
    expect(selection.anchor).toBe('c');
  });

  it('selects everyone shown, and clears them when all are', () => {
    const outside = toggle(EMPTY_SELECTION, 'z');
    const all = toggleAll(outside, order);
    expect(ids(all)).toEqual(['a', 'b', 'c', 'd', 'e', 'z']);
    expect(ids(toggleAll(all, order))).toEqual(['z']);
  });

  it('forgets people no longer present', () => {
    const selection = toggle(toggle(EMPTY_SELECTION, 'a'), 'b');
    const kept = keepPresent(selection, new Set(['a']));
    expect(ids(kept)).toEqual(['a']);
    expect(kept.anchor).toBeNull();
    expect(keepPresent(kept, new Set(['a', 'b']))).toBe(kept);
  });
});
