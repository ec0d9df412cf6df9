import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { readSettings } from '@/lib/storage/items';
import { starterTemplatesItem } from '@/lib/storage/starter-templates-item';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { storageSettingsPort } from '@/lib/sync/settings-port';
import { SETTINGS_OUTBOX_ID } from '@/lib/sync/shared-settings';
import { deliver, senders } from '../../helpers/background';

describe('shared settings in extension storage', () => {
  it('reads only the shared settings, and writes what arrives without touching device settings', async () => {
    expect(Object.keys(await storageSettingsPort.read()).sort()).toEqual(['autoCapture', 'cadences', 'messageCapture', 'templates']);
    const cadences = { ...DEFAULT_SETTINGS.cadences, inner: { idealDays: 10, maxDays: 12 } };
    await storageSettingsPort.write({ cadences, autoCapture: false, templates: { newRole: 'Well done {firstName}' } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, cadences, autoCapture: false });
    expect(await starterTemplatesItem.getValue()).toEqual({ newRole: 'Well done {firstName}' });
  });

  it('skips a value this version cannot read, keeping the device’s own', async () => {
    await storageSettingsPort.write({ cadences: { inner: { idealDays: 'soon' } }, messageCapture: 'everything', autoCapture: false });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, autoCapture: false });
  });

  it('the background notes an edit of shared settings in the outbox, not one of device settings', async () => {
    const settings = await readSettings();
    await deliver({ type: 'updateSettings', settings: { ...settings, toolbarOpens: 'sidePanel', notifications: { ...settings.notifications, digestTime: '07:00' } } }, senders.extensionPage);
    expect(await getDb().outbox.get(SETTINGS_OUTBOX_ID)).toBeUndefined();
    await deliver({ type: 'updateSettings', settings: { ...settings, autoCapture: false } }, senders.extensionPage);
    expect(await getDb().outbox.get(SETTINGS_OUTBOX_ID)).toMatchObject({ t: 'settings', k: 'shared' });
    await getDb().outbox.clear();
    await deliver({ type: 'updateStarterTemplates', templates: { newRole: 'Bravo' } }, senders.extensionPage);
    expect(await getDb().outbox.get(SETTINGS_OUTBOX_ID)).toBeDefined();
  });
});
