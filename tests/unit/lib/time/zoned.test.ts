import { describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import { tz, tzScan } from '@date-fns/tz';
import { addLocalDays, addLocalMonths, atLocalTime, localWeekday, weekStarts } from '@/lib/time/zoned';
import { WEEKS_SHOWN } from '@/lib/model/touch-day';

const PARIS = 'Europe/Paris';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('wall-clock arithmetic in a time zone', () => {
  it('adds calendar days keeping the local time, 23 hours across the change to summer time', () => {
    expect(iso(addLocalDays(at('2026-03-28T14:30:00.000Z'), 1, PARIS))).toBe('2026-03-29T13:30:00.000Z');
    expect(iso(addLocalDays(at('2026-11-23T14:30:00.000Z'), 7, PARIS))).toBe('2026-11-30T14:30:00.000Z');
  });

  it('adds days exactly as a zoned date does, next to every clock change of two years in zones with odd changes', () => {
    // The fast path (a plain 24 hours a day when no clock change is near) must never differ from date-fns/tz.
    const zones = [PARIS, 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago', 'Asia/Kolkata', 'UTC'];
    const QUARTER = 15 * 60_000;
    let compared = 0;
    for (const zone of zones) {
      const changes = tzScan(zone, { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2027-12-31T00:00:00Z') });
      const near = changes.flatMap(({ date }) => Array.from({ length: 41 }, (_, k) => +date + (k - 20) * QUARTER));
      const plain = Array.from({ length: 40 }, (_, k) => at('2026-01-01T00:00:00Z') + k * 17.3 * 86_400_000 + k * 3_600_000);
      for (const days of [1, 7, 30, 365]) {
        // Starts near a change, and starts whose result lands near one.
        for (const start of [...near, ...near.map((ms) => ms - days * 86_400_000), ...plain]) {
          expect(iso(addLocalDays(start, days, zone)), `${zone} ${iso(start)} + ${days}`).toBe(iso(+addDays(start, days, { in: tz(zone) })));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(iso(addLocalMonths(at('2027-01-31T14:30:00.000Z'), 1, PARIS))).toBe('2027-02-28T14:30:00.000Z');
  });

  it('finds a local time of day, moving a time that does not exist to the hour after', () => {
    expect(iso(atLocalTime(at('2026-11-23T14:30:00.000Z'), '09:00', PARIS))).toBe('2026-11-23T08:00:00.000Z');
    // Sunday 29 March 2026: 02:30 does not exist in Paris; it becomes 03:30 CEST.
    expect(iso(atLocalTime(at('2026-03-29T10:00:00.000Z'), '02:30', PARIS))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('tells the weekday on the local calendar, not UTC’s', () => {
    const sundayEveningNewYork = at('2026-11-23T01:00:00.000Z');
    expect(localWeekday(sundayEveningNewYork, 'America/New_York')).toBe(0);
    expect(localWeekday(sundayEveningNewYork, 'Asia/Tokyo')).toBe(1);
  });
});

describe('the dashboard’s weeks', () => {
  it('are the 26 weeks ending with this one, starting on Monday at midnight local time, oldest first', () => {
    // Friday 27 November 2026, 10:00 in Paris.
    const starts = weekStarts(Date.parse('2026-11-27T09:00:00.000Z'), 'Europe/Paris', WEEKS_SHOWN);
    expect(starts).toHaveLength(WEEKS_SHOWN);
    expect(starts.at(-1)).toBe('2026-11-22T23:00:00.000Z'); // Monday 23 Nov, 00:00 CET
    expect(starts[0]).toBe('2026-05-31T22:00:00.000Z'); // Monday 1 Jun, 00:00 CEST
  });

  it('follow the local calendar across a daylight-saving change', () => {
    const starts = weekStarts(Date.parse('2026-11-27T09:00:00.000Z'), 'Europe/Paris', WEEKS_SHOWN);
    // Summer time ended on Sunday 25 October: the weeks either side start at local midnight.
    expect(starts).toContain('2026-10-18T22:00:00.000Z');
    expect(starts).toContain('2026-10-25T23:00:00.000Z');
  });

  it('depend on the time zone: Sunday evening in New York is already Monday in Tokyo', () => {
    const sundayEveningNewYork = Date.parse('2026-11-23T01:00:00.000Z');
    expect(weekStarts(sundayEveningNewYork, 'America/New_York', 1)).toEqual(['2026-11-16T05:00:00.000Z']);
    expect(weekStarts(sundayEveningNewYork, 'Asia/Tokyo', 1)).toEqual(['2026-11-22T15:00:00.000Z']);
  });
});
