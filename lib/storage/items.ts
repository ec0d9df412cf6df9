import { z } from 'zod/mini';
import { defineItem } from '@/lib/storage/storage-item';
import type { Timestamp } from '@/lib/time/instant';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, settingsMigrations, type Settings } from '@/lib/storage/settings';
import { EMPTY_NUDGE_STATE, NUDGE_STATE_VERSION, type NudgeState } from '@/lib/nudges/nudge-state';

/** Every `browser.storage` item Rapport keeps, each versioned. Written by the background only. */

export const SETTINGS_KEY = 'local:settings';

/** Options shared by the settings item and the migration tests, which define fresh items over old data. */
export const settingsItemOptions = {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
};

export const settingsItem = defineItem<Settings>(SETTINGS_KEY, settingsItemOptions);

/**
 * When the user last exported a JSON backup, for the reminder on the options
 * page. Kept in storage.local rather than IndexedDB so it survives data being
 * deleted (and a reminder shows exactly when there is no backup of it).
 */
export const lastBackupAtItem = defineItem<Timestamp | null>('local:lastBackupAt', { fallback: null, version: 1 });

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Reads and validates the settings; a stored value that fails validation is an error, never silently reset. */
export async function readSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  const parsed = SettingsSchema.safeParse(stored);
  if (!parsed.success) {
    throw new SettingsError(`Stored settings are invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** The time zone the dashboard's per-day touch counts were counted in (their days are local days); null before the first count. */
export const touchDaysTimeZoneItem = defineItem<string | null>('local:touchDaysTimeZone', { fallback: null, version: 1 });

/** What the nudges already did (lib/nudges/nudge-state.ts): read and written by the background's nudges only. */
export const nudgeStateItem = defineItem<NudgeState>('local:nudgeState', { fallback: EMPTY_NUDGE_STATE, version: NUDGE_STATE_VERSION, migrations: {} });

/**
 * When a LinkedIn data export was last imported (any chunk written): the
 * welcome page's reminder to import it is not shown after that.
 */
export const linkedInImportedAtItem = defineItem<Timestamp | null>('local:linkedInImportedAt', { fallback: null, version: 1 });
