import { describe, expect, it } from 'vitest';
import { assignCatchUpSlots, catchUpPace } from '@/lib/cadence/catch-up';
import { summarizeCatchUp } from '@/lib/cadence/catch-up-summary';
import { localDay } from '@/lib/time/local-day';

const PARIS = 'Europe/Paris';
// Wednesday 2 December 2026, 15:00 in Paris.
const NOW = '2026-12-02T14:00:00.000Z';
const perDay = (slots: readonly string[]) => {
  const days = new Map<string, number>();
  for (const slot of slots) days.set(localDay(slot, PARIS), (days.get(localDay(slot, PARIS)) ?? 0) + 1);
  return Object.fromEntries(days);
};

describe('catching up on people already past due', () => {
  it('goes at least two a day, and gets through any backlog within two weeks', () => {
    expect(catchUpPace(1)).toBe(2);
    expect(catchUpPace(14)).toBe(2);
    expect(catchUpPace(28)).toBe(2);
    expect(catchUpPace(29)).toBe(3);
    expect(catchUpPace(1000)).toBe(72);
  });

  it('spreads 14 people two a day: today’s two due at once, the others from the start of their day', () => {
    const slots = assignCatchUpSlots([], 14, NOW, PARIS);
    expect(slots).toHaveLength(14);
    expect(slots.slice(0, 2)).toEqual([NOW, NOW]);
    // Paris is UTC+1 in December: a local midnight is 23:00 UTC the day before.
    expect(slots.slice(2, 4)).toEqual(['2026-12-02T23:00:00.000Z', '2026-12-02T23:00:00.000Z']);
    expect(slots.at(-1)).toBe('2026-12-07T23:00:00.000Z');
    expect(perDay(slots)).toEqual({
      '2026-12-02': 2,
      '2026-12-03': 2,
      '2026-12-04': 2,
      '2026-12-05': 2,
      '2026-12-06': 2,
      '2026-12-07': 2,
      '2026-12-08': 2,
    });
  });

  it('keeps the days already taken and fills the free places after them', () => {
    const first = assignCatchUpSlots([], 3, NOW, PARIS);
    // One more person, circled an hour later: today is full (2), tomorrow has one place left.
    const later = '2026-12-02T15:00:00.000Z';
    expect(assignCatchUpSlots(first, 1, later, PARIS)).toEqual(['2026-12-02T23:00:00.000Z']);
    expect(assignCatchUpSlots(first, 2, later, PARIS)).toEqual(['2026-12-02T23:00:00.000Z', '2026-12-03T23:00:00.000Z']);
  });

  it('does not count days already past: people whose day came are in the due list, not in the way', () => {
    const yesterdays = ['2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z'];
    expect(assignCatchUpSlots(yesterdays, 2, NOW, PARIS)).toEqual([NOW, NOW]);
  });

  it('quickens for a large backlog so that it still ends within two weeks', () => {
    const slots = assignCatchUpSlots([], 100, NOW, PARIS);
    const days = perDay(slots);
    expect(Object.keys(days)).toHaveLength(13);
    expect(Math.max(...Object.values(days))).toBe(8);
  });

  it('counts days in the user’s zone across a daylight-saving change (New York, 1 November 2026)', () => {
    const slots = assignCatchUpSlots([], 4, '2026-10-31T16:00:00.000Z', 'America/New_York');
    // 1 November 00:00 in New York is still daylight time (UTC-4); the clocks go back at 02:00.
    expect(slots.slice(2)).toEqual(['2026-11-01T04:00:00.000Z', '2026-11-01T04:00:00.000Z']);
    expect(assignCatchUpSlots([], 6, '2026-10-31T16:00:00.000Z', 'America/New_York').at(-1)).toBe('2026-11-02T05:00:00.000Z');
  });

  it('gives nobody a slot when nobody joins', () => {
    expect(assignCatchUpSlots([NOW], 0, NOW, PARIS)).toEqual([]);
  });
});

describe('the catch-up in words', () => {
  const slots = assignCatchUpSlots([], 14, NOW, PARIS);
  const waiting = slots.map((catchUpAt, index) => ({ catchUpAt, quietSince: `2026-0${(index % 9) + 1}-15T10:00:00.000Z` }));

  it('says how many wait, how many a day, until when, and how long the most recent of them has been quiet', () => {
    expect(summarizeCatchUp(waiting, NOW, PARIS)).toEqual({ people: 14, perDay: 2, lastSlot: '2026-12-07T23:00:00.000Z', quietDays: 78 });
  });

  it('has nothing to say once nobody waits for a later day (the due list says it all)', () => {
    expect(summarizeCatchUp(waiting.slice(0, 2), NOW, PARIS)).toBeUndefined();
    expect(summarizeCatchUp([], NOW, PARIS)).toBeUndefined();
  });

  it('leaves out people whose day has passed, and counts the days left', () => {
    const nextWeek = '2026-12-09T10:00:00.000Z';
    expect(summarizeCatchUp(waiting, nextWeek, PARIS)).toBeUndefined();
    expect(summarizeCatchUp(waiting, '2026-12-06T10:00:00.000Z', PARIS)).toMatchObject({ people: 6, perDay: 2 });
  });
});
