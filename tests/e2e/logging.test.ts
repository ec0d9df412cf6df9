import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitForTabContext, type ExtensionHarness } from './harness';
import { injected, toastText } from './closed-shadow';

/** Synthetic pages (invented people) from tests/fixtures/linkedin, served as LinkedIn. */
const page = (name: string) => readFileSync(`tests/fixtures/linkedin/${name}`, 'utf8');
const JANE = '/in/jane-doe-4a1b2c/';

/** What LinkedIn's own script does on the feed: a click on Like toggles its aria-pressed. */
const LIKE_SCRIPT = `<script>
document.addEventListener('click', (event) => {
  const like = event.target.closest('button.react-button__trigger');
  if (like) like.setAttribute('aria-pressed', like.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
});
</script>`;

let rapport: ExtensionHarness;
type Backup = { contacts: Array<{ id: string; name: string; circle: string }>; touchpoints: Array<{ contactId: string; type: string; source: string; postUrn?: string }> };
const stored = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!;

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(JANE, page('profile-viewer-vs-viewed.v3.html'));
  rapport.serve('/in/tag-tester/', page('profile-html-name.v3.html'));
  rapport.serve('/feed/', page('feed.v3.html').replace('</body>', `${LIKE_SCRIPT}</body>`));
});
afterAll(async () => {
  await rapport?.close();
});

describe('the button on profile pages', () => {
  it('shows on a profile, logs a touchpoint in one click and changes its label', async () => {
    const { page: profile } = await rapport.openLinkedIn(JANE);
    const button = injected(profile, 'rapport-log-button', 'button.log');
    const status = injected(profile, 'rapport-log-button', '.status'); // apart from the action, coloured, with an icon
    await expect.poll(() => status.textContent()).toMatch(/Not in Rapport$/);
    await button.click();
    await expect.poll(() => status.textContent()).toMatch(/Last touched today$/);
    const data = await stored();
    expect(data.contacts).toMatchObject([{ id: 'in:jane-doe-4a1b2c', name: 'Jane Doe', circle: 'wider' }]);
    expect(data.touchpoints).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', type: 'message', source: 'manual' }]);
    await expect.poll(() => toastText(profile)).toContain('Logged a message with Jane Doe');
    await profile.close();
  });
});

describe('the toast’s Undo on the page', () => {
  it('takes the touchpoint back and the “Undone.” confirmation stays on screen (it was dismissed at once)', async () => {
    const { page: profile } = await rapport.openLinkedIn(JANE);
    const before = (await stored()).touchpoints.length;
    await injected(profile, 'rapport-log-button', 'button.log').click();
    await expect.poll(() => toastText(profile)).toContain('Logged a message with Jane Doe');
    expect((await stored()).touchpoints).toHaveLength(before + 1);
    await injected(profile, 'rapport-toast', 'button').click(); // Undo: the first of the toast's buttons
    await expect.poll(async () => (await stored()).touchpoints.length).toBe(before);
    await expect.poll(() => toastText(profile)).toBe('Undone. ×'); // the confirmation and its close button, no Undo
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await toastText(profile)).toBe('Undone. ×');
    await profile.close();
  });
});

describe('the popup', () => {
  it('opened as a tab, logs for the tab that shows the profile', async () => {
    const { page: profile, tabId } = await rapport.openLinkedIn(JANE);
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByRole('heading', { name: 'Jane Doe' }).waitFor();
    const before = (await stored()).touchpoints.length;
    await popup.getByRole('button', { name: /^Log another type for / }).click();
    await popup.getByRole('menuitem', { name: 'Comment' }).click();
    await popup.getByText(/^Logged a comment with Jane Doe/).waitFor();
    const after = await stored();
    expect(after.touchpoints).toHaveLength(before + 1);
    expect(after.touchpoints.at(-1) ?? after.touchpoints.find((t) => t.type === 'comment')).toMatchObject({ contactId: 'in:jane-doe-4a1b2c' });
    expect(after.touchpoints.some((t) => t.type === 'comment' && t.contactId === 'in:jane-doe-4a1b2c')).toBe(true);
    await popup.close();

    // Without a tab id, a popup opened as a tab shows the LinkedIn tab used last.
    await profile.bringToFront();
    const plain = await rapport.openExtensionPage('popup.html');
    await plain.getByRole('heading', { name: 'Jane Doe' }).waitFor();
    await plain.close();
    await profile.close();
  });
});

describe('automatic capture', () => {
  it('logs a like on a contact’s post, and removes it when the like is taken back within 10 seconds', async () => {
    await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: 'https://www.linkedin.com/in/jane-doe-4a1b2c/', name: 'Jane Doe' } }, touchpoint: { type: 'message' } });
    const { page: feed, tabId } = await rapport.openLinkedIn('/feed/');
    await waitForTabContext(rapport, tabId, (context) => context.posts.length > 0);
    const autoLikes = async () => (await stored()).touchpoints.filter((t) => t.source === 'auto' && t.type === 'like');
    const like = feed.locator('[data-urn="urn:li:activity:7100000000000000001"] button.react-button__trigger');
    await like.click();
    await expect.poll(autoLikes).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', postUrn: 'urn:li:activity:7100000000000000001' }]);
    await expect.poll(() => toastText(feed)).toContain('Logged a like with Jane Doe');
    await like.click();
    await expect.poll(autoLikes).toEqual([]);
    await feed.close();
  });

  it('ignores posts by people who are not in Rapport', async () => {
    const { page: feed, tabId } = await rapport.openLinkedIn('/feed/');
    await waitForTabContext(rapport, tabId, (context) => context.posts.length > 0);
    const contacts = (await stored()).contacts.length;
    // Post 4 is by a company; post 2's original author is not a contact.
    for (const like of await feed.locator('button.react-button__trigger').all()) await like.click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const data = await stored();
    expect(data.contacts).toHaveLength(contacts);
    expect(data.touchpoints.filter((t) => t.source === 'auto').every((t) => t.contactId === 'in:jane-doe-4a1b2c')).toBe(true);
    await feed.close();
  });
});

describe('untrusted names', () => {
  it('a name containing HTML renders as text on the page and in the popup', async () => {
    const { page: profile, tabId } = await rapport.openLinkedIn('/in/tag-tester/');
    const button = injected(profile, 'rapport-log-button', 'button.log');
    // The type is the last one chosen anywhere (the popup test above chooses a comment).
    await expect.poll(() => button.textContent()).toMatch(/^Log an? \w+$/);
    await button.click();
    await expect.poll(() => toastText(profile)).toMatch(/^Logged an? \w+ with <img/);
    expect(await injected(profile, 'rapport-log-button', 'img').count()).toBe(0);
    expect(await injected(profile, 'rapport-toast', 'img').count()).toBe(0);
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByRole('heading', { name: '<img src=x onerror=alert(1)> & <b>Bold</b>' }).waitFor();
    expect(await popup.locator('img, b').count()).toBe(0);
    await popup.close();
    await profile.close();
  });
});
