import type { AppDB } from '@/lib/db/app-db';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { formatHlc } from '@/lib/sync/hlc';
import { sameValue, SETTINGS_RECORD_ID, SHARED_SETTINGS, type Field, type RecordState, type SharedSetting } from '@/lib/sync/record-state';

/**
 * Shared settings in sync. They live in extension storage, not IndexedDB, so
 * the engine reaches them through a port the background provides; a local
 * edit leaves one outbox entry (`settings|shared`, with the edit's time), and
 * the next run stamps the fields that changed with that time. Device settings
 * (notifications, toolbar button, sync's own config) are never read here.
 */
export type SharedSettingsValues = Partial<Record<SharedSetting, unknown>>;

export interface SettingsPort {
  /** The shared settings as this device has them now. */
  read(): Promise<SharedSettingsValues>;
  /** Stores merged values (only the fields that differ); validates them, skipping what this version cannot read. */
  write(values: SharedSettingsValues): Promise<void>;
  /** The defaults: a device's untouched values lose to any value chosen on another device. */
  defaults: SharedSettingsValues;
}

export const SHARED_DEFAULTS: SharedSettingsValues = {
  cadences: DEFAULT_SETTINGS.cadences,
  autoCapture: DEFAULT_SETTINGS.autoCapture,
  messageCapture: DEFAULT_SETTINGS.messageCapture,
  templates: {},
};

export const SETTINGS_OUTBOX_ID = `settings|${SETTINGS_RECORD_ID}`;

/** Notes a local edit of the shared settings (the background calls it after storing them). */
export async function recordSettingsEdit(db: AppDB, at: number = Date.now()): Promise<void> {
  await db.outbox.put({ id: SETTINGS_OUTBOX_ID, t: 'settings', k: SETTINGS_RECORD_ID, at });
}

export function pickShared(values: SharedSettingsValues): SharedSettingsValues {
  return Object.fromEntries(SHARED_SETTINGS.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
}

/**
 * The first state of a device's settings, before any edit it made while
 * syncing: stamped at time zero, so every real edit anywhere wins over it; a
 * default value (stamped without a device id) loses to a value a device chose.
 */
export function initialSettingsState(values: SharedSettingsValues, defaults: SharedSettingsValues, device: string): RecordState {
  const f: Record<string, Field> = {};
  for (const [key, value] of Object.entries(pickShared(values))) {
    f[key] = { v: value, c: formatHlc({ wall: 0, counter: 0, device: sameValue(value, defaults[key as SharedSetting]) ? '' : device }) };
  }
  return { t: 'settings', id: SETTINGS_RECORD_ID, f };
}

/** The fields of the merged state whose value differs from this device's. */
export function settingsToWrite(state: RecordState, current: SharedSettingsValues): SharedSettingsValues {
  const out: SharedSettingsValues = {};
  for (const key of SHARED_SETTINGS) {
    const field = state.f[key];
    if (field?.v !== undefined && !sameValue(field.v, current[key])) out[key] = field.v;
  }
  return out;
}
