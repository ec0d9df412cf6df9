// Runs inside Chromium, on a page served by the loopback CouchDB-protocol server: Rapport's real sync engine
// (Dexie + the IndexedDB PouchDB replica + HTTP replication), and the raw PouchDB bulkDocs baseline.
import { AppDB } from '@/lib/db/app-db';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import type { Contact, Note, Touchpoint } from '@/lib/model/schema';
import type { WriteContext } from '@/lib/model/write-context';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { toTimestamp } from '@/lib/time/instant';
import { createKeyDoc, decryptState, docIdFor, encryptState, newMasterKey, syncKeys, type SyncKeys } from '@/lib/sync/crypto';
import { enqueueEverything, SyncEngine, type EncryptedDatabase } from '@/lib/sync/engine';
import PouchDB from 'pouchdb-core/lib/index.es.js';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import HttpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

const Pouch = PouchDB.plugin(IndexedDbAdapter).plugin(HttpAdapter).plugin(replication);
const DAY = 86_400_000;
const NOW = Date.parse('2026-11-27T09:00:00.000Z');
const CIRCLES = ['inner', 'key', 'wider', 'new', 'untracked'] as const;
const context: WriteContext = { now: toTimestamp(NOW), cadences: DEFAULT_SETTINGS.cadences, timeZone: 'Europe/Paris' };

let keys: SyncKeys;
const devices = new Map<string, { db: AppDB; local: InstanceType<typeof Pouch> }>();

function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const remote = (name: string) => new Pouch(`${location.origin}/${name}`, { adapter: 'http' }) as unknown as EncryptedDatabase;

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** The account's keys (one master key shared by every device in the page). */
export async function setUp(): Promise<void> {
  const master = newMasterKey();
  await createKeyDoc(master, 'bench passphrase', 1000);
  keys = await syncKeys(master);
}

/** A device: a fresh Dexie database and a fresh local PouchDB replica. */
async function device(name: string) {
  const old = devices.get(name);
  if (old) {
    old.db.close();
    await old.local.destroy();
  }
  await new AppDB(`bench-${name}`).delete();
  const db = new AppDB(`bench-${name}`);
  await db.open();
  const local = new Pouch(`bench-local-${name}`, { adapter: 'indexeddb' });
  const created = { db, local };
  devices.set(name, created);
  return created;
}

function engine(name: string, remoteName: string) {
  const { db, local } = devices.get(name)!;
  return new SyncEngine({ db, local: local as unknown as EncryptedDatabase, remote: remote(remoteName), keys, context: async () => context });
}

/** Data on a device before sync is turned on (written without the outbox, as data written before sync existed). */
export async function seed(name: string, contactCount: number, touchpointCount: number, noteCount: number) {
  const { db } = await device(name);
  const rand = random(42);
  const contacts: Contact[] = [];
  for (let i = 0; i < contactCount; i++) {
    const slug = `person-${i}`;
    const since = toTimestamp(NOW - Math.floor(rand() * 400) * DAY);
    contacts.push({
      id: `in:${slug}`,
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
      name: `Person ${i}`,
      headline: `Role ${i % 97} at Company ${i % 311}`,
      company: `Company ${i % 311}`,
      circle: CIRCLES[i % CIRCLES.length]!,
      tags: i % 7 === 0 ? ['mentor'] : [],
      createdAt: since,
      updatedAt: since,
      circleSince: since,
    });
  }
  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < touchpointCount; i++) {
    touchpoints.push({
      id: `t-${i}`,
      contactId: contacts[Math.floor(rand() * contactCount)]!.id,
      type: 'message',
      focus: 'give',
      at: toTimestamp(NOW - Math.floor(rand() * 365 * DAY)),
      source: 'import',
    });
  }
  const notes: Note[] = [];
  for (let i = 0; i < noteCount; i++) {
    const at = toTimestamp(NOW - Math.floor(rand() * 365 * DAY));
    notes.push({ id: `n-${i}`, contactId: contacts[i % contactCount]!.id, body: `Met at the conference ${i}; talked about hiring and the new product.`, createdAt: at, updatedAt: at });
  }
  for (let i = 0; i < contacts.length; i += 5000) await db.contacts.bulkAdd(contacts.slice(i, i + 5000));
  for (let i = 0; i < touchpoints.length; i += 5000) await db.touchpoints.bulkAdd(touchpoints.slice(i, i + 5000));
  for (let i = 0; i < notes.length; i += 5000) await db.notes.bulkAdd(notes.slice(i, i + 5000));
  await db.outbox.clear();
  return { contacts: await db.contacts.count(), touchpoints: await db.touchpoints.count(), notes: await db.notes.count() };
}

