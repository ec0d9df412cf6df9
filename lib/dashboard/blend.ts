import type { ContactKind } from '@/lib/model/schema';
import { KINDS, type TrackedCircle } from '@/lib/model/enums';

/** The blend is drawn per tracked circle; lib/db/repo/dashboard.ts still reads them from here. */

/** How one circle splits into strategic, relational and both; `unclassified` have no kind yet. */
export type BlendRow = { circle: TrackedCircle; total: number; unclassified: number } & Record<ContactKind, number>;

/** The whole network's split: the sum of the circles' rows. */
export function blendTotals(rows: readonly BlendRow[]): Omit<BlendRow, 'circle'> {
  const totals = { total: 0, unclassified: 0, ...Object.fromEntries(KINDS.map((kind) => [kind, 0])) } as Omit<BlendRow, 'circle'>;
  for (const row of rows) {
    totals.total += row.total;
    totals.unclassified += row.unclassified;
    for (const kind of KINDS) totals[kind] += row[kind];
  }
  return totals;
}
