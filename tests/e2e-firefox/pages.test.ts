import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, find, launchFirefox, type FirefoxHarness } from './harness';
import { backupOf } from '../fixtures/due-backup';

/**
 * The pages the existing files did not open in Firefox: the welcome page the
 * install opens (with Firefox's own shortcuts, read from its `commands` API),
 * and the dashboard, reading IndexedDB the background page wrote.
 */

let rapport: FirefoxHarness;
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

beforeAll(async () => {
  rapport = await launchFirefox();
});
afterAll(async () => {
  await rapport?.close();
});

describe('the first hour in Firefox', () => {
  it('installing the add-on opens the welcome page in a tab', async () => {
    // The tab the background opened (runtime.onInstalled, reason "install"), seen from Firefox's side.
    await expect
      .poll(async () => (await Promise.all((await rapport.browser.pages()).map((page) => page.evaluate(() => location.href).catch(() => '')))).filter((url) => url.startsWith(EXTENSION_ORIGIN)))
      .toContain(`${EXTENSION_ORIGIN}/welcome.html`);
  });

  it('the welcome page lists the keyboard shortcuts as Firefox has them, the sidebar’s included', async () => {
    const welcome = await rapport.openExtensionPage('welcome.html');
    await find(welcome, 'h1');
    const rows = async () => welcome.evaluate(() => [...document.querySelectorAll('tr')].map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim()));
    await expect.poll(rows).toEqual(expect.arrayContaining([expect.stringContaining('Alt+Shift+L'), expect.stringContaining('Alt+Shift+O'), expect.stringContaining('Alt+Shift+S')]));
    await welcome.close();
  });
});

describe('the dashboard in Firefox', () => {
  it('shows who is due and who has gone longest without a touch, from the data the background page wrote', async () => {
    const backup = backupOf([
      { slug: 'sam-lee', name: 'Sam Lee', circle: 'key', since: daysAgo(200), touches: [daysAgo(45)] },
      { slug: 'mia-park', name: 'Mia Park', circle: 'inner', since: daysAgo(100), touches: [daysAgo(2)] },
    ]);
    expect((await rapport.send({ type: 'importBackup', backup })).ok).toBe(true);
    const dashboard = await rapport.openExtensionPage('dashboard.html');
    await find(dashboard, 'h1', 'Rapport dashboard');
    // Sam (Key, 30 days) was last touched 45 days ago: due; Mia (Inner, 14 days) 2 days ago: not.
    const due = async () => dashboard.evaluate(() => ({ figure: document.querySelector('#due [data-figure="due"]')?.textContent, names: [...document.querySelectorAll('#due .contact-list li')].map((li) => li.textContent) }));
    await expect.poll(due, { timeout: 20_000 }).toMatchObject({ figure: '1', names: [expect.stringContaining('Sam Lee')] });
    const longest = async () => dashboard.evaluate(() => [...document.querySelectorAll('#longest .contact-list li')].map((li) => li.textContent));
    await expect.poll(longest).toEqual([expect.stringContaining('Sam Lee'), expect.stringContaining('Mia Park')]);
    await dashboard.close();
  });
});
