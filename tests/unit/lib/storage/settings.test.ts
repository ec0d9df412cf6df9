import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, settingsItem, settingsItemOptions } from '@/lib/storage/items';
import { defineItem } from '@/lib/storage/storage-item';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, settingsMigrations, type Settings } from '@/lib/storage/settings';

const fixtures = import.meta.glob<{ stored: unknown; expected: unknown }>('../../../fixtures/settings/v*.ts', { eager: true });
const versions = Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1);

describe('settings', () => {
  it('defaults match the product: inner 14/21, key 30/45, wider 90/120, new 1-7-30, digest at 09:00, weekends quiet, auto-capture on, the toolbar opens the popup', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.cadences.inner).toEqual({ idealDays: 14, maxDays: 21 });
    expect(DEFAULT_SETTINGS.cadences.key).toEqual({ idealDays: 30, maxDays: 45 });
    expect(DEFAULT_SETTINGS.cadences.wider).toEqual({ idealDays: 90, maxDays: 120 });
    expect(DEFAULT_SETTINGS.cadences.new.steps.map((s) => s.idealDays)).toEqual([1, 7, 30]);
    expect(DEFAULT_SETTINGS.cadences.new.graduateTo).toBe('key');
    expect(DEFAULT_SETTINGS.notifications).toMatchObject({ digest: true, digestTime: '09:00', quietDays: [0, 6] });
    expect(DEFAULT_SETTINGS.autoCapture).toBe(true);
    expect(DEFAULT_SETTINGS.toolbarOpens).toBe('popup');
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  it('round-trips a change', async () => {
    const changed: Settings = { ...DEFAULT_SETTINGS, autoCapture: false };
    await settingsItem.setValue(changed);
    expect(await readSettings()).toEqual(changed);
  });

  it.each([
    ['a maximum shorter than the ideal', { inner: { idealDays: 14, maxDays: 7 } }],
    ['zero days', { key: { idealDays: 0, maxDays: 45 } }],
    ['steps out of order', { new: { ...DEFAULT_SETTINGS.cadences.new, steps: [{ idealDays: 7, maxDays: 8 }, { idealDays: 1, maxDays: 2 }, { idealDays: 30, maxDays: 37 }] } }],
  ])('rejects cadences with %s', (_, change) => {
    const settings = { ...DEFAULT_SETTINGS, cadences: { ...DEFAULT_SETTINGS.cadences, ...change } };
    expect(SettingsSchema.safeParse(settings).success).toBe(false);
  });

  it('has one migration per version after the first', () => {
    expect(Object.keys(settingsMigrations).map(Number).sort()).toEqual(versions.slice(1));
  });

  it.each(versions)('settings stored by version %i are read correctly by this version', async (version) => {
    const fixture = fixtures[`../../../fixtures/settings/v${version}.ts`];
    expect(fixture, `tests/fixtures/settings/v${version}.ts is missing`).toBeDefined();
    await fakeBrowser.storage.local.set({ settings: fixture!.stored, settings$: { v: version } });
    // A fresh item runs the migrations over what is stored, as an updated extension would.
    const item = defineItem<Settings>('local:settings', settingsItemOptions);
    await item.migrate();
    expect(await item.getValue()).toEqual(fixture!.expected);
    expect(SettingsSchema.safeParse(await item.getValue()).success).toBe(true);
  });
});
