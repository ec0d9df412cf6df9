import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { find, launchFirefox, type FirefoxHarness } from './harness';
import { chooseRapportMenuItem, closeContextMenu, contextMenu, pressShortcut } from './browser-ui';
import { toastShown, undoFromToast } from './closed-shadow';

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

/**
 * The same profile, with a page script that stops right-clicks from reaching anyone else's listeners (capture
 * listeners on window run first): Rapport's content script never sees them, so only what Firefox itself
 * recorded about the right-click can name the menu's item.
 */
const JANE_SWALLOWING = '/in/jane-doe-4a1b2c/?swallow=1';
const SWALLOW = `<script>for (const type of ['mousedown', 'pointerdown', 'contextmenu']) window.addEventListener(type, (event) => event.stopImmediatePropagation(), true);</script>`;

beforeAll(async () => {
  rapport = await launchFirefox();
  const profile = readFileSync('tests/fixtures/linkedin/profile-viewer-vs-viewed.v3.html', 'utf8');
  rapport.serve(JANE, profile);
  // With a link to someone the menu has never been named after (an earlier test named it after Max).
  rapport.serve(JANE_SWALLOWING, profile.replace('</head>', `${SWALLOW}</head>`).replace('</body>', '<p><a href="/in/erika-musterfrau-7/">Erika Musterfrau</a></p></body>'));
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

describe('the context menu and keyboard shortcuts in Firefox', () => {
  // BiDi's input reaches the page only: the right-click is real input in the page, and Firefox opens its own
  // context menu; the menu item and the shortcut's <key> are then used from the browser window (browser-ui.ts).
  const touchpoints = async (contactId: string) => (await backup()).touchpoints.filter((t) => t.contactId === contactId);
  /** A real right-click (BiDi pointer input, button 2) in the middle of the element, scrolled into view first. */
  async function rightClick(page: Page, selector: string) {
    const link = (await page.waitForSelector(selector))!;
    await link.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const box = (await link.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  }
  const targeted = (tabId: number) => rapport.inExtension(async (browser, id) => (await browser.storage.session.get(`targetedLink:${id}`))[`targetedLink:${id}`] ?? null, tabId);
  // A menu left open by a failing test would swallow the next test's right-click (Firefox rolls the open popup up).
  afterEach(async () => {
    if ((await contextMenu(rapport)).state !== 'closed') await closeContextMenu(rapport);
  });

  it('declares the shortcuts Firefox registers: log a message, open the popup, toggle the sidebar', async () => {
    const commands = await rapport.inExtension((browser) => browser.commands.getAll());
    expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toEqual({
      'log-message': 'Alt+Shift+L',
      _execute_browser_action: 'Alt+Shift+O',
      _execute_sidebar_action: 'Alt+Shift+S',
    });
  });

  it('a real right-click on a profile link opens Firefox’s menu with “Log touchpoint with <name>”; choosing it logs and the page confirms', async () => {
    const { page, tabId } = await rapport.openLinkedIn(JANE);
    await rightClick(page, 'a[href="/in/max-mustermann-99/"]');
    // The content script reported the link on the right-click's mousedown; the background renamed the item.
    await expect.poll(() => targeted(tabId)).toMatchObject({ profileUrl: 'https://www.linkedin.com/in/max-mustermann-99/' });
    await expect.poll(() => contextMenu(rapport)).toEqual({ state: 'open', items: [{ label: 'Log touchpoint with Max Mustermann', hidden: false }] });
    await chooseRapportMenuItem(rapport);
    await expect.poll(() => touchpoints('in:max-mustermann-99')).toMatchObject([{ type: 'message', source: 'manual' }]);
    expect((await backup()).contacts.find((c) => c.id === 'in:max-mustermann-99')).toMatchObject({ name: 'Max Mustermann' });
    // The background told the tab: a toast with Undo (tab messaging from Firefox's background page).
    await expect.poll(() => toastShown(page)).toBe(true);
    await undoFromToast(page);
    await expect.poll(() => touchpoints('in:max-mustermann-99')).toEqual([]);
    await page.close();
  });

  it('names the item and logs from what Firefox recorded of the right-click, even when the page keeps the right-click from Rapport’s content script', async () => {
    const { page, tabId } = await rapport.openLinkedIn(JANE_SWALLOWING);
    await rightClick(page, 'a[href="/in/erika-musterfrau-7/"]');
    // The page stopped the events, so nothing was reported; before the Firefox fix the item kept the last name
    // it was given (Max Mustermann) and the click logged nothing ("could not tell who this is").
    await expect.poll(() => contextMenu(rapport)).toEqual({ state: 'open', items: [{ label: 'Log touchpoint with Erika Musterfrau', hidden: false }] });
    expect(await targeted(tabId)).toBeNull();
    await chooseRapportMenuItem(rapport);
    await expect.poll(() => touchpoints('in:erika-musterfrau-7')).toMatchObject([{ type: 'message', source: 'manual' }]);
    expect((await backup()).contacts.find((c) => c.id === 'in:erika-musterfrau-7')).toMatchObject({ name: 'Erika Musterfrau' });
    await page.close();
  });

  it('offers nothing on a link that is not a profile (Firefox applies the item’s URL patterns)', async () => {
    const { page } = await rapport.openLinkedIn(JANE);
    await rightClick(page, 'a[href="https://www.linkedin.com/feed/"]');
    await expect.poll(async () => (await contextMenu(rapport)).state).toBe('open');
    expect((await contextMenu(rapport)).items.filter((item) => !item.hidden)).toEqual([]);
    await closeContextMenu(rapport);
    await page.close();
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

  it('a tab closed after a right-click forgets the targeted link (it would otherwise stay all session)', async () => {
    const { page, tabId } = await rapport.openLinkedIn(JANE);
    await rightClick(page, 'a[href="/in/max-mustermann-99/"]');
    await expect.poll(() => targeted(tabId)).toMatchObject({ profileUrl: 'https://www.linkedin.com/in/max-mustermann-99/' });
    await closeContextMenu(rapport);
    await page.close();
    await expect.poll(() => targeted(tabId)).toBeNull();
  });
});
