import { describe, expect, it } from 'vitest';
import { endorsedOrRecommended, recentConnections } from '@/lib/linkedin/export/more-suggestions';
import { sourceId } from '@/lib/linkedin/export/source-id';
import type { ImportedContact } from '@/lib/model/commands';

const NOW = Date.parse('2026-12-01T09:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000).toISOString();
const person = (slug: string, fields: Partial<ImportedContact> = {}): ImportedContact => ({ profileUrl: `https://www.linkedin.com/in/${slug}/`, name: slug, createIfMissing: true, ...fields });

describe('more people to keep in touch with after an import', () => {
  it('offers connections of the last 30 days, newest first, not invitation-only people', () => {
    const contacts = [person('old', { connectedAt: daysAgo(40) }), person('week', { connectedAt: daysAgo(7) }), person('today', { connectedAt: daysAgo(0) }), person('invited', { connectedAt: daysAgo(1), createIfMissing: false }), person('undated')];
    expect(recentConnections(contacts, NOW).map((s) => s.name)).toEqual(['today', 'week']);
  });

  it('offers people you endorsed or recommended, counting what you gave, latest first', () => {
    const contacts = [person('ada'), person('bea'), person('cat')];
    const touchpoints = [
      { id: sourceId('endorse', 'in:ada', 'SQL', daysAgo(100)), contactId: 'in:ada', type: 'other' as const, focus: 'give' as const, at: daysAgo(100) },
      { id: sourceId('endorse', 'in:ada', 'Go', daysAgo(10)), contactId: 'in:ada', type: 'other' as const, focus: 'give' as const, at: daysAgo(10) },
      { id: sourceId('recommend', 'in:bea', daysAgo(50)), contactId: 'in:bea', type: 'other' as const, focus: 'give' as const, at: daysAgo(50) },
      { id: sourceId('msg', 'in:cat', daysAgo(1)), contactId: 'in:cat', type: 'message' as const, focus: 'give' as const, at: daysAgo(1) },
    ];
    expect(endorsedOrRecommended(contacts, touchpoints).map(({ name, gave, at }) => [name, gave, at])).toEqual([
      ['ada', 2, daysAgo(10)],
      ['bea', 1, daysAgo(50)],
    ]);
  });
});
