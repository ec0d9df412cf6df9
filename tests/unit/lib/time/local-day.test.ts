import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { localDay } from '@/lib/time/local-day';

/** The calendar day as date-fns/tz reads it: the reference the Intl-only version must match. */
function dayByTZDate(at: number, timeZone: string): string {
  const date = new TZDate(at, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('the local calendar day', () => {
  it('is the day in the given zone, not UTC’s', () => {
    const sundayEveningNewYork = Date.parse('2026-11-23T01:00:00.000Z');
    expect(localDay(sundayEveningNewYork, 'America/New_York')).toBe('2026-11-22');
    expect(localDay(sundayEveningNewYork, 'Asia/Tokyo')).toBe('2026-11-23');
  });

  it('takes an instant as a timestamp string, epoch milliseconds or a Date alike', () => {
    const instant = '2026-11-27T23:30:00.000Z';
    expect(localDay(instant, 'Europe/Paris')).toBe('2026-11-28');
    expect(localDay(Date.parse(instant), 'Europe/Paris')).toBe('2026-11-28');
    expect(localDay(new Date(instant), 'Europe/Paris')).toBe('2026-11-28');
  });

  it('is the runtime’s own day when no zone is given (the tests pin Europe/Paris)', () => {
    const lateEvening = new Date(2026, 10, 27, 23, 59);
    expect(localDay(lateEvening.getTime())).toBe('2026-11-27');
    expect(localDay(lateEvening.getTime() + 60_000)).toBe('2026-11-28');
  });

  it('matches date-fns/tz through a year, at every hour of the day, across DST changes and odd offsets', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    for (const zone of zones) {
      // Steps of 5 hours: coprime with 24, so the year's samples fall on every hour of the day, around midnight included.
      for (let hour = 0; hour < 366 * 24; hour += 5) {
        const at = start + hour * 3_600_000 + 30 * 60_000;
        if (localDay(at, zone) !== dayByTZDate(at, zone)) expect.fail(`${zone} ${new Date(at).toISOString()}: ${localDay(at, zone)} ≠ ${dayByTZDate(at, zone)}`);
      }
    }
  });
});
