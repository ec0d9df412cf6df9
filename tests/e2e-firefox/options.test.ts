import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlLabelled, find, launchFirefox, waitForDownloads, type FirefoxHarness } from './harness';
import { EXPECTED, exportZip } from '../fixtures/linkedin-export/synthetic-export';

/**
 * The options page in Firefox: the backup file saved through Firefox's
 * download flow (a blob link, no `downloads` permission) and read back through
 * a file input, and LinkedIn's export read by the page's module worker.
 */

let rapport: FirefoxHarness;
type Backup = { contacts: Array<{ id: string }>; touchpoints: Array<{ contactId: string; at: string; type: string; source: string }> } & Record<string, unknown>;
const backup = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!;

beforeAll(async () => {
  rapport = await launchFirefox();
});
afterAll(async () => {
  await rapport?.close();
});

describe('backup on the options page in Firefox', () => {
  it('exports a file, deletes everything, imports the file and gets everything back', async () => {
    await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' }, circle: 'inner' }, touchpoint: { type: 'comment', note: 'Great talk' } });
    await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: 'https://www.linkedin.com/in/sam-lee/', name: '<b>Sam</b> Lee' } }, touchpoint: { type: 'ask' } });
    const before = await backup();

    const options = await rapport.openExtensionPage('options.html');
    await (await find(options, 'button', 'Export backup')).click();
    const [file] = await waitForDownloads(rapport.downloadDir, 1);
    expect(file).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = join(rapport.downloadDir, file!);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ format: 'rapport-backup', version: 1, contacts: before.contacts });
    await find(options, '[role="status"]', /^Backup saved: 2 contacts, 2 touchpoints/);

    await (await find(options, 'button', 'Delete all data')).click();
    await (await find(options, 'dialog[open] button', 'Delete everything')).click();
    await find(options, '[role="status"]', /^All contacts, touchpoints and notes were deleted\./);
    expect((await backup()).contacts).toEqual([]);

    await (await controlLabelled(options, 'Import backup')).uploadFile(saved);
    await find(options, '[role="status"]', /^Backup imported: 2 contacts added/);
    expect({ ...(await backup()), exportedAt: null }).toEqual({ ...before, exportedAt: null });
    await options.close();
  });
});

describe('importing LinkedIn’s data export on the options page in Firefox', () => {
  it('reads the zip in the page’s worker, shows progress while reading and saving, and writes the expected people', async () => {
    const zip = join(rapport.downloadDir, '..', 'Basic_LinkedInDataExport_11-27-2026.zip');
    writeFileSync(zip, exportZip());
    expect((await rapport.send({ type: 'deleteAllData' })).ok).toBe(true);
    const options = await rapport.openExtensionPage('options.html');
    // Every progress bar the page shows, however briefly: the import is fast with a small export.
    await options.evaluate(() => {
      const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('progress')) {
          const label = bar.getAttribute('aria-label') ?? '';
          if (seen.at(-1) !== label) seen.push(label);
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'value'] });
    });
    await (await controlLabelled(options, 'Import LinkedIn data export')).uploadFile(zip);
    await find(options, '*', 'Import finished: 6 people added, 0 updated, 9 touchpoints added.');
    const progress = await options.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    // One bar per file read from the zip, then the saving bar (its last step may give way to the summary before it is drawn).
    const reading = progress.filter((label) => label.startsWith('Reading Basic_LinkedInDataExport_11-27-2026.zip › '));
    const saving = progress.filter((label) => /^Saving: \d of 7 people, \d of 9 touchpoints…$/.test(label));
    expect(reading.length).toBeGreaterThan(0);
    expect(saving.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress.slice(0, progress.length - reading.length - saving.length), ...reading, ...saving]);
    expect(progress.length - reading.length - saving.length).toBeLessThanOrEqual(1); // the zip itself, before its files are known

    const { contacts, touchpoints } = await backup();
    expect(contacts.map((contact) => contact.id).sort()).toEqual(Object.keys(EXPECTED.contacts).sort());
    const byContact: Record<string, [string, string][]> = {};
    for (const touchpoint of [...touchpoints].sort((a, b) => (a.at < b.at ? -1 : 1))) {
      expect(touchpoint.source).toBe('import');
      (byContact[touchpoint.contactId] ??= []).push([touchpoint.at, touchpoint.type]);
    }
    expect(byContact).toEqual(EXPECTED.touchpoints);
    await options.close();
  });
});

describe('settings on the options page in Firefox', () => {
  it('save themselves: an edited cadence survives a reload, with no Save button', async () => {
    const options = await rapport.openExtensionPage('options.html');
    const keyDue = async () => (await (await find(options, 'tr', /^Key/)).$('input'))!;
    expect(await options.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Save settings'))).toBe(false);
    await (await keyDue()).click({ count: 3 }); // select what the box holds
    await options.keyboard.type('45');
    await find(options, '[role="status"]', 'Settings saved.');
    await options.close();
    const reopened = await rapport.openExtensionPage('options.html');
    await expect.poll(async () => (await (await (await find(reopened, 'tr', /^Key/)).$('input'))!.evaluate((input) => (input as HTMLInputElement).value))).toBe('45');
    expect((await rapport.send<{ cadences: { key: { idealDays: number } } }>({ type: 'getSettings' })).value!.cadences.key.idealDays).toBe(45);
    await reopened.close();
  });
});
