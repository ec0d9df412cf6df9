import { describe, expect, it } from 'vitest';
import { parseExportDate, type DateFormat } from '@/lib/linkedin/export/dates';

const ALL: DateFormat[] = ['dayMonthNameYear', 'usShortDateTime', 'usShortDate', 'isoLikeDateTime', 'isoLikeDate', 'germanDate'];

describe('LinkedIn export dates, each format parsed explicitly', () => {
  it.each([
    ['17 Jun 2021', '2021-06-17T00:00:00.000Z'],
    ['1 Mär 2024', '2024-03-01T00:00:00.000Z'],
    ['3 Okt 2023', '2023-10-03T00:00:00.000Z'],
    ['1/8/18, 6:14 PM', '2018-01-08T18:14:00.000Z'],
    ['12/27/17, 12:43 AM', '2017-12-27T00:43:00.000Z'],
    ['7/8/26, 12:05 PM', '2026-07-08T12:05:00.000Z'],
    ['10/16/2018, 8:36 AM', '2018-10-16T08:36:00.000Z'],
    ['2021-06-15 16:37:00 UTC', '2021-06-15T16:37:00.000Z'],
    ['2021-06-16 03:28:40', '2021-06-16T03:28:40.000Z'],
    ['2017/06/08 08:15:44 UTC', '2017-06-08T08:15:44.000Z'],
    ['02.05.2025', '2025-05-02T00:00:00.000Z'],
    [' 2024-03-12 ', '2024-03-12T00:00:00.000Z'],
  ])('%s → %s', (value, expected) => {
    expect(parseExportDate(value, ALL)).toBe(expected);
  });

  it.each(['2024.03.12', '31 Jun 2021', '13/1/18, 6:14 PM', '1/8/18, 13:14 PM', '2021-02-29 10:00:00 UTC', '17 Foo 2021', 'yesterday', ''])('rejects %j', (value) => {
    expect(parseExportDate(value, ALL)).toBeNull();
  });

  it('only tries the formats of the file at hand', () => {
    expect(parseExportDate('17 Jun 2021', ['isoLikeDateTime'])).toBeNull();
  });
});
