import { describe, expect, it } from 'vitest';
import { snoozeEnd, snoozeUntilDate } from '@/lib/nudges/snooze';

const PARIS = 'Europe/Paris';
const at = (iso: string) => Date.parse(iso);

describe('snooze', () => {
  it.each([
    ['day', '2026-11-23T14:30:00.000Z', '2026-11-24T14:30:00.000Z'],
    ['week', '2026-11-23T14:30:00.000Z', '2026-11-30T14:30:00.000Z'],
    ['month', '2026-11-23T14:30:00.000Z', '2026-12-23T14:30:00.000Z'],
    ['month', '2027-01-31T14:30:00.000Z', '2027-02-28T14:30:00.000Z'],
    // Across the change to summer time the wall-clock time is kept: 15:30 Paris stays 15:30.
    ['day', '2026-03-28T14:30:00.000Z', '2026-03-29T13:30:00.000Z'],
    ['week', '2026-03-25T14:30:00.000Z', '2026-04-01T13:30:00.000Z'],
  ] as const)('for a %s from %s ends %s', (period, now, end) => {
    expect(snoozeEnd(period, at(now), PARIS)).toBe(end);
  });

  it('until a chosen date ends at the start of that local day', () => {
    expect(snoozeUntilDate('2026-12-24', at('2026-11-23T14:30:00.000Z'), PARIS)).toBe('2026-12-23T23:00:00.000Z');
    expect(snoozeUntilDate('2026-07-01', at('2026-06-01T14:30:00.000Z'), PARIS)).toBe('2026-06-30T22:00:00.000Z');
    expect(snoozeUntilDate('2026-12-24', at('2026-11-23T14:30:00.000Z'), 'Pacific/Auckland')).toBe('2026-12-23T11:00:00.000Z');
  });

  it.each([
    ['today', '2026-11-23'],
    ['a past date', '2026-11-01'],
    ['no date', ''],
    ['a date that does not exist', '2026-02-30'],
    ['not a date', 'next week'],
  ])('refuses %s', (_, date) => {
    expect(snoozeUntilDate(date, at('2026-11-23T14:30:00.000Z'), PARIS)).toBeUndefined();
  });
});
