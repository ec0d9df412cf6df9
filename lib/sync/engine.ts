import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { ContactSchema, JobChangeSchema, NoteSchema, TouchpointSchema, type Contact, type Touchpoint } from '@/lib/model/schema';
import { OpenLoopSchema } from '@/lib/model/open-loop';
import { KeyDateSchema } from '@/lib/model/key-date';
import { IntroductionSchema, introductionContactIds, type Introduction } from '@/lib/model/introduction';
import type { WriteContext } from '@/lib/model/write-context';
import { NeedSchema } from '@/lib/model/need';
import { refreshAllDerived, refreshDerivedOfPeople } from '@/lib/db/repo/upkeep/derived';
import { countTouches } from '@/lib/db/repo/upkeep/touch-days';
import { searchWordsFor } from '@/lib/search/search-words';
import { decryptState, encryptState, KEY_DOC_ID, type EncryptedDoc, type SyncKeys } from '@/lib/sync/crypto';
import { receive, tick, type HlcState } from '@/lib/sync/hlc';
import { diffRow, isVisible, materialize } from '@/lib/sync/local-changes';
import { withLocalFields } from '@/lib/sync/local-fields';
import { checkAccount } from '@/lib/sync/account';
import { initialSettingsState, pickShared, SETTINGS_OUTBOX_ID, settingsToWrite, type SettingsPort } from '@/lib/sync/shared-settings';
import { mergeAll, repairOpenJobChanges } from '@/lib/sync/merge';
import { markSyncWrite } from '@/lib/sync/outbox-middleware';
import {
  latestClock,
  OUTBOX_TABLES,
  parentOf,
  SETTINGS_RECORD_ID,
  stableStringify,
  stateKey,
  withoutLocalFields,
  type OutboxTable,
  type RecordState,
} from '@/lib/sync/record-state';
import type { SyncMetaRow, SyncStateRow } from '@/lib/sync/sync-tables';

/**
 * One sync run, in short resumable steps; each step's progress is committed
 * before the next begins, so a run killed anywhere resumes without losing or
 * duplicating anything:
 *
 * 1. apply what an earlier, interrupted run replicated but did not apply;
 * 2. drain the outbox into clocked record states (`syncMeta`, marked dirty);
 * 3. push dirty states into the local PouchDB, encrypted;
 * 4. replicate the local PouchDB with the server both ways (PouchDB's own
 *    checkpoints make an interrupted replication resume);
 * 5. apply the changes that arrived: decrypt, merge every conflicting
 *    revision, write the merged rows to Dexie (not recorded in the outbox),
 *    recompute derived fields and touch counts, and checkpoint, all in one
 *    transaction per batch; merged states the server lacks are pushed again.
 */
/**
 * The part of a PouchDB database sync uses (PouchDB's own type package
 * declares DOM and Node globals of its own, so it is not imported).
 */
export interface EncryptedDatabase {
  allDocs(options: { keys: string[] }): Promise<{ rows: ({ key: string; value: { rev: string; deleted?: boolean } } | { key: string; error: string })[] }>;
  bulkDocs(docs: object[]): Promise<({ ok: true; id: string; rev: string } | { error: unknown; id?: string })[]>;
  changes(options: { since: string | number; limit: number; include_docs: true; conflicts: true }): Promise<{
    results: { id: string; doc?: unknown }[];
    last_seq: string | number;
  }>;
  get(id: string, options?: { rev?: string }): Promise<unknown>;
  replicate: {
    from(remote: EncryptedDatabase, options?: { batch_size?: number }): PromiseLike<unknown>;
    to(remote: EncryptedDatabase, options?: { batch_size?: number }): PromiseLike<unknown>;
  };
}

export interface SyncEngineOptions {
  db: AppDB;
  local: EncryptedDatabase;
  remote: EncryptedDatabase;
  keys: SyncKeys;
  /** Settings and clock for recomputing derived fields. */
  context: () => Promise<WriteContext>;
  now?: () => number;
  batchSize?: number;
  /**
   * Documents applied per transaction (default 2,500). Each batch refreshes every person it concerns once, so
   * larger batches refresh each person fewer times over an initial download (a touchpoint batch concerns most people).
   */
  applyBatchSize?: number;
  /** The shared settings (extension storage); without it settings are not synced. */
  settings?: SettingsPort;
  /** The key document's generation this device joined: checked before each run (lib/sync/account.ts). */
  generation?: number;
}

export interface SyncRunResult {
  pushed: number;
  applied: number;
}

