import { describe, expect, it } from 'vitest';
import { weekIndex } from '@/lib/dashboard/weeks';

describe('the dashboard’s weeks', () => {
  it('place an instant in its week, and before the first week nowhere', () => {
    const starts = ['2026-11-09T00:00:00.000Z', '2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z'];
    expect(weekIndex('2026-11-08T23:59:59.999Z', starts)).toBe(-1);
    expect(weekIndex('2026-11-09T00:00:00.000Z', starts)).toBe(0);
    expect(weekIndex('2026-11-22T23:59:59.999Z', starts)).toBe(1);
    expect(weekIndex('2026-11-27T09:00:00.000Z', starts)).toBe(2);
  });
});
