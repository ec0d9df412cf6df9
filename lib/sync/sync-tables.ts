import type { RecordState } from '@/lib/sync/record-state';

/** A record's sync state on this device (table `syncMeta`). */
export interface SyncMetaRow {
  /** `<table>/<record id>` */
  id: string;
  s: RecordState;
  /** The contact of a touchpoint, note or job change: finds a person's records when they arrive or go. */
  cid?: string;
  /** 1 while the state waits to be pushed (indexed; absent otherwise, so the index holds only those). */
  dirty?: 1;
  /** Conflicting revisions merged into `s`, deleted on the next push. */
  merged?: string[];
  /** The revision this state was last read from or written to in the local PouchDB. */
  rev?: string;
  /** Bumped on every write, so a push clears `dirty` only if nothing changed meanwhile. */
  n: number;
}

/** Small per-device values (table `syncState`): the clock, the apply checkpoint, the keys. */
export type SyncStateRow =
  | { id: 'clock'; wall: number; counter: number; device: string }
  | { id: 'applied'; seq: string | number }
  | { id: 'keys'; enc: CryptoKey; mac: CryptoKey; gen?: number };