const SYNC_TABLES_RW = (db: AppDB) => [db.contacts, db.touchpoints, db.notes, db.jobChanges, db.loops, db.keyDates, db.introductions, db.needs, db.touchDays, db.syncMeta, db.syncState, db.outbox];

/** The device's clock, created with a random device id on first use. */
export async function readClock(db: AppDB): Promise<HlcState> {
  const row = await db.syncState.get('clock');
  if (row && row.id === 'clock') return { wall: row.wall, counter: row.counter, device: row.device };
  return { wall: 0, counter: 0, device: crypto.randomUUID().replaceAll('-', '').slice(0, 12) };
}

async function saveClock(db: AppDB, clock: HlcState): Promise<void> {
  await db.syncState.put({ id: 'clock', ...clock });
}

const tableOf = (db: AppDB, table: OutboxTable) => db[table] as Dexie.Table<Record<string, unknown>, string>;

/**
 * Turns outbox entries into clocked states, inside the caller's transaction
 * (over the synced tables, `outbox`, `syncMeta` and `syncState`). Returns how many entries it took.
 */
async function drainWithin(db: AppDB, limit: number): Promise<number> {
  // The shared settings' entry is taken by the settings step (their values are not in IndexedDB).
  const entries = await db.outbox.where(':id').notEqual(SETTINGS_OUTBOX_ID).limit(limit).toArray();
  if (entries.length === 0) return 0;
  let clock = await readClock(db);
  const metas = await db.syncMeta.bulkGet(entries.map((entry) => stateKey(entry.t as OutboxTable, entry.k)));
  // The written rows, one bulkGet per table (not one read per entry).
  const rows = new Map<string, Record<string, unknown> | undefined>();
  for (const table of OUTBOX_TABLES) {
    const keys = entries.filter((entry) => entry.t === table).map((entry) => entry.k);
    if (keys.length === 0) continue;
    const found = await tableOf(db, table).bulkGet(keys);
    keys.forEach((key, i) => rows.set(`${table}|${key}`, found[i]));
  }
  const states: SyncMetaRow[] = [];
  for (const [i, entry] of entries.entries()) {
    const table = entry.t as OutboxTable;
    const meta = metas[i];
    const next = tick(clock, entry.at);
    clock = next.state;
    const state = diffRow(table, entry.k, meta?.s, rows.get(`${table}|${entry.k}`), next.stamp, clock.device);
    if (state) states.push(metaRow(state, meta, true));
  }
  // Outbox ids are `table|key`: one entry per record, so one state per record here.
  await db.syncMeta.bulkPut(states);
  await db.outbox.bulkDelete(entries.map((entry) => entry.id));
  await saveClock(db, clock);
  return entries.length;
}

function metaRow(state: RecordState, previous: SyncMetaRow | undefined, dirty: boolean, merged?: string[]): SyncMetaRow {
  const row: SyncMetaRow = { id: stateKey(state.t, state.id), s: state, n: (previous?.n ?? 0) + 1 };
  const cid = parentOf(state);
  if (cid !== undefined) row.cid = cid;
  if (dirty || previous?.dirty) row.dirty = 1;
  const revs = [...(previous?.merged ?? []), ...(merged ?? [])];
  if (revs.length > 0) row.merged = revs;
  return row;
}

/**
 * Outbox entries for every record, when sync is turned on (ids only, no rows read): the first sync of a
 * device that has data already, or sync turned on again. While sync was off, writes left no entry
 * (deletions did: lib/sync/outbox-middleware.ts), so every record is enqueued, those synced before too:
 * draining compares each with its last synced state, so only what changed meanwhile is sent.
 */
export async function enqueueEverything(db: AppDB, now: number = Date.now()): Promise<number> {
  let count = 0;
  for (const table of OUTBOX_TABLES) {
    const keys = (await tableOf(db, table).toCollection().primaryKeys()) as string[];
    const entries = keys.map((k) => ({ id: `${table}|${k}`, t: table, k, at: now }));
    for (let i = 0; i < entries.length; i += 5000) await db.outbox.bulkPut(entries.slice(i, i + 5000));
    count += entries.length;
  }
  return count;
}

/** Changes not yet on the server: written locally and not drained, or drained and not pushed. */
export async function pendingChanges(db: AppDB): Promise<number> {
  const [outbox, dirty] = await Promise.all([db.outbox.count(), db.syncMeta.where('dirty').equals(1).count()]);
  return outbox + dirty;
}

