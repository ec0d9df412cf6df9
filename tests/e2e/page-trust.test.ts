import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, waitForTabContext, type ExtensionHarness } from './harness';
import { injected, toastText } from './closed-shadow';
import { card, feed2026, LINKEDIN_SCRIPT } from '../fixtures/linkedin/cards-2026';

/**
 * The page must not drive or read Rapport (issue 20, items 1–3): every attack
 * runs in the page's main world (`page.evaluate`), as LinkedIn's own code, an
 * ad's script or another extension's main-world code would; each is paired
 * with the user doing the same for real (Playwright's mouse and keyboard, which
 * the browser marks trusted), so a switched-off feature cannot pass.
 */

const JANE = { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' };
const SAM = { slug: 'sam-lee-31', name: 'Sam Lee' };
const JANE_URL = 'https://www.linkedin.com/in/jane-doe-4a1b2c/';

let rapport: ExtensionHarness;
type Backup = { contacts: Array<{ id: string; name: string }>; touchpoints: Array<{ contactId: string; type: string; source: string; postUrn?: string }> };
const stored = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!;
const auto = async (type: string) => (await stored()).touchpoints.filter((t) => t.source === 'auto' && t.type === type);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Served 2026 React feeds (invented people), with LinkedIn's behaviour as a page script. */
const FEED = feed2026(
  [card({ token: 'AAA', author: JANE, commentBox: true }), card({ token: 'BBB', author: SAM }), card({ token: 'CCC', author: JANE })],
  LINKEDIN_SCRIPT,
);
const FEED_PT = feed2026([card({ token: 'PPP', author: JANE, language: 'pt' })], LINKEDIN_SCRIPT);

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve('/in/jane-doe-4a1b2c/', readFileSync('tests/fixtures/linkedin/profile-viewer-vs-viewed.v3.html', 'utf8'));
  rapport.serve('/feed/', FEED);
  rapport.serve('/feed/pt/', FEED_PT);
});
afterAll(async () => {
  await rapport?.close();
});

async function openFeed(path = '/feed/'): Promise<Page> {
  const { page, tabId } = await rapport.openLinkedIn(path);
  await waitForTabContext(rapport, tabId, (context) => context.posts.length > 0);
  return page;
}

async function janeInRapport() {
  if ((await stored()).contacts.some((c) => c.id === 'in:jane-doe-4a1b2c')) return;
  await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: JANE_URL, name: 'Jane Doe' } }, touchpoint: { type: 'message' } });
}

describe('the Log touchpoint button and the toast: nothing the page can read or click', () => {
  it('a page script finds no shadow root, no status text and no way to click; the user’s real click logs', async () => {
    const { page } = await rapport.openLinkedIn('/in/jane-doe-4a1b2c/');
    const button = injected(page, 'rapport-log-button', 'button.log');
    const status = injected(page, 'rapport-log-button', '.status'); // apart from the action, coloured, with an icon
    await expect.poll(() => status.textContent()).toMatch(/Not in Rapport$/);

    const seen = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('rapport-log-button')!;
      const box = host.getBoundingClientRect();
      const atPoint = document.elementFromPoint(box.x + 5, box.y + box.height / 2);
      // Every way in a page script has: the root, attributes, text, find-in-page, a click on whatever is under the button.
      const attempt = { root: host.shadowRoot === null, attributes: host.getAttributeNames(), light: host.textContent, title: host.getAttribute('title') };
      const text = document.documentElement.innerText + document.documentElement.textContent;
      const found = (window as unknown as { find(s: string): boolean }).find('Not in Rapport');
      host.click();
      atPoint?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + 5, clientY: box.y + 5 }));
      (atPoint as HTMLElement | null)?.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return { ...attempt, leaked: /Rapport|Last touched/.test(text), found, atPoint: atPoint?.localName };
    });
    expect(seen).toEqual({ root: true, attributes: [], light: '', title: null, leaked: false, found: false, atPoint: 'rapport-log-button' });
    await pause(500);
    expect((await stored()).contacts).toEqual([]);

    // The positive control: the user's own click.
    await button.click();
    await expect.poll(async () => (await stored()).contacts.map((c) => c.id)).toEqual(['in:jane-doe-4a1b2c']);
    await expect.poll(() => toastText(page)).toContain('Logged a message with Jane Doe');
    const toastSeen = await page.evaluate(() => {
      const host = document.querySelector('rapport-toast')!;
      const text = document.documentElement.innerText + document.documentElement.textContent;
      return { root: host.shadowRoot, attributes: host.getAttributeNames(), leaked: /Logged|now in Rapport/.test(text), found: (window as unknown as { find(s: string): boolean }).find('Logged a message') };
    });
    expect(toastSeen).toEqual({ root: null, attributes: [], leaked: false, found: false });
    await page.close();
  });
});

