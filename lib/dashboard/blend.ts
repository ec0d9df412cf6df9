import type { Circle, ContactKind } from '@/lib/model/schema';
import { KINDS } from '@/lib/model/enums';

/** The circles of people you keep in touch with (untracked people are not part of the network you nurture). */
export const TRACKED_CIRCLES = ['inner', 'key', 'wider', 'new'] as const satisfies readonly Circle[];
export type TrackedCircle = (typeof TRACKED_CIRCLES)[number];

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
