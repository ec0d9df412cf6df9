import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { find, launchFirefox, type FirefoxHarness } from './harness';
import { pressShortcut } from './browser-ui';
import { toastShown } from './closed-shadow';

/**
 * The popup in Firefox (opened as a tab, as the Chromium suite does: the real
 * popup opens only from a click on the toolbar button, browser UI that BiDi
 * does not drive), logging from it and its due list; the context menu on a
 * profile link and the log-message shortcut, used through Firefox's own menu
 * and key elements (browser-ui.ts).
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
  it('shows the person of the LinkedIn tab and logs a touchpoint of another type from its ▾ menu, confirming it in the page toast', async () => {
    const { page: profile, tabId } = await rapport.openLinkedIn(JANE);
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    await find(popup, 'h1, h2, h3', 'Jane Doe');
    await (await find(popup, 'button', 'Log another type for Jane Doe')).click();
    await (await find(popup, '[role="menuitem"]', 'Comment')).click();
    await find(popup, '.page-toast-text', /^Logged a comment with Jane Doe/);
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
    await (await find(popup, '.contact-list button', 'Log another type for Sam Lee')).click();
    await (await find(popup, '.contact-list [role="menuitem"]', 'Like')).click();
    await expect.poll(async () => (await backup()).touchpoints.filter((t) => t.contactId === 'in:sam-lee').map((t) => t.type).sort()).toEqual(['like', 'message']);
    // Touched today: no longer due, and the list says so live.
    await find(popup, 'h2', 'Due');
    await popup.close();
  });
});

describe('keyboard shortcuts in Firefox', () => {
  // BiDi's input reaches the page only: the right-click is real input in the page, and Firefox opens its own
  // context menu; the menu item and the shortcut's <key> are then used from the browser window (browser-ui.ts).
  const touchpoints = async (contactId: string) => (await backup()).touchpoints.filter((t) => t.contactId === contactId);

  it('declares the shortcuts Firefox registers: log a message, open the popup, toggle the sidebar', async () => {
    const commands = await rapport.inExtension((browser) => browser.commands.getAll());
    expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toEqual({
      'log-message': 'Alt+Shift+L',
      _execute_browser_action: 'Alt+Shift+O',
      _execute_sidebar_action: 'Alt+Shift+S',
    });
  });

  it('the log-message shortcut (Alt+Shift+L) logs a message with the person of the active tab, confirmed in the page', async () => {
    const { page } = await rapport.openLinkedIn(JANE);
    await page.bringToFront();
    const before = (await touchpoints('in:jane-doe-4a1b2c')).length;
    expect(await pressShortcut(rapport, 'L')).toEqual({ modifiers: 'alt,shift' });
    await expect.poll(async () => (await touchpoints('in:jane-doe-4a1b2c')).length).toBe(before + 1);
    await expect.poll(() => toastShown(page)).toBe(true);
    await page.close();
  });
});