/** Turning sync on with data: every record enqueued (as setUpSync does), then one run to an empty server database. */
export async function initialUpload(name: string, remoteName: string) {
  const { db } = devices.get(name)!;
  let result = { pushed: 0, applied: 0 };
  const ms = await time(async () => {
    await enqueueEverything(db, NOW);
    result = await engine(name, remoteName).run();
  });
  return { ms, ...result, pending: await db.outbox.count() + (await db.syncMeta.where('dirty').equals(1).count()) };
}

/** A new device's first run: everything on the server arrives, is decrypted, merged and written. */
export async function initialDownload(name: string, remoteName: string) {
  const { db } = await device(name);
  let result = { pushed: 0, applied: 0 };
  const ms = await time(async () => {
    result = await engine(name, remoteName).run();
  });
  return { ms, ...result, contacts: await db.contacts.count(), touchpoints: await db.touchpoints.count(), notes: await db.notes.count() };
}

/** One touchpoint logged through Rapport's real writer, then one run. */
export async function logOne(name: string, id: string) {
  const { db } = devices.get(name)!;
  await logTouchpoint(db, { contactId: 'in:person-7' }, { id, type: 'comment', source: 'manual' }, context);
}

export async function incremental(name: string, remoteName: string) {
  let result = { pushed: 0, applied: 0 };
  const ms = await time(async () => {
    result = await engine(name, remoteName).run();
  });
  return { ms, ...result };
}

export async function hasTouchpoint(name: string, id: string) {
  return (await devices.get(name)!.db.touchpoints.get(id)) !== undefined;
}

/** Up to `count` of the device's encrypted documents as stored in its replica, without revisions (what the raw baselines write). */
async function encryptedDocsOf(name: string, count: number): Promise<Record<string, unknown>[]> {
  const { local } = devices.get(name)!;
  const all = await (local as unknown as { allDocs(o: object): Promise<{ rows: { doc?: unknown }[] }> }).allDocs({ include_docs: true });
  return all.rows
    .map((row) => row.doc as unknown as Record<string, unknown> | undefined)
    .filter((doc): doc is Record<string, unknown> => doc !== undefined && typeof doc.p === 'string')
    .slice(0, count)
    .map(({ _rev: _r, ...doc }) => doc);
}

/** The raw baseline: the same number of the device's encrypted documents, bulkDocs into a fresh IndexedDB PouchDB (5,000 a call). */
export async function rawBulkDocs(name: string, count: number) {
  const docs = await encryptedDocsOf(name, count);
  const target = new Pouch(`bench-raw-${crypto.randomUUID()}`, { adapter: 'indexeddb' });
  // Not timed: the documents are read from the device first.
  const ms = await time(async () => {
    for (let i = 0; i < docs.length; i += 5000) await target.bulkDocs(docs.slice(i, i + 5000));
  });
  await target.destroy();
  return { ms, docs: docs.length };
}

/**
 * A second baseline: the same number of the device's encrypted documents, bulkDocs over HTTP into an empty server
 * database (5,000 a call). What storing them on the user's server costs at the least: one request per 5,000 documents,
 * the server's own writes, nothing read back, no revision check, no checkpoint.
 */
export async function rawHttpBulkDocs(name: string, remoteName: string, count: number) {
  const docs = await encryptedDocsOf(name, count);
  const target = remote(remoteName);
  const ms = await time(async () => {
    for (let i = 0; i < docs.length; i += 5000) await target.bulkDocs(docs.slice(i, i + 5000));
  });
  return { ms, docs: docs.length };
}

