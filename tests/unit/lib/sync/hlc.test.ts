import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, hlcWall, parseHlc, receive, tick, MAX_DRIFT_MS, type HlcState } from '@/lib/sync/hlc';

const DAY = 24 * 60 * 60 * 1000;
const start = (device: string): HlcState => ({ wall: 0, counter: 0, device });

describe('hybrid logical clock', () => {
  it('formats and parses stamps that sort like the clocks', () => {
    const a = formatHlc({ wall: 1_700_000_000_000, counter: 3, device: 'dev-a' });
    expect(parseHlc(a)).toEqual({ wall: 1_700_000_000_000, counter: 3, device: 'dev-a' });
    expect(hlcWall(a)).toBe(1_700_000_000_000);
    expect(compareHlc(a, formatHlc({ wall: 1_700_000_000_000, counter: 4, device: 'dev-a' }))).toBe(-1);
    expect(compareHlc(a, formatHlc({ wall: 1_700_000_000_001, counter: 0, device: 'dev-a' }))).toBe(-1);
    // Equal time and counter: the device id decides, the same way on every device.
    expect(compareHlc(a, formatHlc({ wall: 1_700_000_000_000, counter: 3, device: 'dev-b' }))).toBe(-1);
  });

  it('never goes backwards when the wall clock does', () => {
    let state = start('a');
    const stamps: string[] = [];
    for (const now of [1000, 2000, 1500, 1500, 900, 2500]) {
      const next = tick(state, now);
      stamps.push(next.stamp);
      state = next.state;
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('orders an edit after one it has seen, even with the second device a day behind', () => {
    let a = start('a');
    let b = start('b');
    const now = 1_800_000_000_000;
    const first = tick(a, now);
    a = first.state;
    // B's clock is a day slow; it receives A's stamp and then edits.
    b = receive(b, first.stamp, now - DAY);
    const second = tick(b, now - DAY);
    expect(compareHlc(second.stamp, first.stamp)).toBe(1);
    // And A, a day fast relative to B, still orders its next edit after B's.
    a = receive(a, second.stamp, now);
    expect(compareHlc(tick(a, now).stamp, second.stamp)).toBe(1);
  });

  it('ignores a stamp absurdly far in the future (a broken clock must not freeze everyone)', () => {
    const now = 1_800_000_000_000;
    const future = formatHlc({ wall: now + MAX_DRIFT_MS + DAY, counter: 0, device: 'x' });
    const state = receive(start('a'), future, now);
    expect(state.wall).toBe(0);
  });
});
