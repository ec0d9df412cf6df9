import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, linkedInPage, type ExtensionHarness } from './harness';

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

const jane = { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' };

describe('the extension in Chromium', () => {
  it('starts its service worker with the narrow manifest', async () => {
    const manifest = await rapport.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'contextMenus', 'notifications', 'sidePanel', 'storage', 'unlimitedStorage']);
  });

  it('injects the content script into a page served as https://www.linkedin.com/…, which reports its context', async () => {
    rapport.serve('/in/jane-doe/', linkedInPage('Jane Doe | LinkedIn', '<main><h1>Jane Doe</h1></main>'));
    const { tabId } = await rapport.openLinkedIn('/in/jane-doe/');
    const reply = await rapport.send({ type: 'getTabContext', tabId });
    expect(reply).toMatchObject({ ok: true, value: { url: 'https://www.linkedin.com/in/jane-doe/', page: 'profile' } });
  });

  it.each([
    ['popup.html', 'Rapport'],
    ['sidepanel.html', 'Rapport'],
    ['options.html', 'Rapport settings'],
  ])('renders %s', async (path, heading) => {
    const page = await rapport.openExtensionPage(path);
    await expect(page.getByRole('heading', { level: 1, name: heading }).isVisible()).resolves.toBe(true);
    await page.getByText(/Nobody is in Rapport yet|due a touchpoint|Backup/).first().waitFor();
    await page.close();
  });

  it('rejects an invalid message with a clear error and writes nothing', async () => {
    const reply = await rapport.send({ type: 'logTouchpoint', target: { person: { ...jane, name: '' } }, touchpoint: { type: 'like' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    const backup = await rapport.send<{ contacts: unknown[] }>({ type: 'exportBackup' });
    expect(backup.value?.contacts).toEqual([]);
  });
});

describe('backup through the options page', () => {
  it('exports, deletes everything, imports the file and gets everything back', async () => {
    await rapport.send({ type: 'logTouchpoint', target: { person: jane, circle: 'inner' }, touchpoint: { type: 'comment', note: 'Great talk' } });
    await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: 'https://www.linkedin.com/in/sam-lee/', name: '<b>Sam</b> Lee' } }, touchpoint: { type: 'ask' } });
    const before = (await rapport.send<Record<string, unknown>>({ type: 'exportBackup' })).value!;

    const options = await rapport.openExtensionPage('options.html');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    await options.getByRole('status').filter({ hasText: 'Backup saved: 2 contacts, 2 touchpoints' }).waitFor();

    await options.getByRole('button', { name: 'Delete all data' }).click();
    await options.getByRole('dialog', { name: 'Delete all data?' }).getByRole('button', { name: 'Delete everything' }).click();
    await options.getByText('All contacts, touchpoints and notes were deleted.').waitFor();
    expect((await rapport.send<{ contacts: unknown[] }>({ type: 'exportBackup' })).value?.contacts).toEqual([]);

    await options.getByLabel('Import backup').setInputFiles(file);
    await options.getByText(/Backup imported: 2 contacts added/).waitFor();
    const after = (await rapport.send<Record<string, unknown>>({ type: 'exportBackup' })).value!;
    expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });
    // The saved file is the documented format.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'rapport-backup', version: 1 });
    await options.close();
  });

  it('a malformed backup shows which record is wrong and changes nothing', async () => {
    const before = (await rapport.send<Record<string, unknown[]>>({ type: 'exportBackup' })).value!;
    const options = await rapport.openExtensionPage('options.html');
    const broken = {
      format: 'rapport-backup',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      contacts: [{ ...(before.contacts![0] as object), circle: 'besties' }],
      touchpoints: [],
      notes: [],
    };
    await options.getByLabel('Import backup').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(options.getByRole('alert').textContent()).resolves.toMatch(/Contact #1 \(id "in:[^"]+"\) is invalid: .*circle.*Nothing was imported/);
    const after = (await rapport.send<Record<string, unknown[]>>({ type: 'exportBackup' })).value!;
    expect(after.contacts).toEqual(before.contacts);

    await options.getByLabel('Import backup').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(options.getByRole('alert').textContent()).resolves.toMatch(/“notes.txt” is not a Rapport backup/);
    await options.close();
  });
});
