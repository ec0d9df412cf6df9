import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render, screen, fireEvent } from '@testing-library/react';
import { readSettings, settingsRepairedItem } from '@/lib/storage/items';
import { healSettings } from '@/lib/storage/heal-settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema } from '@/lib/storage/settings';
import { SettingsRepairedNotice } from '@/entrypoints/options/settings/settings-repaired-notice';
import { getDb } from '@/lib/db/db';
import { deliver } from '../../helpers/background';

/**
 * Settings a newer Rapport wrote (then the user rolled back) or that were
 * damaged must not block every write: each invalid part falls back to its
 * default, every valid part is kept, and the user is told once.
 */

const customised = {
  ...DEFAULT_SETTINGS,
  autoCapture: false,
  cadences: { ...DEFAULT_SETTINGS.cadences, key: { idealDays: 20, maxDays: 25 } },
  notifications: { ...DEFAULT_SETTINGS.notifications, digestTime: '07:30' },
};

async function store(value: unknown, version = SETTINGS_VERSION) {
  await fakeBrowser.storage.local.set({ settings: value, settings$: { v: version } });
}

const storedSettings = async () => ((await fakeBrowser.storage.local.get('settings')) as { settings: unknown }).settings;

describe('invalid stored settings heal', () => {
  it('resets only the invalid cadence and keeps every other choice', async () => {
    await store({ ...customised, cadences: { ...customised.cadences, inner: { idealDays: 30, maxDays: 7 } } });
    expect(await readSettings()).toEqual({ ...customised, cadences: { ...customised.cadences, inner: DEFAULT_SETTINGS.cadences.inner } });
    expect((await settingsRepairedItem.getValue())?.reset).toEqual(['cadences.inner']);
  });

  it('reads settings written by a newer version: unknown values reset, unknown keys dropped, the rest kept', async () => {
    await store({ ...customised, toolbarOpens: 'floatingButton', sync: { enabled: true }, notifications: { ...customised.notifications, digestTime: '7:30 am', channel: 'email' } }, SETTINGS_VERSION + 1);
    const settings = await readSettings();
    expect(settings).toEqual({ ...customised, notifications: { ...customised.notifications, digestTime: DEFAULT_SETTINGS.notifications.digestTime } });
    expect((await settingsRepairedItem.getValue())?.reset).toEqual(['notifications.digestTime', 'toolbarOpens']);
    // Stored healed, with this version's number: the next read is valid as it is.
    expect(SettingsSchema.safeParse(await storedSettings()).success).toBe(true);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('falls back to the whole default when nothing stored is an object', async () => {
    await store('{"cadences": trunc');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await settingsRepairedItem.getValue())?.reset).toEqual(['*']);
  });

  it('resets an object as a whole when its own rule fails though each field is valid: follow-up steps out of order', () => {
    const steps = [{ idealDays: 7, maxDays: 8 }, { idealDays: 1, maxDays: 2 }, { idealDays: 30, maxDays: 37 }];
    const healed = healSettings({ ...customised, cadences: { ...customised.cadences, new: { steps, graduateTo: 'inner' } } });
    expect(healed.settings).toEqual({ ...customised, cadences: { ...customised.cadences, new: DEFAULT_SETTINGS.cadences.new } });
    expect(healed.reset).toEqual(['cadences.new']);
  });

  it('keeps what was stored beside the repair, so nothing the user set is lost for good', async () => {
    const damaged = { ...customised, autoCapture: 'yes' };
    await store(damaged);
    await readSettings();
    expect(await settingsRepairedItem.getValue()).toMatchObject({ reset: ['autoCapture'], previous: damaged });
  });

  it('no longer blocks writes: a log goes through with invalid settings stored', async () => {
    await store({ ...customised, cadences: { ...customised.cadences, wider: { idealDays: 0, maxDays: 0 } } });
    const reply = await deliver({ type: 'logTouchpoint', target: { person: { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' } }, touchpoint: { type: 'message' } });
    expect(reply).toMatchObject({ ok: true });
    expect(await getDb().touchpoints.count()).toBe(1);
    expect(await deliver({ type: 'getSettings' })).toMatchObject({ ok: true, value: { cadences: { wider: DEFAULT_SETTINGS.cadences.wider, key: { idealDays: 20 } } } });
  });

  it('tells the user once on the options page, naming what was reset', async () => {
    await store({ ...customised, cadences: { ...customised.cadences, inner: { idealDays: 30, maxDays: 7 } }, toolbarOpens: 42 });
    await readSettings();
    await readSettings(); // a second read finds valid settings and repairs nothing more
    const { unmount } = render(<SettingsRepairedNotice />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toMatch(/reset to their defaults: How often to keep in touch, Toolbar button\. Everything else was kept/);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await expect.poll(() => settingsRepairedItem.getValue()).toBeNull();
    unmount();
    render(<SettingsRepairedNotice />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
