import { describe, expect, it } from 'vitest';
import { giveShare, meetsGiveTarget, summarizeTouches, type SummarizedTouch } from '@/lib/dashboard/touch-summary';
import type { Circle } from '@/lib/db/schema';

const starts = ['2026-11-09T00:00:00.000Z', '2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z'];
const circles: Record<string, Circle> = { 'in:jane': 'inner', 'in:ali': 'key', 'in:old': 'untracked' };
const touch = (contactId: string, at: string, type: SummarizedTouch['type'], focus: SummarizedTouch['focus'] = 'give'): SummarizedTouch => ({ contactId, at, type, focus });

describe('summarising touches for the dashboard', () => {
  const summary = summarizeTouches(
    [
      touch('in:jane', '2026-11-09T08:00:00.000Z', 'like'),
      touch('in:jane', '2026-11-10T08:00:00.000Z', 'message'),
      touch('in:jane', '2026-11-24T08:00:00.000Z', 'ask', 'ask'),
      touch('in:ali', '2026-11-25T08:00:00.000Z', 'comment'),
      touch('in:ali', '2026-11-26T08:00:00.000Z', 'meeting'),
      touch('in:old', '2026-11-17T08:00:00.000Z', 'intro'),
      // Before the first week, and someone no longer in Rapport: left out.
      touch('in:jane', '2026-11-08T23:00:00.000Z', 'share'),
      touch('in:gone', '2026-11-24T08:00:00.000Z', 'share'),
    ],
    (id) => circles[id],
    starts,
  );

  it('counts touches per week, oldest week first', () => {
    expect(summary.weeks).toEqual([
      { start: starts[0], count: 2 },
      { start: starts[1], count: 1 },
      { start: starts[2], count: 3 },
    ]);
    expect(summary.total).toBe(6);
  });

  it('splits gives from asks overall and by the circle each person is in', () => {
    expect(summary.giveAsk).toEqual({ give: 5, ask: 1 });
    expect(summary.giveAskByCircle.inner).toEqual({ give: 2, ask: 1 });
    expect(summary.giveAskByCircle.key).toEqual({ give: 2, ask: 0 });
    expect(summary.giveAskByCircle.untracked).toEqual({ give: 1, ask: 0 });
    expect(summary.giveAskByCircle.wider).toEqual({ give: 0, ask: 0 });
  });

  it('tells public touches (likes, comments, shares) from private ones (messages, meetings, calls, emails)', () => {
    expect(summary.visibility).toEqual({ public: 2, private: 2, other: 2 });
  });

  it('is empty, not wrong, with no touches', () => {
    const empty = summarizeTouches([], () => 'inner', starts);
    expect(empty.total).toBe(0);
    expect(empty.weeks.map((week) => week.count)).toEqual([0, 0, 0]);
    expect(giveShare(empty.giveAsk)).toBeNull();
    expect(meetsGiveTarget(empty.giveAsk)).toBe(false);
  });
});

describe('the 90% rule', () => {
  it('is met at nine gives in ten and missed below', () => {
    expect(giveShare({ give: 9, ask: 1 })).toBe(0.9);
    expect(meetsGiveTarget({ give: 9, ask: 1 })).toBe(true);
    expect(meetsGiveTarget({ give: 8, ask: 1 })).toBe(false);
    expect(meetsGiveTarget({ give: 1, ask: 0 })).toBe(true);
  });
});
