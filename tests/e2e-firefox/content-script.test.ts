import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOUCHPOINT_TYPES } from '@/lib/model/enums';
import { chooseFromMenu, clickLogButton, logButtonWidth, markToast, toastReplaced, toastShown, undoFromToast } from './closed-shadow';
import { find, launchFirefox, type FirefoxHarness } from './harness';

/**
 * The content script in Firefox's content-script world (Xray wrappers over the
 * page), on synthetic pages (invented people) from tests/fixtures/linkedin
 * served as https://www.linkedin.com/…. Clicks are real input (BiDi pointer
 * actions), so the page sees trusted events.
 */
const fixture = (name: string) => readFileSync(`tests/fixtures/linkedin/${name}`, 'utf8');
const JANE = '/in/jane-doe-4a1b2c/';
const POST = 'urn:li:activity:7100000000000000001';

/** What LinkedIn's own script does on the feed: a click on Like toggles its aria-pressed. */
const LIKE_SCRIPT = `<script>
document.addEventListener('click', (event) => {
  const like = event.target.closest('button.react-button__trigger');
  if (like) like.setAttribute('aria-pressed', like.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
});
</script>`;

let rapport: FirefoxHarness;
type Backup = { contacts: Array<{ id: string; name: string; circle: string }>; touchpoints: Array<{ id: string; contactId: string; type: string; source: string; postUrn?: string }> };
const stored = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!;
const contactStatus = async () => (await rapport.send({ type: 'getContactStatus', profileUrl: `https://www.linkedin.com${JANE}` })).value ?? null;
const badgeText = () => rapport.inExtension((browser) => browser.browserAction.getBadgeText({}));

beforeAll(async () => {
  rapport = await launchFirefox();
  rapport.serve(JANE, fixture('profile-viewer-vs-viewed.v3.html'));
  rapport.serve('/in/tag-tester/', fixture('profile-html-name.v3.html'));
  rapport.serve('/in/aiko-tanaka-3/', fixture('profile-unreadable.v4.html'));
  rapport.serve('/feed/', fixture('feed.v3.html').replace('</body>', `${LIKE_SCRIPT}</body>`));
});
afterAll(async () => {
  await rapport?.close();
});

