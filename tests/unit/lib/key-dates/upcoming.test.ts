import { describe, expect, it } from 'vitest';
import { monthDaysAhead, nextOccurrence, occurrenceIn, upcomingDates } from '@/lib/key-dates/upcoming';
import type { KeyDate } from '@/lib/model/key-date';

const keyDate = (fields: Partial<KeyDate> & Pick<KeyDate, 'id' | 'month' | 'day'>): KeyDate => ({
  contactId: 'in:jane-doe',
  kind: 'birthday',
  monthDay: `${String(fields.month).padStart(2, '0')}-${String(fields.day).padStart(2, '0')}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

describe('key dates coming round', () => {
  it('29 February falls on 28 February in years without one, and on the 29th in leap years', () => {
    expect(occurrenceIn(2027, 2, 29)).toEqual({ day: '2027-02-28', leapDayMoved: true });
    expect(occurrenceIn(2028, 2, 29)).toEqual({ day: '2028-02-29', leapDayMoved: false });
    expect(occurrenceIn(2100, 2, 29)).toEqual({ day: '2100-02-28', leapDayMoved: true });
    expect(nextOccurrence('2027-03-01', 2, 29)).toEqual({ day: '2028-02-29', leapDayMoved: false });
  });

  it('reads 02-29 with 28 February in a year without a 29th, so the index read finds leap-day dates', () => {
    expect(monthDaysAhead('2027-02-27', 3)).toEqual(['02-27', '02-28', '02-29', '03-01']);
    expect(monthDaysAhead('2028-02-27', 3)).toEqual(['02-27', '02-28', '02-29']);
    expect(monthDaysAhead('2026-12-30', 4)).toEqual(['12-30', '12-31', '01-01', '01-02']);
  });

  it('lists dates in the window soonest first, across the new year, with which anniversary it is', () => {
    const dates = [
      keyDate({ id: 'a', month: 1, day: 2, year: 1990 }),
      keyDate({ id: 'b', month: 12, day: 31 }),
      keyDate({ id: 'c', month: 1, day: 20 }),
      keyDate({ id: 'd', kind: 'other', label: 'Company founded', month: 12, day: 30, year: 2015 }),
    ];
    const found = upcomingDates('2026-12-30', 14, dates, [{ id: 'in:ali-khan', connectedAt: '2021-01-05T00:00:00.000Z' }]);
    expect(found.map((o) => [o.id, o.day, o.years])).toEqual([
      ['d', '2026-12-30', 11],
      ['b', '2026-12-31', undefined],
      ['a', '2027-01-02', 37],
      ['connection:in:ali-khan', '2027-01-05', 6],
    ]);
  });

  it('a year-less birthday has no age; a leap-day birthday says it moved', () => {
    const [found] = upcomingDates('2027-02-20', 14, [keyDate({ id: 'leap', month: 2, day: 29 })], []);
    expect(found).toMatchObject({ day: '2027-02-28', leapDayMoved: true });
    expect(found?.years).toBeUndefined();
  });

  it('a connection made this year has no anniversary yet', () => {
    expect(upcomingDates('2026-12-01', 14, [], [{ id: 'in:new', connectedAt: '2026-12-05T00:00:00.000Z' }])).toEqual([]);
  });
});
