import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { find, launchFirefox, type FirefoxHarness } from './harness';

/**
 * The popup in Firefox (opened as a tab, as the Chromium suite does: the real
 * popup opens only from a click on the toolbar button, browser UI that BiDi
 * does not drive), logging from it and its due list; the context menu's and
 * keyboard shortcuts' parts that run in Firefox's page and background.
 */

let rapport: FirefoxHarness;
type Backup = { contacts: Array<{ id: string; name: string }>; touchpoints: Array<{ contactId: string; type: string; source: string }> };
const backup = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!;
const JANE = '/in/jane-doe-4a1b2c/';
const DAY = 86_400_000;

beforeAll(async () => {
  rapport = await launchFirefox();
  rapport.serve(JANE, readFileSync('tests/fixtures/linkedin/profile-viewer-vs-viewed.v3.html', 'utf8'));
});
afterAll(async () => {
  await rapport?.close();
});

describe('the popup in Firefox', () => {
  it('shows the person of the LinkedIn tab and logs a touchpoint from a type button, confirming it', async () => {
    const { page: profile, tabId } = await rapport.openLinkedIn(JANE);
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    await find(popup, 'h1, h2, h3', 'Jane Doe');
    await (await find(popup, 'button', 'Comment')).click();
    await find(popup, '[role="status"], p, span', /^Logged Comment with Jane Doe\./);
    const data = await backup();
    expect(data.contacts).toMatchObject([{ id: 'in:jane-doe-4a1b2c', name: 'Jane Doe' }]);
    expect(data.touchpoints).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', type: 'comment', source: 'manual' }]);
    await popup.close();
    await profile.close();
  });

  it('lists who is due and logs for them from the due list (IndexedDB read live by the page, written by the background page)', async () => {
    const longAgo = new Date(Date.now() - 90 * DAY).toISOString();
    await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: 'https://www.linkedin.com/in/sam-lee/', name: 'Sam Lee' }, circle: 'key' }, touchpoint: { type: 'message', at: longAgo } });
    const popup = await rapport.openExtensionPage('popup.html');
    await find(popup, 'h2', 'Due (1)');
    await find(popup, '.contact-list a', 'Sam Lee');
    await (await find(popup, 'button', 'Log a touchpoint with Sam Lee')).click();
    await (await find(popup, '.contact-list button', 'Like')).click();
    await expect.poll(async () => (await backup()).touchpoints.filter((t) => t.contactId === 'in:sam-lee').map((t) => t.type).sort()).toEqual(['like', 'message']);
    // Touched today: no longer due, and the list says so live.
    await find(popup, 'h2', 'Due');
    await popup.close();
  });
});

describe('the context menu and keyboard shortcuts in Firefox', () => {
  // The menu itself and the shortcut keys are browser UI: BiDi neither opens a context menu nor presses keys
  // outside the page. What runs in Firefox's content script and background page is tested here; the menu
  // click and the command handlers are unit-tested (tests/unit/entrypoints/background/shortcuts.test.ts).
  it('declares the shortcuts Firefox registers: log a message, open the popup, toggle the sidebar', async () => {
    const commands = await rapport.inExtension((browser) => browser.commands.getAll());
    expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toEqual({
      'log-message': 'Alt+Shift+L',
      _execute_browser_action: 'Alt+Shift+O',
      _execute_sidebar_action: 'Alt+Shift+S',
    });
  });

  it('a real right-click on a profile link tells the background whom the menu item is for, and closing the tab forgets it', async () => {
    const { page, tabId } = await rapport.openLinkedIn(JANE);
    const stored = () => rapport.inExtension(async (browser, id) => (await browser.storage.session.get(`targetedLink:${id}`))[`targetedLink:${id}`] ?? null, tabId);
    const link = await page.waitForSelector('a[href*="/in/"]');
    const box = (await link!.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    await expect.poll(stored).toMatchObject({ profileUrl: expect.stringMatching(/^https:\/\/www\.linkedin\.com\/in\//) });
    await page.close();
    await expect.poll(stored).toBeNull();
  });
});
