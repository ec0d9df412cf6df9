import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import expressPouchDb from 'express-pouchdb';
import PouchDB, { type TestPouch } from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import { AppDB } from '@/lib/db/app-db';
import type { SyncKeys } from '@/lib/sync/crypto';
import { changePassphrase, openAccount, type KeyDocStore } from '@/lib/sync/account';
import { enqueueEverything, SyncEngine, type EncryptedDatabase } from '@/lib/sync/engine';
import type { WriteContext } from '@/lib/model/write-context';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/storage/settings';
import { refreshAllDerived } from '@/lib/db/repo/upkeep/derived';
import { pickShared, recordSettingsEdit, SHARED_DEFAULTS, type SettingsPort, type SharedSettingsValues } from '@/lib/sync/shared-settings';

PouchDB.plugin(memoryAdapter);
/** In-memory PouchDB: the server's storage and each device's local replica. */
export const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });

/**
 * A real CouchDB-protocol server (PouchDB's express-pouchdb, in memory) on a
 * random loopback port, started and stopped inside the test.
 */
export class LoopbackCouch {
  private server?: Server;
  private readonly app = express();
  port = 0;

  constructor() {
    this.app.use('/', expressPouchDb(MemoryPouch, { mode: 'minimumForPouchDB', logPath: '/dev/null' }));
  }

  async start(port = 0): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server = this.app.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server!.address() as AddressInfo).port;
    this.server!.keepAliveTimeout = 1;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  url(db: string): string {
    return `http://127.0.0.1:${this.port}/${db}`;
  }

  /** The server's own view of a database (read directly, not through a device). */
  raw(db: string): TestPouch {
    return new MemoryPouch(db);
  }
}

export const TEST_ITERATIONS = 1000;

/** A device's settings, as extension storage would hold them: shared and device settings side by side. */
export class MemorySettings implements SettingsPort {
  settings: Settings & { templates: Record<string, string> } = { ...structuredClone(DEFAULT_SETTINGS), templates: {} };
  readonly defaults = SHARED_DEFAULTS;
  writes = 0;

  async read(): Promise<SharedSettingsValues> {
    return pickShared(structuredClone(this.settings));
  }

  async write(values: SharedSettingsValues): Promise<void> {
    this.writes++;
    this.settings = { ...this.settings, ...structuredClone(values) } as typeof this.settings;
  }
}

/** A device: its own Dexie database, its own local PouchDB, the same sync code as the extension. */
export class Device {
  readonly db: AppDB;
  readonly local: TestPouch;
  readonly settings = new MemorySettings();
  keys?: SyncKeys;

  constructor(
    readonly name: string,
    private readonly couch: LoopbackCouch,
    private readonly dbName: string,
    private readonly context: () => WriteContext,
  ) {
    this.db = new AppDB(`device-${name}-${crypto.randomUUID()}`);
    this.local = new MemoryPouch(`local-${name}-${crypto.randomUUID()}`);
  }

  remote(): EncryptedDatabase {
    return new PouchDB(this.couch.url(this.dbName), { skip_setup: false }) as unknown as EncryptedDatabase;
  }

  /** The key document's generation this device joined (checked before each run, as the extension does). */
  gen?: number;
  /** Shown when this device created the account. */
  recoveryKey: string | null = null;

  /**
   * Connects as Settings ▸ Sync does (lib/sync/account.ts): creates the account on first use, else opens it
   * (throws on a wrong passphrase); with a recovery key, the passphrase becomes the new one.
   */
  async connect(passphrase: string, recoveryKey?: string): Promise<void> {
    const opened = await openAccount(this.remote() as unknown as KeyDocStore, { passphrase, ...(recoveryKey ? { recoveryKey } : {}) }, TEST_ITERATIONS);
    this.keys = opened.keys;
    this.gen = opened.gen;
    this.recoveryKey ??= opened.recoveryKey;
  }

  /**
   * Turns sync on as the background's setUpSync does: writes are recorded from here on and every record
   * is enqueued (while sync was off, adds and puts left no outbox entry).
   */
  async turnOn(passphrase: string): Promise<void> {
    await this.connect(passphrase);
    this.db.recordsOutbox = true;
    await enqueueEverything(this.db);
  }

  /** Turns sync off as the background does (the sync state and keys stay): writes stop being recorded. */
  turnOff(): void {
    this.db.recordsOutbox = false;
  }

  /** Settings ▸ Sync ▸ Change passphrase on this device. */
  async changePassphrase(current: string, next: string): Promise<void> {
    this.gen = await changePassphrase(this.remote() as unknown as KeyDocStore, { passphrase: current }, next, TEST_ITERATIONS);
  }

  engine(options: { batchSize?: number } = {}): SyncEngine {
    return new SyncEngine({
      db: this.db,
      local: this.local as unknown as EncryptedDatabase,
      remote: this.remote(),
      keys: this.keys!,
      context: async () => ({ ...this.context(), cadences: this.settings.settings.cadences }),
      settings: this.settings,
      ...(this.gen !== undefined ? { generation: this.gen } : {}),
      ...options,
    });
  }

  /** The user changes settings on this device (what the background's updateSettings does). */
  async editSettings(patch: Partial<MemorySettings['settings']>): Promise<void> {
    this.settings.settings = { ...this.settings.settings, ...structuredClone(patch) };
    if (patch.cadences) {
      const context = { ...this.context(), cadences: patch.cadences };
      await this.db.transaction('rw', this.db.contacts, this.db.touchpoints, this.db.touchDays, async () => refreshAllDerived(this.db, context, undefined, { catchUp: true }));
    }
    await recordSettingsEdit(this.db);
  }

  sync() {
    return this.engine().run();
  }

  async close(): Promise<void> {
    this.db.close();
    await this.local.destroy();
  }
}
