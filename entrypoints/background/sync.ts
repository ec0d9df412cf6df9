import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { WrongPassphraseError } from '@/lib/sync/crypto';
import { changePassphrase, openAccount, PassphraseChangedError, type Secret } from '@/lib/sync/account';
import { enqueueEverything, pendingChanges, SyncEngine } from '@/lib/sync/engine';
import { localReplica, remoteDatabase } from '@/lib/sync/pouch';
import { originPattern, type SyncErrorCode, type SyncServer, type SyncStatus } from '@/lib/sync/sync-settings';
import { syncConfigItem, syncStatusItem } from '@/lib/sync/sync-items';
import { storageSettingsPort } from '@/lib/sync/settings-port';
import type { SyncStateRow } from '@/lib/sync/sync-tables';
import { currentWriteContext } from './write-context';
import { notifyDataChanged, onDataChanged } from './data-changed';

/**
 * Opt-in sync, wired to the worker's life: a run at start-up, on an alarm
 * every few minutes, and shortly after local writes. Runs never overlap and
 * never block a local feature; a run killed with the worker resumes at the
 * next one (lib/sync/engine.ts). With sync off, nothing here touches the network.
 */
export const SYNC_ALARM = 'rapport-sync';
const SYNC_MINUTES = 5;
const AFTER_WRITE_MS = 4000;

let running: Promise<SyncStatus> | null = null;
/** Set once sync was turned on or off in this worker: the start-up's reading of the config must not undo it. */
let recordingDecided = false;

/** Writes leave outbox entries only while sync is on (lib/sync/outbox-middleware.ts); turning it on enqueues everything. */
function recordOutbox(on: boolean): void {
  recordingDecided = true;
  getDb().recordsOutbox = on;
}
let afterWrite: ReturnType<typeof setTimeout> | undefined;

async function setStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
  const next = { ...(await syncStatusItem.getValue()), ...patch };
  await syncStatusItem.setValue(next);
  return next;
}

function errorCode(error: unknown): SyncErrorCode {
  if (error instanceof PassphraseChangedError) return 'passphraseChanged';
  if (error instanceof WrongPassphraseError) return 'passphrase';
  const status = (error as { status?: number } | null)?.status;
  if (status === 401 || status === 403) return 'unauthorized';
  if (error instanceof TypeError || status === 0 || status === undefined) return 'unreachable';
  return 'failed';
}

async function hasPermission(server: SyncServer): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(server.url)] });
}

/**
 * Turns sync on: opens the server's key document (or creates it for a new
 * account), checking the passphrase or recovery key before anything is
 * written; with the recovery key, the passphrase given becomes the new one.
 * Returns the recovery key when the account is new.
 */
export async function setUpSync(server: SyncServer, secret: Secret): Promise<{ recoveryKey: string | null }> {
  if (!(await hasPermission(server))) throw Object.assign(new Error('no host permission'), { code: 'permission' as const });
  const db = getDb();
  const { keys, gen, recoveryKey } = await openAccount(remoteDatabase(server), secret);
  // Recorded from here on; everything written before (while sync was off, nothing was) is enqueued next.
  recordOutbox(true);
  await db.syncState.put({ id: 'keys', ...keys, gen } as SyncStateRow);
  await syncConfigItem.setValue({ enabled: true, server });
  await enqueueEverything(db);
  await setStatus({ error: null, pending: await pendingChanges(db) });
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_MINUTES });
  void syncNow();
  return { recoveryKey };
}

/**
 * A new passphrase for the account (the current one or the recovery key first):
 * the master key is wrapped again on the server; this device keeps syncing, the
 * others stop with "passphrase changed on another device" until it is entered there.
 */
export async function changeSyncPassphrase(secret: Secret, newPassphrase: string): Promise<void> {
  const config = await syncConfigItem.getValue();
  if (!config.enabled || !config.server) throw Object.assign(new Error('sync is off'), { code: 'off' as const });
  const db = getDb();
  const stored = await db.syncState.get('keys');
  const gen = await changePassphrase(remoteDatabase(config.server), secret, newPassphrase);
  if (stored && stored.id === 'keys') await db.syncState.put({ ...stored, gen } as SyncStateRow);
  await setStatus({ error: null });
}

/** Turns sync off: no more runs or network use. Local data and the sync state stay (turning it on again resumes). */
export async function turnOffSync(forgetKeys: boolean): Promise<void> {
  const config = await syncConfigItem.getValue();
  await syncConfigItem.setValue({ ...config, enabled: false });
  recordOutbox(false);
  await browser.alarms.clear(SYNC_ALARM);
  if (forgetKeys) await getDb().syncState.delete('keys');
  await setStatus({ running: false, error: null });
}

/** One run, unless one is already going (then its result). Never throws: the outcome is in the status. */
export function syncNow(): Promise<SyncStatus> {
  running ??= runOnce().finally(() => {
    running = null;
  });
  return running;
}

async function runOnce(): Promise<SyncStatus> {
  const config = await syncConfigItem.getValue();
  const db = getDb();
  if (!config.enabled || !config.server) return syncStatusItem.getValue();
  if (!(await hasPermission(config.server))) return setStatus({ running: false, error: 'permission', pending: await pendingChanges(db) });
  const keys = await db.syncState.get('keys');
  if (!keys || keys.id !== 'keys') return setStatus({ running: false, error: 'passphrase', pending: await pendingChanges(db) });
  await setStatus({ running: true });
  const local = localReplica();
  try {
    const engine = new SyncEngine({
      db,
      local,
      remote: remoteDatabase(config.server),
      keys,
      context: () => currentWriteContext(),
      settings: storageSettingsPort,
      generation: keys.gen ?? 0,
    });
    const { applied } = await engine.run();
    if (applied > 0) notifyDataChanged();
    return await setStatus({ running: false, error: null, lastSyncedAt: new Date().toISOString(), pending: await pendingChanges(db) });
  } catch (error) {
    console.warn('[rapport] sync failed', error);
    return await setStatus({ running: false, error: errorCode(error), pending: await pendingChanges(db) });
  } finally {
    await local.close();
  }
}

/** Registered in the worker's first turn: the alarm, a run after writes (debounced), a run at start-up. */
export function registerSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncNow();
  });
  onDataChanged(async () => {
    const config = await syncConfigItem.getValue();
    // Only local writes leave something to push (sync's own applies do not, so this never loops).
    if (!config.enabled || (await pendingChanges(getDb())) === 0) return;
    clearTimeout(afterWrite);
    afterWrite = setTimeout(() => void syncNow(), AFTER_WRITE_MS);
  });
  void (async () => {
    const config = await syncConfigItem.getValue();
    // Until now every write was recorded (the safe default); with sync off, none needs to be.
    if (!recordingDecided) getDb().recordsOutbox = config.enabled;
    if (!config.enabled) return;
    if (!(await browser.alarms.get(SYNC_ALARM))) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_MINUTES });
    await syncNow();
  })().catch((error: unknown) => console.warn('[rapport] sync start-up failed', error));
}
