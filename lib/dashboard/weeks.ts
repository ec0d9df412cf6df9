/** The dashboard's weeks: which one an instant falls in. Their starts come from `weekStarts` in lib/time/zoned.ts. */

/**
 * The index of the week `at` falls in, or -1 before the first. `starts` are
 * sorted, as `weekStarts` (lib/time/zoned.ts) returns them; instants or `YYYY-MM-DD` days
 * alike, since both sort as strings.
 */
export function weekIndex(at: string, starts: readonly string[]): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