const ROW_SCHEMAS = {
  contacts: ContactSchema,
  touchpoints: TouchpointSchema,
  notes: NoteSchema,
  jobChanges: JobChangeSchema,
  loops: OpenLoopSchema,
  keyDates: KeyDateSchema,
  introductions: IntroductionSchema,
  needs: NeedSchema,
} as const;

export class SyncEngine {
  private readonly batch: number;
  private readonly applyBatch: number;
  private readonly now: () => number;
  /** Revisions this engine wrote to the local PouchDB (`id@rev`): when they come back through the changes feed, unchanged, there is nothing to apply. */
  private readonly pushedRevs = new Set<string>();

  constructor(private readonly options: SyncEngineOptions) {
    this.batch = options.batchSize ?? 1000;
    this.applyBatch = options.applyBatchSize ?? 2500;
    this.now = options.now ?? Date.now;
  }

  async run(): Promise<SyncRunResult> {
    // A passphrase changed elsewhere (or an account made again) stops the run before it writes anything.
    if (this.options.generation !== undefined) await checkAccount(this.options.remote, this.options.keys, this.options.generation);
    let applied = await this.apply();
    applied += await this.syncSettings();
    await this.drain();
    let pushed = await this.push();
    await this.replicate();
    applied += await this.apply();
    applied += await this.syncSettings();
    // Merges the server lacked (a conflict resolved here, a local field newer than the server's) go back now.
    const more = await this.push();
    if (more > 0) await this.options.local.replicate.to(this.options.remote, { batch_size: this.batch });
    pushed += more;
    return { pushed, applied };
  }

  async drain(): Promise<number> {
    const { db } = this.options;
    let total = 0;
    for (;;) {
      const taken = await db.transaction('rw', SYNC_TABLES_RW(db), async () => drainWithin(db, this.batch * 4));
      total += taken;
      if (taken === 0) return total;
    }
  }

  /**
   * The shared settings both ways: a local edit (its outbox entry) is stamped
   * into the settings state (the first time, the device's values at time zero);
   * then the merged state's values that differ from this device's are stored,
   * and a change of cadences recomputes every due date. Returns 1 when it stored something.
   */
  async syncSettings(): Promise<number> {
    const { db, settings } = this.options;
    if (!settings) return 0;
    const readAt = this.now();
    const values = pickShared(await settings.read());
    const key = stateKey('settings', SETTINGS_RECORD_ID);
    const state = await db.transaction('rw', [db.outbox, db.syncMeta, db.syncState], async () => {
      const entry = await db.outbox.get(SETTINGS_OUTBOX_ID);
      const meta = await db.syncMeta.get(key);
      let clock = await readClock(db);
      let next: RecordState | null = null;
      // An edit stored after the values were read waits for the next run, so it is never stamped with older values.
      const edit = entry && entry.at <= readAt ? entry : undefined;
      if (!meta) next = initialSettingsState(values, settings.defaults, clock.device);
      else if (edit) {
        const stamped = tick(clock, edit.at);
        clock = stamped.state;
        next = diffRow('settings', SETTINGS_RECORD_ID, meta.s, values, stamped.stamp, clock.device);
      }
      if (edit) await db.outbox.delete(edit.id);
      if (next) await db.syncMeta.put(metaRow(next, meta, true));
      await saveClock(db, clock);
      return next ?? meta!.s;
    });
    const changed = settingsToWrite(state, values);
    if (Object.keys(changed).length === 0) return 0;
    await settings.write(changed);
    if (changed.cadences !== undefined) {
      const context = await this.options.context();
      await db.transaction('rw', [db.contacts, db.touchpoints, db.touchDays], async () => {
        markSyncWrite(Dexie.currentTransaction?.idbtrans);
        await refreshAllDerived(db, context, undefined, { catchUp: true });
      });
    }
    return 1;
  }

