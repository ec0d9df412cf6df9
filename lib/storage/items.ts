import { defineItem } from '@/lib/storage/storage-item';
import { toTimestamp, type Timestamp } from '@/lib/time/instant';
import { healSettings } from '@/lib/storage/heal-settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsMigrations, type Settings } from '@/lib/storage/settings';
import { EMPTY_NUDGE_STATE, NUDGE_STATE_VERSION, type NudgeState } from '@/lib/nudges/nudge-state';

/**
 * Every `browser.storage` item Rapport keeps, each versioned. Written by the
 * background, except two bookkeeping values the options page owns: the date
 * of the backup it just handed to the download, and the dismissal of the
 * settings-repair notice.
 */

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

/**
 * Settings found invalid and reset, part by part, to their defaults (see
 * heal-settings.ts): the options page tells the user once, then clears it.
 * `previous` keeps what was stored, so nothing the user set is lost for good.
 */
export interface SettingsRepair {
  at: Timestamp;
  reset: string[];
  previous: unknown;
}

export const settingsRepairedItem = defineItem<SettingsRepair | null>('local:settingsRepaired', { fallback: null, version: 1 });

/**
 * Reads the settings, always valid: parts that fail validation fall back to
 * their defaults, the rest is kept. A repair is stored (so it happens once)
 * and recorded for the options page's notice.
 */
export async function readSettings(now: () => number = Date.now): Promise<Settings> {
  const stored = await settingsItem.getValue();
  const { settings, reset } = healSettings(stored);
  if (reset.length === 0) return settings;
  console.warn(`[rapport] stored settings were invalid; reset to defaults: ${reset.join(', ')}`);
  const earlier = await settingsRepairedItem.getValue();
  await settingsItem.setValue(settings);
  await settingsRepairedItem.setValue({
    at: toTimestamp(now()),
    reset: [...new Set([...(earlier?.reset ?? []), ...reset])],
    previous: earlier?.previous ?? stored,
  });
  return settings;
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
