import { describe, expect, it } from 'vitest';
import { weekIndex, weekStarts } from '@/lib/dashboard/weeks';
import { WEEKS_SHOWN } from '@/lib/model/touch-day';

describe('the dashboard’s weeks', () => {
  it('are the 26 weeks ending with this one, starting on Monday at midnight local time, oldest first', () => {
    // Friday 27 November 2026, 10:00 in Paris.
    const starts = weekStarts(Date.parse('2026-11-27T09:00:00.000Z'), 'Europe/Paris');
    expect(starts).toHaveLength(WEEKS_SHOWN);
    expect(starts.at(-1)).toBe('2026-11-22T23:00:00.000Z'); // Monday 23 Nov, 00:00 CET
    expect(starts[0]).toBe('2026-05-31T22:00:00.000Z'); // Monday 1 Jun, 00:00 CEST
  });

  it('follow the local calendar across a daylight-saving change', () => {
    const starts = weekStarts(Date.parse('2026-11-27T09:00:00.000Z'), 'Europe/Paris');
    // Summer time ended on Sunday 25 October: the weeks either side start at local midnight.
    expect(starts).toContain('2026-10-18T22:00:00.000Z');
    expect(starts).toContain('2026-10-25T23:00:00.000Z');
  });

  it('depend on the time zone: Sunday evening in New York is already Monday in Tokyo', () => {
    const sundayEveningNewYork = Date.parse('2026-11-23T01:00:00.000Z');
    expect(weekStarts(sundayEveningNewYork, 'America/New_York', 1)).toEqual(['2026-11-16T05:00:00.000Z']);
    expect(weekStarts(sundayEveningNewYork, 'Asia/Tokyo', 1)).toEqual(['2026-11-22T15:00:00.000Z']);
  });

  it('place an instant in its week, and before the first week nowhere', () => {
    const starts = ['2026-11-09T00:00:00.000Z', '2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z'];
    expect(weekIndex('2026-11-08T23:59:59.999Z', starts)).toBe(-1);
    expect(weekIndex('2026-11-09T00:00:00.000Z', starts)).toBe(0);
    expect(weekIndex('2026-11-22T23:59:59.999Z', starts)).toBe(1);
    expect(weekIndex('2026-11-27T09:00:00.000Z', starts)).toBe(2);
  });
});
