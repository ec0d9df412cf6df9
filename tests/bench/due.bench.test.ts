import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleForBrowser } from './browser-bundle';
import { openBenchPage } from './chromium';
import { median, record, round } from './metrics';

const CONTACTS = 30_000;
const TOUCHPOINTS = 100_000;
const RUNS = 15;

let bench: Awaited<ReturnType<typeof openBenchPage>>;

beforeAll(async () => {
  bench = await openBenchPage(await bundleForBrowser('tests/bench/browser/db.entry.ts'));
  const seeded = await bench.page.evaluate(([c, t]) => (window as any).rapportBench.seed(c, t), [CONTACTS, TOUCHPOINTS] as const);
  expect(seeded).toMatchObject({ contacts: CONTACTS, touchpoints: TOUCHPOINTS });
});
afterAll(async () => {
  await bench?.close();
});

async function samples(name: string, runs = RUNS): Promise<number> {
  const values: number[] = await bench.page.evaluate(([n, r]) => (window as any).rapportBench.measure(n, r), [name, runs] as const);
  return round(median(values), 2);
}

it(`due query at ${CONTACTS} contacts / ${TOUCHPOINTS} touchpoints`, async () => {
  const value = await samples('dueQuery');
  const raw = await samples('dueQueryRawDexie');
  const scan = await samples('dueQueryTableScan');
  record({ name: 'db.dueQuery.first50', value, unit: 'ms', runs: RUNS, baseline: { name: 'raw Dexie where().limit(50)', value: raw } });
  record({ name: 'db.dueQuery.tableScanBaseline', value: scan, unit: 'ms', runs: RUNS, baseline: { name: 'db.dueQuery.first50', value }, note: 'ratio = how much slower a table scan is' });
});

it(`full due recount at ${CONTACTS} contacts / ${TOUCHPOINTS} touchpoints`, async () => {
  const value = await samples('dueRecount');
  const raw = await samples('dueRecountRawDexie');
  const scan = await samples('dueRecountTableScan', 5);
  const capped = await samples('dueRecountForBadge');
  record({ name: 'db.dueRecount.exact', value, unit: 'ms', runs: RUNS, baseline: { name: 'raw Dexie index counts', value: raw } });
  record({ name: 'db.dueRecount.badge', value: capped, unit: 'ms', runs: RUNS, baseline: { name: 'raw Dexie index counts', value: raw }, target: '≤ 50 ms (with badge update)', note: 'capped at 100: the badge shows 99+' });
  record({ name: 'db.dueRecount.tableScanBaseline', value: scan, unit: 'ms', runs: 5, baseline: { name: 'db.dueRecount.exact', value }, note: 'ratio = how much slower a table scan is' });
});

it(`recomputing every due date at ${CONTACTS} contacts / ${TOUCHPOINTS} touchpoints`, async () => {
  const value = await samples('recomputeAll', 2);
  const raw = await samples('recomputeAllRawDexie', 2);
  record({ name: 'db.recomputeAllDerived', value, unit: 'ms', runs: 2, baseline: { name: 'raw Dexie read all + bulkPut contacts', value: raw } });
});
