import { loadavg } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryPouch, openSyncBench } from './sync-bench-page';
import { median, record, round } from './metrics';

/**
 * Sync at scale, in real Chromium against a real CouchDB-protocol server
 * (express-pouchdb, in memory) on loopback: the page is served by that server,
 * so the extension's HTTP replication runs same-origin, as it would against a
 * user's CouchDB. Beside each figure, a raw PouchDB `bulkDocs` of the same
 * number of documents into a fresh IndexedDB PouchDB, in the same run.
 */
const CONTACTS = Number(process.env.SYNC_BENCH_CONTACTS ?? 10_000);
const TOUCHPOINTS = Number(process.env.SYNC_BENCH_TOUCHPOINTS ?? 50_000);
const NOTES = Number(process.env.SYNC_BENCH_NOTES ?? 2_000);
const DOCS = CONTACTS + TOUCHPOINTS + NOTES;
const RUNS = Number(process.env.SYNC_BENCH_RUNS ?? 3);
const INCREMENTAL_RUNS = 7;
/** At the full size (10,000 / 50,000 / 2,000) one initial run takes many minutes on 2 cores: beyond the bench config's 10-minute default. */
const FULL_SIZE_TIMEOUT = 3 * 60 * 60_000;

let syncBench: Awaited<ReturnType<typeof openSyncBench>> | undefined;
const call = <T>(fn: string, ...args: unknown[]): Promise<T> => syncBench!.call<T>(fn, ...args);

beforeAll(async () => {
  syncBench = await openSyncBench();
});
afterAll(async () => {
  await syncBench?.close();
});

let serverDb = 0;
const nextServerDb = () => `bench-${++serverDb}`;

it(`initial sync of ${CONTACTS} contacts, ${TOUCHPOINTS} touchpoints and ${NOTES} notes, beside raw bulkDocs`, async () => {
  const upload: number[] = [];
  const download: number[] = [];
  const raw: number[] = [];
  const replicate: number[] = [];
  const rawHttp: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const remote = nextServerDb();
    expect(await call('seed', 'a', CONTACTS, TOUCHPOINTS, NOTES)).toEqual({ contacts: CONTACTS, touchpoints: TOUCHPOINTS, notes: NOTES });
    const up = await call<{ ms: number; pushed: number; pending: number }>('initialUpload', 'a', remote);
    expect(up).toMatchObject({ pushed: DOCS, pending: 0 });
    upload.push(up.ms);
    const down = await call<{ ms: number; applied: number; contacts: number; touchpoints: number; notes: number }>('initialDownload', 'b', remote);
    expect(down).toMatchObject({ applied: DOCS, contacts: CONTACTS, touchpoints: TOUCHPOINTS, notes: NOTES });
    download.push(down.ms);
    const bulk = await call<{ ms: number; docs: number }>('rawBulkDocs', 'a', DOCS);
    expect(bulk.docs).toBe(DOCS);
    raw.push(bulk.ms);
    replicate.push((await call<{ ms: number }>('rawReplicate', 'a', nextServerDb())).ms);
    await new MemoryPouch(`bench-${serverDb}`).destroy();
    const http = await call<{ ms: number; docs: number }>('rawHttpBulkDocs', 'a', nextServerDb(), DOCS);
    expect(http.docs).toBe(DOCS);
    rawHttp.push(http.ms);
    await new MemoryPouch(`bench-${serverDb}`).destroy();
    await new MemoryPouch(remote).destroy();
    console.log(
      `run ${run + 1}: upload ${round(up.ms)} ms, download ${round(down.ms)} ms, raw bulkDocs ${round(bulk.ms)} ms, raw HTTP bulkDocs ${round(http.ms)} ms, raw replicate ${round(replicate.at(-1)!)} ms, load ${loadavg()[0]!.toFixed(2)}`,
    );
  }
  const baseline = { name: `raw PouchDB bulkDocs of ${DOCS} docs (IndexedDB, 5,000 a call)`, value: round(median(raw)) };
  const size = `${CONTACTS} contacts / ${TOUCHPOINTS} touchpoints / ${NOTES} notes`;
  record({ name: 'sync.initial.upload', value: round(median(upload)), unit: 'ms', runs: RUNS, baseline, target: '≤ 3× raw', note: `${size}: enqueue, drain, encrypt, local PouchDB, replicate to the server` });
  record({ name: 'sync.initial.download', value: round(median(download)), unit: 'ms', runs: RUNS, baseline, target: '≤ 3× raw', note: `${size}: replicate from the server, decrypt, merge, write rows, derived fields` });
  // A second baseline, not a new target: the first writes into the browser's IndexedDB only, while a sync must also cross
  // HTTP and have the server store every document; this one is that server-side floor.
  const httpBaseline = { name: `raw PouchDB bulkDocs of the same ${DOCS} encrypted docs over HTTP into the server (5,000 a call)`, value: round(median(rawHttp)) };
  record({ name: 'sync.initial.upload.vsHttp', value: round(median(upload)), unit: 'ms', runs: RUNS, baseline: httpBaseline, note: `${size}: the upload beside the second baseline` });
  record({ name: 'sync.initial.download.vsHttp', value: round(median(download)), unit: 'ms', runs: RUNS, baseline: httpBaseline, note: `${size}: the download beside the second baseline` });
  record({ name: 'sync.initial.rawReplicateBaseline', value: round(median(replicate)), unit: 'ms', runs: RUNS, baseline, note: 'PouchDB replicating the same documents to an empty server database, nothing else' });
}, FULL_SIZE_TIMEOUT);

it('incremental sync of one log: the logging device pushes it, the other receives it', async () => {
  const remote = nextServerDb();
  await call('seed', 'a', CONTACTS, TOUCHPOINTS, NOTES);
  await call('initialUpload', 'a', remote);
  await call('initialDownload', 'b', remote);
  const push: number[] = [];
  const pull: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < INCREMENTAL_RUNS; run++) {
    const id = `bench-log-${run}`;
    await call('logOne', 'a', id);
    const up = await call<{ ms: number; pushed: number }>('incremental', 'a', remote);
    expect(up.pushed).toBeGreaterThanOrEqual(1);
    push.push(up.ms);
    const down = await call<{ ms: number; applied: number }>('incremental', 'b', remote);
    expect(down.applied).toBeGreaterThanOrEqual(1);
    expect(await call('hasTouchpoint', 'b', id)).toBe(true);
    pull.push(down.ms);
    raw.push((await call<{ ms: number }>('rawBulkDocs', 'a', up.pushed)).ms);
  }
  const baseline = { name: 'raw PouchDB bulkDocs of the same number of docs', value: round(median(raw)) };
  record({ name: 'sync.incremental.push', value: round(median(push)), unit: 'ms', runs: INCREMENTAL_RUNS, baseline, target: '≤ 1000 ms', note: `one log at ${CONTACTS} contacts / ${TOUCHPOINTS} touchpoints` });
  record({ name: 'sync.incremental.pull', value: round(median(pull)), unit: 'ms', runs: INCREMENTAL_RUNS, baseline, target: '≤ 1000 ms', note: 'the other device receiving it' });
  expect(median(push)).toBeLessThanOrEqual(1000);
  expect(median(pull)).toBeLessThanOrEqual(1000);
}, FULL_SIZE_TIMEOUT);