describe('automatic capture on a 2026 React feed: only the user’s own gestures', () => {
  it('a page script liking (a fake card’s aria-pressed, a state label, a scripted click) logs nothing; the user’s click on Like logs exactly one auto like', async () => {
    await janeInRapport();
    const page = await openFeed();
    await page.evaluate(() => {
      const list = document.querySelector('[role="list"]')!;
      const real = document.querySelector('[componentkey="expandedCCCFeedType_MAIN_FEED_RELEVANCE"]')!;
      const fake = real.cloneNode(true) as Element;
      fake.setAttribute('componentkey', 'expandedFAKEFeedType_MAIN_FEED_RELEVANCE');
      list.append(fake);
      const fakeLike = fake.querySelector('button[componentkey$="-like"]')!;
      fakeLike.setAttribute('aria-pressed', 'true');
      fakeLike.setAttribute('aria-label', 'Reaction button state: Like');
      (real.querySelector('button[componentkey$="-like"]') as HTMLElement).click(); // LinkedIn's script flips it, as for a user
    });
    await pause(800);
    expect(await page.evaluate(() => (window as unknown as { __linkedin: { likes: number } }).__linkedin.likes)).toBe(1);
    expect(await auto('like')).toEqual([]);

    await page.locator('button[componentkey="AAA-like"]').click();
    await expect.poll(() => auto('like')).toHaveLength(1);
    expect((await auto('like'))[0]).toMatchObject({ contactId: 'in:jane-doe-4a1b2c', source: 'auto' });
    await expect.poll(() => toastText(page)).toContain('Logged a like with Jane Doe');
    await pause(500);
    expect(await auto('like')).toHaveLength(1);
    // Taking it back within 10 s removes it.
    await page.locator('button[componentkey="AAA-like"]').click();
    await expect.poll(() => auto('like')).toEqual([]);
    await page.close();
  });

  it('in a Portuguese UI, the user’s Like is read from the button’s change', async () => {
    await janeInRapport();
    const page = await openFeed('/feed/pt/');
    await page.locator('button[componentkey="PPP-like"]').click();
    await expect.poll(() => auto('like')).toHaveLength(1);
    await page.close();
  });

  it('a script sending a comment (text, input, scripted submit click, Ctrl+Enter, requestSubmit) logs nothing; the user sending one from the TipTap box logs one comment', async () => {
    await janeInRapport();
    const page = await openFeed();
    await page.evaluate(() => {
      const box = document.querySelector('[componentkey^="commentBox-AAA"]')!;
      const editor = box.querySelector('[contenteditable]')!;
      editor.firstElementChild!.textContent = 'Sent by a script';
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
      (box.querySelector('button[data-comment-submit]') as HTMLElement).click(); // LinkedIn posts it
      editor.firstElementChild!.textContent = 'Again';
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      const form = document.createElement('form');
      form.className = 'comments-comment-box__form';
      const quill = document.createElement('div');
      quill.className = 'ql-editor';
      quill.contentEditable = 'true';
      quill.textContent = 'A form';
      form.append(quill);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        quill.textContent = '';
      });
      box.append(form);
      form.requestSubmit(); // fires a trusted submit: still not the user's gesture
    });
    await pause(1000);
    expect(await page.evaluate(() => (window as unknown as { __linkedin: { comments: number } }).__linkedin.comments)).toBe(2);
    expect(await auto('comment')).toEqual([]);

    const editor = page.locator('[componentkey^="commentBox-AAA"] [data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Congratulations, Jane!');
    await page.locator('[componentkey^="commentBox-AAA"] button[data-comment-submit]').click();
    await expect.poll(() => auto('comment')).toHaveLength(1);
    expect((await auto('comment'))[0]).toMatchObject({ contactId: 'in:jane-doe-4a1b2c' });
    await page.close();
  });

  it('Repost then “Save” on another post, or “Repost with your thoughts” then Dismiss, or scripted choices, log nothing; the user’s instant repost logs one share', async () => {
    await janeInRapport();
    const page = await openFeed();
    await page.evaluate(() => {
      (document.querySelector('button[componentkey="AAA-repost"]') as HTMLElement).click();
      (document.querySelector('[data-choice="now"]') as HTMLElement).click(); // LinkedIn reposts
    });
    await page.locator('button[componentkey="AAA-repost"]').click();
    await page.locator('[componentkey="expandedBBBFeedType_MAIN_FEED_RELEVANCE"] button[aria-label^="Open control menu"]').click();
    await page.locator('[data-choice="save"]').click();
    await page.locator('button[componentkey="AAA-repost"]').click();
    await page.locator('[data-choice="thoughts"]').click();
    await page.locator('[role="dialog"] [contenteditable]').click();
    await page.keyboard.type('My thoughts');
    await page.locator('[role="dialog"] button[aria-label="Dismiss"]').click();
    await pause(2500);
    expect(await page.evaluate(() => (window as unknown as { __linkedin: { reposts: number } }).__linkedin.reposts)).toBe(1);
    expect(await auto('share')).toEqual([]);

    await page.locator('button[componentkey="AAA-repost"]').click();
    await page.locator('[data-choice="now"]').click();
    await expect.poll(() => auto('share'), { timeout: 5000 }).toHaveLength(1);
    await page.close();
  });

  it('“Repost with your thoughts” counts when the user posts from the share dialog', async () => {
    await janeInRapport();
    const page = await openFeed();
    const before = (await auto('share')).length;
    await page.locator('button[componentkey="CCC-repost"]').click();
    await page.locator('[data-choice="thoughts"]').click();
    await page.locator('[role="dialog"] [contenteditable]').click();
    await page.keyboard.type('Worth reading');
    await page.locator('[role="dialog"] button[data-post]').click();
    await expect.poll(async () => (await auto('share')).length, { timeout: 5000 }).toBe(before + 1);
    await page.close();
  });
});
