import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import { OUTBOX_TABLES } from '@/lib/sync/record-state';

/**
 * Records every local write to a synced table in the `outbox` table, in the
 * same IndexedDB transaction as the write (Dexie's DBCore extension point), so
 * a write and its "to sync" mark commit or fail together: a killed service
 * worker loses no change. One entry per record (its id), holding the time of
 * the record's latest write; the sync run turns entries into clocked field
 * changes (lib/sync/local-changes.ts).
 *
 * Writes made by sync itself (applying remote changes) are marked with
 * `markSyncWrite` and not recorded: they are no local change.
 *
 * Adds and puts are recorded only while the database records (`recording()`,
 * the AppDB's `recordsOutbox`, which the background turns off while sync is
 * not set up): then a bulk write costs no outbox rows, and turning sync on
 * enqueues every record instead (`enqueueEverything`, lib/sync/engine.ts),
 * each compared with its last synced state. Deletions are always recorded:
 * a record that is gone cannot be enumerated later, and the sync state alone
 * cannot tell a deletion from a record that was never shown here (one a newer
 * version wrote, a touchpoint waiting for its person). Decided per
 * transaction, when it opens: one opened before sync was turned on completes
 * before the enqueue reads the same tables (IndexedDB orders overlapping
 * transactions).
 */
export const OUTBOX = 'outbox';
const RECORDED = new Set<string>(OUTBOX_TABLES);
const syncWrites = new WeakSet<object>();
/** Transactions opened while the database recorded adds and puts. */
const recordingWrites = new WeakSet<object>();

export interface OutboxEntry {
  /** `<table>|<record id>` */
  id: string;
  t: string;
  k: string;
  /** Wall time of the record's latest local write, in ms. */
  at: number;
}

/** Marks a transaction as sync applying remote changes: its writes are not recorded. */
export function markSyncWrite(trans: DBCoreTransaction | null | undefined): void {
  if (trans) syncWrites.add(trans);
}

/** The ids a write touches, known before it runs (a range delete is looked up first). */
function keysOf(down: DBCore, name: string, req: DBCoreMutateRequest): string[] | Promise<string[]> {
  switch (req.type) {
    case 'add':
    case 'put':
      return (req.keys ?? req.values.map((value: { id?: string }) => value.id)).map(String);
    case 'delete':
      return req.keys.map(String);
    case 'deleteRange': {
      const table = down.table(name);
      return table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } }).then((found) => found.result.map(String));
    }
  }
}

export const outboxMiddleware = (recording: () => boolean): Middleware<DBCore> => ({
  stack: 'dbcore',
  name: 'rapport-sync-outbox',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      if (mode !== 'readwrite' || !stores.some((store) => RECORDED.has(store))) return down.transaction(stores, mode, options);
      const trans = down.transaction(stores.includes(OUTBOX) ? stores : [...stores, OUTBOX], mode, options);
      if (recording()) recordingWrites.add(trans);
      return trans;
    },
    table: (name) => {
      const table = down.table(name);
      if (!RECORDED.has(name)) return table;
      return {
        ...table,
        // Promise chains, not async/await: Dexie's lower layers find their transaction through the promise
        // zone, which a native await would leave.
        mutate: (req) => {
          // Schema upgrades rewrite stored rows (derived fields): no local change, and the outbox may not exist yet.
          if (syncWrites.has(req.trans) || (req.trans as { mode?: string }).mode === 'versionchange') return table.mutate(req);
          if ((req.type === 'add' || req.type === 'put') && !recordingWrites.has(req.trans)) return table.mutate(req);
          const record = (keys: string[]) =>
            table.mutate(req).then((result) => {
              const at = Date.now();
              const entries: OutboxEntry[] = keys.map((k) => ({ id: `${name}|${k}`, t: name, k, at }));
              return entries.length === 0 ? result : down.table(OUTBOX).mutate({ type: 'put', trans: req.trans, values: entries }).then(() => result);
            });
          const keys = keysOf(down, name, req);
          return Array.isArray(keys) ? record(keys) : keys.then(record);
        },
      };
    },
  }),
});