/** Context for the ratio: the same documents replicated from a PouchDB to an empty server database, nothing else. */
export async function rawReplicate(name: string, remoteName: string) {
  const { local } = devices.get(name)!;
  const ms = await time(async () => {
    await local.replicate.to(remote(remoteName), { batch_size: 1000 });
  });
  return { ms };
}

/** Where a run spends its time: each step of the engine timed on its own (a profiling aid, not a figure). */
export async function phases(name: string, remoteName: string, enqueue: boolean) {
  const { db } = devices.get(name)!;
  const run = engine(name, remoteName);
  const out: Record<string, number> = {};
  if (enqueue) out.enqueue = await time(() => enqueueEverything(db, NOW));
  out.apply1 = await time(() => run.apply());
  out.drain = await time(() => run.drain());
  out.push = await time(() => run.push());
  const { local } = devices.get(name)!;
  out.replicateFrom = await time(() => Promise.resolve(local.replicate.from(remote(remoteName), { batch_size: 1000 })));
  out.replicateTo = await time(() => Promise.resolve(local.replicate.to(remote(remoteName), { batch_size: 1000 })));
  out.apply2 = await time(() => run.apply());
  out.push2 = await time(() => run.push());
  return out;
}

export async function freshDevice(name: string) {
  await device(name);
}

/** Time spent in each PouchDB method a sync run calls (summed; the replicator overlaps calls, so sums can exceed the wall time). */
function instrument(db: object, label: string, into: Record<string, number>) {
  const target = db as Record<string, unknown>;
  for (const method of ['changes', 'revsDiff', 'bulkDocs', 'bulkGet', 'allDocs', 'get', 'put', 'info', 'id']) {
    const original = target[method];
    if (typeof original !== 'function') continue;
    target[method] = function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      const out = (original as (...a: unknown[]) => unknown).apply(this, args);
      const add = () => {
        into[`${label}.${method}`] = (into[`${label}.${method}`] ?? 0) + performance.now() - start;
        into[`${label}.${method}#`] = (into[`${label}.${method}#`] ?? 0) + 1;
      };
      if (out && typeof (out as PromiseLike<unknown>).then === 'function') (out as PromiseLike<unknown>).then(add, add);
      else if (out && typeof (out as { on?: unknown }).on === 'function') (out as { on(e: string, f: () => void): void }).on('complete', add);
      else add();
      return out;
    };
  }
}

/**
 * Where a run spends its time (a profiling aid): the engine's steps timed one by one, each PouchDB call the steps
 * and the replicator make summed per method, and the device's own encryption and decryption of the same states.
 */
export async function profile(name: string, remoteName: string, fresh: boolean, batchSize?: number) {
  if (fresh) await device(name);
  const { db, local } = devices.get(name)!;
  const calls: Record<string, number> = {};
  const server = remote(remoteName);
  instrument(local, 'local', calls);
  instrument(server, 'remote', calls);
  const run = new SyncEngine({ db, local: local as unknown as EncryptedDatabase, remote: server, keys, context: async () => context, ...(batchSize ? { batchSize } : {}) });
  const batch = batchSize ?? 1000;
  const out: Record<string, number> = {};
  if (!fresh) out.enqueue = await time(() => enqueueEverything(db, NOW));
  out.apply1 = await time(() => run.apply());
  out.drain = await time(() => run.drain());
  out.push = await time(() => run.push());
  out.replicateFrom = await time(() => Promise.resolve(local.replicate.from(server, { batch_size: batch })));
  out.replicateTo = await time(() => Promise.resolve(local.replicate.to(server, { batch_size: batch })));
  out.apply2 = await time(() => run.apply());
  out.push2 = await time(() => run.push());
  const states = (await db.syncMeta.toArray()).map((meta) => meta.s);
  let docs: Awaited<ReturnType<typeof encryptState>>[] = [];
  out.encryptAll = await time(async () => {
    docs = await Promise.all(states.map((state) => encryptState(keys, state)));
  });
  out.idsAll = await time(() => Promise.all(states.map((state) => docIdFor(keys, state.t, state.id))));
  out.decryptAll = await time(() => Promise.all(docs.map((doc) => decryptState(keys, doc))));
  return { out, calls, states: states.length };
}