  /** Encrypts dirty states into the local PouchDB, on top of its current revision, deleting conflicting revisions already merged. */
  async push(): Promise<number> {
    const { db, local, keys } = this.options;
    let total = 0;
    for (let round = 0; round < 10_000; round++) {
      const dirty = await db.syncMeta.where('dirty').equals(1).limit(this.batch).toArray();
      if (dirty.length === 0) break;
      // Derived fields never leave the device, even from a state an older version made.
      const docs = await Promise.all(dirty.map((meta) => encryptState(keys, withoutLocalFields(meta.s))));
      const existing = await local.allDocs({ keys: docs.map((doc) => doc._id) });
      const writes: (EncryptedDoc | { _id: string; _rev: string; _deleted: true })[] = [];
      docs.forEach((doc, i) => {
        const found = existing.rows[i];
        const rev = found && 'value' in found ? found.value.rev : undefined;
        writes.push(rev ? { ...doc, _rev: rev } : doc);
        for (const merged of dirty[i]!.merged ?? []) if (merged !== rev) writes.push({ _id: doc._id, _rev: merged, _deleted: true });
      });
      const results = await local.bulkDocs(writes);
      const written = new Map<string, string>();
      for (const result of results) if ('ok' in result && result.ok && !written.has(result.id)) written.set(result.id, result.rev);
      for (const [id, rev] of written) this.pushedRevs.add(`${id}@${rev}`);
      await db.transaction('rw', db.syncMeta, async () => {
        const current = await db.syncMeta.bulkGet(dirty.map((meta) => meta.id));
        const clean: SyncMetaRow[] = [];
        current.forEach((meta, i) => {
          if (!meta || meta.n !== dirty[i]!.n || !written.has(docs[i]!._id)) return;
          const { dirty: _dirty, merged: _merged, ...rest } = meta;
          clean.push({ ...rest, rev: written.get(docs[i]!._id)! } as SyncMetaRow);
        });
        await db.syncMeta.bulkPut(clean);
      });
      total += dirty.length;
    }
    return total;
  }

  async replicate(): Promise<void> {
    const { local, remote } = this.options;
    await local.replicate.from(remote, { batch_size: this.batch });
    await local.replicate.to(remote, { batch_size: this.batch });
  }

  /** Applies the local PouchDB's changes since the checkpoint, batch by batch. */
  async apply(): Promise<number> {
    const { db, local, keys } = this.options;
    let total = 0;
    for (;;) {
      const checkpoint = await db.syncState.get('applied');
      const since = checkpoint && checkpoint.id === 'applied' ? checkpoint.seq : 0;
      const changes = await local.changes({ since, limit: this.applyBatch, include_docs: true, conflicts: true });
      if (changes.results.length === 0) return total;
      // Decrypted side by side (WebCrypto works in parallel), in the feed's order.
      const decrypted = await Promise.all(
        changes.results.map(async (change): Promise<Incoming | null> => {
          const doc = change.doc as (EncryptedDoc & { _conflicts?: string[] }) | undefined;
          if (!doc || doc._id === KEY_DOC_ID || doc._deleted || typeof doc.p !== 'string') return null;
          // This run's own push, still the only leaf: the state it came from is already here.
          if (!doc._conflicts?.length && this.pushedRevs.has(`${doc._id}@${doc._rev}`)) return null;
          const leaves: EncryptedDoc[] = [doc];
          for (const rev of doc._conflicts ?? []) leaves.push((await local.get(doc._id, { rev })) as unknown as EncryptedDoc);
          const states: RecordState[] = [];
          for (const leaf of leaves) {
            try {
              states.push(withoutLocalFields(await decryptState(keys, leaf)));
            } catch {
              // Not ours (another account's key, damaged): never applied, never fatal.
            }
          }
          return states.length > 0 ? { states, rev: doc._rev!, conflicts: doc._conflicts ?? [] } : null;
        }),
      );
      const incoming = decrypted.filter((entry): entry is Incoming => entry !== null);
      const context = await this.options.context();
      await db.transaction('rw', SYNC_TABLES_RW(db), async () => {
        markSyncWrite(Dexie.currentTransaction?.idbtrans);
        // Local changes not yet drained are folded in first, so what is applied merges with them.
        while ((await drainWithin(db, this.batch * 4)) > 0);
        total += await applyBatch(db, incoming, context, this.now());
        await db.syncState.put({ id: 'applied', seq: changes.last_seq } as SyncStateRow);
      });
    }
  }
}

/**
 * Touch counts after a batch, from what it changed: a person whose circle stayed loses the counts of their
 * replaced touchpoints and gains those of the new ones; a person who arrived, went or changed circle
 * (a synced circle, a 24-7-30 graduation) moves every touch. No person's touchpoints are read again:
 * `refreshed` holds them as they are now.
 */