describe('the profile button in Firefox', () => {
  it('shows beside the name; one real click logs through the background page, which updates the label and the badge', async () => {
    const { page } = await rapport.openLinkedIn(JANE);
    expect(await contactStatus()).toBeNull();
    const before = await logButtonWidth(page);
    expect(await badgeText()).toBe('');
    await clickLogButton(page);
    await expect.poll(async () => (await stored()).touchpoints).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', type: 'message', source: 'manual' }]);
    const data = await stored();
    expect(data.contacts).toMatchObject([{ id: 'in:jane-doe-4a1b2c', name: 'Jane Doe', circle: 'wider' }]);
    // What the button now draws ("Last touched today", in the closed root) is the background's status for Jane …
    expect(await contactStatus()).toMatchObject({ name: 'Jane Doe' });
    // … and it redrew: "Not in Rapport" became a label of another width.
    await expect.poll(() => logButtonWidth(page)).not.toBe(before);
    await expect.poll(() => toastShown(page)).toBe(true);
    // Logged today: nobody is due, so the badge stays empty (it counts who is due; see background.test.ts).
    expect(await badgeText()).toBe('');
    await page.close();
  });

  it('its menu, opened and chosen from with real input, logs a meeting; the toast’s Undo takes it back and confirms it', async () => {
    const { page } = await rapport.openLinkedIn(JANE);
    await chooseFromMenu(page, TOUCHPOINT_TYPES.indexOf('meeting'));
    await expect.poll(async () => (await stored()).touchpoints.map((t) => t.type).sort()).toEqual(['meeting', 'message']);
    await expect.poll(() => toastShown(page)).toBe(true);
    await markToast(page);
    await undoFromToast(page);
    await expect.poll(async () => (await stored()).touchpoints.map((t) => t.type)).toEqual(['message']);
    // The confirmation ("Undone.", drawn in the closed root) replaces the toast and stays: it was dismissed at once.
    await expect.poll(() => toastReplaced(page)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect([await toastShown(page), await toastReplaced(page)]).toEqual([true, true]);
    await page.close();
  });
});

describe('untrusted names in Firefox', () => {
  it('a name that looks like HTML stays text: logged as such, no markup runs in the page, and the sidebar page shows it as text', async () => {
    const { page, tabId } = await rapport.openLinkedIn('/in/tag-tester/');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await clickLogButton(page);
    await expect.poll(async () => (await stored()).contacts.map((c) => c.name)).toContain('<img src=x onerror=alert(1)> & <b>Bold</b>');
    await expect.poll(() => toastShown(page)).toBe(true);
    // The toast names the person (drawn from an attribute in the closed root): had it been parsed as HTML, the
    // <img>'s onerror would have run.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(dialogs).toEqual([]);
    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await find(panel, 'article h2', '<img src=x onerror=alert(1)> & <b>Bold</b>');
    expect(await panel.evaluate(() => document.querySelectorAll('article img, article b').length)).toBe(0);
    await panel.close();
    await page.close();
  });
});

describe('automatic capture in Firefox', () => {
  it('logs a real Like on a contact’s post, with an Undo in the toast that removes it', async () => {
    const { page, tabId } = await rapport.openLinkedIn('/feed/');
    await rapport.waitForTabContext(tabId, (context) => context.posts.length > 0);
    const autoLikes = async () => (await stored()).touchpoints.filter((t) => t.source === 'auto' && t.type === 'like');
    await (await page.waitForSelector(`[data-urn="${POST}"] button.react-button__trigger`))!.click();
    await expect.poll(autoLikes).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', postUrn: POST }]);
    await expect.poll(() => toastShown(page)).toBe(true);
    await markToast(page);
    await undoFromToast(page);
    await expect.poll(autoLikes).toEqual([]);
    await expect.poll(() => toastReplaced(page)).toBe(true); // "Rapport removed that touchpoint." stays on screen
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect([await toastShown(page), await toastReplaced(page)]).toEqual([true, true]);
    await page.close();
  });

  it('removes the touchpoint when the Like is taken back, and ignores posts by people not in Rapport', async () => {
    const { page, tabId } = await rapport.openLinkedIn('/feed/');
    await rapport.waitForTabContext(tabId, (context) => context.posts.length > 0);
    const autoLikes = async () => (await stored()).touchpoints.filter((t) => t.source === 'auto' && t.type === 'like');
    const like = (await page.waitForSelector(`[data-urn="${POST}"] button.react-button__trigger`))!;
    await like.click();
    await expect.poll(autoLikes).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', postUrn: POST }]);
    await like.click();
    await expect.poll(autoLikes).toEqual([]);

    const contacts = (await stored()).contacts.length;
    for (const button of await page.$$(`[data-urn]:not([data-urn="${POST}"]) button.react-button__trigger`)) await button.click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const data = await stored();
    expect(data.contacts).toHaveLength(contacts);
    expect(data.touchpoints.filter((t) => t.source === 'auto')).toEqual([]);
    await page.close();
  });
});

describe('a profile Rapport cannot read, in Firefox', () => {
  it('the button floats in the corner and logs by the address; its host carries no attribute the page could read', async () => {
    const { page } = await rapport.openLinkedIn('/in/aiko-tanaka-3/');
    // After the address fallback (3 s without a readable name), the chip is in the bottom-right corner.
    const handle = await page.waitForFunction(
      () => {
        const host = document.querySelector('rapport-log-button');
        if (!host) return null;
        const box = host.getBoundingClientRect();
        return box.width > 0 ? { attributes: host.getAttributeNames(), position: getComputedStyle(host).position, right: Math.round(innerWidth - box.right), bottom: Math.round(innerHeight - box.bottom), x: box.x, y: box.y, height: box.height } : null;
      },
      { timeout: 20_000 },
    );
    const host = (await handle.jsonValue()) as { attributes: string[]; position: string; right: number; bottom: number; x: number; y: number; height: number };
    expect({ attributes: host.attributes, position: host.position, right: host.right, bottom: host.bottom }).toEqual({ attributes: [], position: 'fixed', right: 16, bottom: 16 });
    // The chip starts with the name it logs for (not a control): a real click there starts focus navigation, Tab reaches the button.
    expect(await page.evaluate((x, y) => document.elementFromPoint(x, y)?.localName, host.x + 4, host.y + host.height / 2)).toBe('rapport-log-button');
    await page.mouse.click(host.x + 4, host.y + host.height / 2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The main action logs the type chosen last in this browser: an earlier test picked Meeting from the menu.
    await expect.poll(async () => (await stored()).touchpoints.filter((t) => t.contactId === 'in:aiko-tanaka-3')).toMatchObject([{ type: 'meeting', source: 'manual' }]);
    expect((await stored()).contacts.find((c) => c.id === 'in:aiko-tanaka-3')).toMatchObject({ name: 'Aiko Tanaka' });
    expect(await page.evaluate(() => document.querySelector('rapport-log-button')!.getAttributeNames())).toEqual([]);
    await page.close();
  });
});
