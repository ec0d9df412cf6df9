import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeCountText, dueBadge, importRunningBadge, resolveBadge, storageErrorBadge } from '@/lib/badge/badge-state';

describe('badge state', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [42, '42'],
    [99, '99'],
    [100, '99+'],
    [18_000, '99+'],
  ])('shows %i people as “%s” (never more than four characters)', (count, text) => {
    expect(badgeCountText(count)).toBe(text);
    expect(badgeCountText(count).length).toBeLessThanOrEqual(4);
  });

  it('is empty when nobody is due', () => {
    expect(dueBadge({ due: 0, overdue: 0 })).toBeNull();
    expect(resolveBadge({ due: null })).toEqual({ text: '', color: expect.any(String), title: 'Rapport: Nobody is due a touchpoint' });
  });

  it('uses one colour when only due and another when some are overdue', () => {
    expect(dueBadge({ due: 3, overdue: 0 })).toEqual({ text: '3', color: BADGE_COLORS.due, title: 'Rapport: 3 people are due a touchpoint' });
    expect(dueBadge({ due: 3, overdue: 1 })).toEqual({ text: '3', color: BADGE_COLORS.overdue, title: 'Rapport: 3 people are due a touchpoint (1 overdue)' });
    expect(BADGE_COLORS.due).not.toBe(BADGE_COLORS.overdue);
  });

  it('says “more than 99” in the tooltip when the capped count reaches 100', () => {
    expect(dueBadge({ due: 100, overdue: 100 })).toMatchObject({ text: '99+', title: 'Rapport: More than 99 people are due a touchpoint (99+ overdue)' });
    expect(dueBadge({ due: 1, overdue: 0 })?.title).toBe('Rapport: 1 person is due a touchpoint');
  });

  it('shows the highest-priority state: a storage error over an import over the due count', () => {
    const due = dueBadge({ due: 5, overdue: 0 });
    const importing = importRunningBadge();
    const broken = storageErrorBadge('UnknownError: disk');
    expect(resolveBadge({ due, importRunning: importing })).toBe(importing);
    expect(resolveBadge({ due, importRunning: importing, storageError: broken })).toBe(broken);
    expect(resolveBadge({ storageError: broken, due })).toBe(broken);
    expect(resolveBadge({ due, importRunning: null })).toBe(due);
    expect(broken).toMatchObject({ text: '!', title: expect.stringContaining('UnknownError: disk') });
  });
});
