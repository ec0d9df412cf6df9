import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryPouch, openSyncBench } from './sync-bench-page';
import { record, round } from './metrics';

/**
 * Where an initial sync spends its time (issue 19's benchmark, broken down): the same setting as
 * sync.bench.test.ts (real Chromium, express-pouchdb in memory on loopback), the engine's steps run one
 * by one on an uploading device and a new device, and every PouchDB call they and the replicator make
 * summed per method. Small by default (a minute); the env sizes of sync.bench.test.ts apply.
 */
const CONTACTS = Number(process.env.SYNC_BENCH_CONTACTS ?? 500);
const TOUCHPOINTS = Number(process.env.SYNC_BENCH_TOUCHPOINTS ?? 2_500);
const NOTES = Number(process.env.SYNC_BENCH_NOTES ?? 100);

let syncBench: Awaited<ReturnType<typeof openSyncBench>> | undefined;
const call = <T>(fn: string, ...args: unknown[]): Promise<T> => syncBench!.call<T>(fn, ...args);

beforeAll(async () => {
  syncBench = await openSyncBench();
});
afterAll(async () => {
  await syncBench?.close();
});

type Profile = { out: Record<string, number>; calls: Record<string, number>; states: number };

it(`initial sync, step by step, at ${CONTACTS} contacts / ${TOUCHPOINTS} touchpoints / ${NOTES} notes`, async () => {
  const docs = CONTACTS + TOUCHPOINTS + NOTES;
  await call('seed', 'a', CONTACTS, TOUCHPOINTS, NOTES);
  const batch = process.env.SYNC_BENCH_BATCH ? Number(process.env.SYNC_BENCH_BATCH) : undefined;
  const up = await call<Profile>('profile', 'a', 'phases', false, batch);
  const down = await call<Profile>('profile', 'b', 'phases', true, batch);
  expect(up.states).toBe(docs);
  expect(down.states).toBe(docs);
  expect(await call('hasTouchpoint', 'b', 't-0')).toBe(true);
  for (const [side, result] of [['upload', up], ['download', down]] as const) {
    console.log(`${side}:`, JSON.stringify(Object.fromEntries(Object.entries(result.out).map(([k, v]) => [k, round(v)]))));
    console.log(`${side} PouchDB calls:`, JSON.stringify(Object.fromEntries(Object.entries(result.calls).map(([k, v]) => [k, round(v)]))));
    for (const [step, ms] of Object.entries(result.out)) record({ name: `sync.phase.${side}.${step}`, value: round(ms), unit: 'ms', note: `${docs} docs` });
  }
  await new MemoryPouch('phases').destroy();
});