async function recount(
  db: AppDB,
  before: ReadonlyMap<string, Contact | undefined>,
  refreshed: readonly { contact: Contact; touches: Touchpoint[] }[],
  oldTouches: readonly Touchpoint[],
  changedTouches: ReadonlySet<string>,
  context: WriteContext,
): Promise<void> {
  const after = new Map(refreshed.map((entry) => [entry.contact.id, entry]));
  const oldOf = new Map<string, Touchpoint[]>();
  for (const touch of oldTouches) oldOf.set(touch.contactId, [...(oldOf.get(touch.contactId) ?? []), touch]);
  const off: Touchpoint[] = [];
  const on: Touchpoint[] = [];
  for (const [id, was] of before) {
    const now = after.get(id);
    const old = oldOf.get(id) ?? [];
    if (was && now && was.circle === now.contact.circle) {
      off.push(...old);
      on.push(...now.touches.filter((touch) => changedTouches.has(touch.id)));
      continue;
    }
    if (was) off.push(...(now ? now.touches.filter((touch) => !changedTouches.has(touch.id)) : []), ...old);
    if (now) on.push(...now.touches);
  }
  await countTouches(db, on, (id) => after.get(id)!.contact.circle, 1, context);
  await countTouches(db, off, (id) => before.get(id)!.circle, -1, context);
}

interface Incoming {
  states: RecordState[];
  rev: string;
  conflicts: string[];
}

