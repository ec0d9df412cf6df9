import { describe, expect, it } from 'vitest';
import { daysLate, isLoopDue, snoozedDay, today } from '@/lib/loops/loop-days';

const at = (iso: string) => Date.parse(iso);

describe('when an open loop is due', () => {
  it('from local midnight of its day, on the night clocks go forward (Paris, 29 Mar 2026: a 23-hour day)', () => {
    const loop = { openDay: '2026-03-29' };
    // 00:00 in Paris on the 29th is still CET (UTC+1): 28 Mar 23:00 UTC.
    expect(isLoopDue(loop, at('2026-03-28T22:59:59.000Z'), 'Europe/Paris')).toBe(false);
    expect(isLoopDue(loop, at('2026-03-28T23:00:00.000Z'), 'Europe/Paris')).toBe(true);
    // The next day starts at 22:00 UTC (CEST): the loop stays due, one day late.
    expect(today(at('2026-03-29T22:00:00.000Z'), 'Europe/Paris')).toBe('2026-03-30');
    expect(daysLate({ dueDay: '2026-03-29' }, today(at('2026-03-29T22:00:00.000Z'), 'Europe/Paris'))).toBe(1);
  });

  it('on the night clocks go back (New York, 1 Nov 2026: a 25-hour day)', () => {
    const loop = { openDay: '2026-11-02' };
    // 1 Nov has 25 hours in New York; 2 Nov starts at 05:00 UTC (EST).
    expect(isLoopDue(loop, at('2026-11-02T04:59:00.000Z'), 'America/New_York')).toBe(false);
    expect(isLoopDue(loop, at('2026-11-02T05:00:00.000Z'), 'America/New_York')).toBe(true);
  });

  it('follows the zone the user is in that day: the same instant is another day in Tokyo', () => {
    const loop = { openDay: '2026-06-10' };
    const instant = at('2026-06-09T16:00:00.000Z');
    expect(isLoopDue(loop, instant, 'Asia/Tokyo')).toBe(true);
    expect(isLoopDue(loop, instant, 'America/Los_Angeles')).toBe(false);
  });

  it('a done loop is never due', () => {
    expect(isLoopDue({ openDay: undefined }, at('2030-01-01T00:00:00.000Z'), 'UTC')).toBe(false);
  });

  it('snoozes to tomorrow or a week from today on the calendar, across DST and month and leap-year ends', () => {
    expect(snoozedDay(at('2026-03-28T23:30:00.000Z'), 'Europe/Paris', 'day')).toBe('2026-03-30');
    expect(snoozedDay(at('2028-02-28T12:00:00.000Z'), 'UTC', 'day')).toBe('2028-02-29');
    expect(snoozedDay(at('2027-02-28T12:00:00.000Z'), 'UTC', 'day')).toBe('2027-03-01');
    expect(snoozedDay(at('2026-12-28T12:00:00.000Z'), 'UTC', 'week')).toBe('2027-01-04');
  });
});
