import { it } from 'vitest';
// @ts-expect-error: a plain ESM script shared with `npm test`'s size check (no types).
import { measureBudgets } from '../../scripts/size-budgets.mjs';
import { record } from './metrics';

type Budget = { name: string; raw: number; gzip: number; limit: number };

// The same figures the size check enforces in `npm test`, kept with the other benchmarks' results.
it('bundle sizes against their budgets (gzipped)', () => {
  for (const budget of measureBudgets() as Budget[]) {
    const key = budget.name.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());
    record({ name: `bundle.${key}.gzip`, value: budget.gzip, unit: 'bytes', target: `≤ ${budget.limit / 1024} KB`, note: `${(budget.raw / 1024).toFixed(1)} KB raw` });
  }
});