/** Applies decrypted records inside the caller's transaction (marked as sync's own writes); returns how many records changed. */
async function applyBatch(db: AppDB, incoming: readonly Incoming[], context: WriteContext, now: number): Promise<number> {
  let clock = await readClock(db);
  const changed = new Map<string, RecordState>();
  const metaCache = new Map<string, SyncMetaRow | undefined>();
  const unsaved = new Map<string, SyncMetaRow>();
  // Awaited only when not cached: a native await with no IndexedDB request under it, repeated per record, loses
  // Dexie's transaction zone, and the transaction commits under the batch.
  const readMeta = async (key: string) => {
    if (!metaCache.has(key)) metaCache.set(key, await db.syncMeta.get(key));
    return metaCache.get(key);
  };
  /** Stores a record's next state (its previous one read into the cache first). */
  const writeMeta = (state: RecordState, dirty: boolean, merged?: string[], rev?: string) => {
    const key = stateKey(state.t, state.id);
    const row = metaRow(state, metaCache.get(key), dirty, merged);
    if (rev !== undefined && !dirty) row.rev = rev;
    metaCache.set(key, row);
    unsaved.set(key, row);
    changed.set(key, state);
  };
  // Written in bulk before anything queries syncMeta by index.
  const saveMetas = async () => {
    if (unsaved.size > 0) await db.syncMeta.bulkPut([...unsaved.values()]);
    unsaved.clear();
  };

  // What this device knows of every record that arrived, in one read.
  const incomingKeys = [...new Set(incoming.map(({ states }) => stateKey(states[0]!.t, states[0]!.id)))];
  const known = incomingKeys.length > 0 ? await db.syncMeta.bulkGet(incomingKeys) : [];
  incomingKeys.forEach((key, i) => metaCache.set(key, known[i]));

  // 1. Merge: what this device knows with every revision that arrived.
  for (const { states, rev, conflicts } of incoming) {
    for (const state of states) clock = receive(clock, latestClock(state), now);
    const key = stateKey(states[0]!.t, states[0]!.id);
    const meta = metaCache.get(key); // read above, with every record of the batch
    const merged = mergeAll([...(meta ? [meta.s] : []), ...states]);
    const state = merged.get(key)!;
    const text = stableStringify(state);
    if (meta && stableStringify(meta.s) === text && conflicts.length === 0) continue; // nothing new (often our own push)
    const serverHas = conflicts.length === 0 && stableStringify(states[0]) === text;
    writeMeta(state, !serverHas, conflicts, rev);
    for (const [copyKey, copy] of merged) {
      if (copyKey === key) continue;
      const existing = metaCache.has(copyKey) ? metaCache.get(copyKey) : await readMeta(copyKey);
      const copyState = existing ? mergeAll([existing.s, copy]).get(copyKey)! : copy;
      if (!existing || stableStringify(existing.s) !== stableStringify(copyState)) writeMeta(copyState, true);
    }
  }
  await saveClock(db, clock);
  await saveMetas();
  if (changed.size === 0) return 0;

  // 2. The people concerned, as they were before this batch.
  const people = new Set<string>();
  const jobPeople = new Set<string>();
  for (const state of changed.values()) {
    const person = state.t === 'contacts' ? state.id : parentOf(state);
    if (person === undefined) continue;
    people.add(person);
    if (state.t === 'jobChanges') jobPeople.add(person);
  }
  const before = new Map<string, Contact | undefined>();
  const peopleIds = [...people];
  const found = peopleIds.length > 0 ? await db.contacts.bulkGet(peopleIds) : [];
  peopleIds.forEach((id, i) => before.set(id, found[i]));

  // 3. One open job change per person, after merging: only a job change that arrived can open a second one.
  const jobIds = [...jobPeople];
  const jobMetas = jobIds.length > 0 ? await Promise.all(jobIds.map((id) => db.syncMeta.where('cid').equals(id).toArray())) : [];
  for (const metas of jobMetas) {
    for (const meta of metas) if (!metaCache.has(meta.id)) metaCache.set(meta.id, meta);
    const changes = metas.map((meta) => meta.s).filter((state) => state.t === 'jobChanges');
    for (const repaired of repairOpenJobChanges(changes)) writeMeta(repaired, true);
  }
  await saveMetas();

  // 4. Rows: every changed record, and every record of a person who arrived or went.
  const contactState = (id: string) => metaCache.get(stateKey('contacts', id))?.s;
  const unread = peopleIds.map((id) => stateKey('contacts', id)).filter((key) => !metaCache.has(key));
  const contactMetas = unread.length > 0 ? await db.syncMeta.bulkGet(unread) : [];
  unread.forEach((key, i) => metaCache.set(key, contactMetas[i]));
  const toWrite = new Map(changed);
  const arrivedOrWent = peopleIds.filter((id) => {
    const contact = contactState(id);
    const nowVisible = contact !== undefined && isVisible(contact, contactState);
    return nowVisible !== (before.get(id) !== undefined);
  });
  const children = arrivedOrWent.length > 0 ? await Promise.all(arrivedOrWent.map((id) => db.syncMeta.where('cid').equals(id).toArray())) : [];
  for (const metas of children) for (const meta of metas) if (!toWrite.has(meta.id)) toWrite.set(meta.id, meta.s);
  // The touchpoints this batch replaces, as stored: their counts come off (a touchpoint moved to another person concerns both).
  const changedTouches = new Set([...toWrite.values()].filter((state) => state.t === 'touchpoints').map((state) => state.id));
  const oldTouches = changedTouches.size > 0 ? (await db.touchpoints.bulkGet([...changedTouches])).filter((touch): touch is Touchpoint => touch !== undefined) : [];
  const movedFrom = [...new Set(oldTouches.map((touch) => touch.contactId))].filter((id) => !people.has(id));
  const movedContacts = movedFrom.length > 0 ? await db.contacts.bulkGet(movedFrom) : [];
  movedFrom.forEach((id, i) => {
    people.add(id);
    peopleIds.push(id);
    before.set(id, movedContacts[i]);
  });
  // Written in bulk, one table at a time, contacts first.
  const puts = new Map<OutboxTable, Record<string, unknown>[]>(OUTBOX_TABLES.map((table) => [table, []]));
  const deletes = new Map<OutboxTable, string[]>(OUTBOX_TABLES.map((table) => [table, []]));
  for (const state of toWrite.values()) {
    if (state.t === 'settings') continue;
    const visible = isVisible(state, contactState);
    const materialized = visible ? materialize(state) : null;
    if (!materialized) {
      deletes.get(state.t)!.push(state.id);
      continue;
    }
    const row = withLocalFields(state.t, materialized);
    if (state.t === 'contacts') {
      const existing = before.get(state.id);
      if (existing?.catchUpAt !== undefined) row.catchUpAt = existing.catchUpAt;
      row.searchWords = searchWordsFor(row as Contact);
    }
    if (state.t === 'introductions') row.contactIds = introductionContactIds(row as Pick<Introduction, 'a' | 'b'>);
    const parsed = ROW_SCHEMAS[state.t].safeParse(row);
    // A record this version cannot read (a newer version's field, a damaged copy) stays in the sync state, unshown.
    if (parsed.success) puts.get(state.t)!.push(row);
  }
  for (const table of OUTBOX_TABLES) {
    if (deletes.get(table)!.length > 0) await tableOf(db, table).bulkDelete(deletes.get(table)!);
    if (puts.get(table)!.length > 0) await tableOf(db, table).bulkPut(puts.get(table)!);
  }

  // 5. Derived fields and touch counts, recomputed here, never synced: once per person per batch, all at once.
  const refreshed = await refreshDerivedOfPeople(db, peopleIds, context);
  await recount(db, before, refreshed, oldTouches, changedTouches, context);
  return changed.size;
}
