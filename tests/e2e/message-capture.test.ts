import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from './harness';
import { toastText } from './closed-shadow';
import { bubbleV3, served, threadV3, threadV4, withBubbles } from '../fixtures/linkedin/messaging-pages';

/**
 * Messages captured (issue 16, item 1), in real Chromium: the user's own Send
 * (Playwright's mouse and keyboard, which the browser marks trusted) in a
 * served messaging page or bubble logs one outgoing `message` for a person in
 * Rapport; a stranger, a group, or a send forged by the page's own script logs
 * nothing. The stored touchpoint never holds the text.
 */

const JANE = { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' };
const SAM = { slug: 'sam-lee-31', name: 'Sam Lee' };
const KIM = { slug: 'kim-park-9', name: 'Kim Park' };
const STRANGER = { slug: 'stranger-x-1', name: 'Stranger X' };

let rapport: ExtensionHarness;
type Backup = { touchpoints: Array<{ contactId: string; type: string; source: string; direction?: string; note?: string }> };
const messages = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!.touchpoints.filter((t) => t.type === 'message' && t.source === 'auto');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sentByLinkedIn = (page: Page) => page.evaluate(() => (window as unknown as { __linkedin: { sent: number } }).__linkedin.sent);

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve('/messaging/thread/2-JANE/', served(threadV3({ partner: JANE, list: [SAM, KIM] })));
  rapport.serve('/messaging/thread/2-STRANGER/', served(threadV4({ partner: STRANGER, list: [JANE] })));
  rapport.serve('/messaging/thread/2-GROUP/', served(threadV3({ partner: null, group: [JANE, SAM], groupLinks: true })));
  rapport.serve('/feed/', served(withBubbles([bubbleV3({ partner: KIM }, 'kim'), bubbleV3({ partner: SAM }, 'sam')])));
  for (const person of [JANE, SAM, KIM]) {
    await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: `https://www.linkedin.com/in/${person.slug}/`, name: person.name } }, touchpoint: { type: 'call' } });
  }
});
afterAll(async () => {
  await rapport?.close();
});

async function typeAndSend(page: Page, root: string, text: string, how: 'click' | 'enter') {
  await page.locator(`${root} [contenteditable="true"]`).click();
  await page.keyboard.type(text);
  if (how === 'enter') await page.keyboard.press('Enter');
  else await page.locator(`${root} button[type="submit"]`).click();
}

describe('sending a message logs one touchpoint with a known person', () => {
  it('full page: a page script forging a send logs nothing; the user’s Send logs one outgoing message, once a day, without the text', async () => {
    const { page } = await rapport.openLinkedIn('/messaging/thread/2-JANE/');
    // The page's own script types, enables Send, clicks it and presses Enter: LinkedIn "sends", Rapport must not log.
    await page.evaluate(() => {
      const editor = document.querySelector('.msg-thread [contenteditable="true"]')!;
      editor.textContent = 'Forged';
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
      (document.querySelector('.msg-thread button[type="submit"]') as HTMLButtonElement).click();
    });
    await pause(300);
    await page.evaluate(() => {
      const editor = document.querySelector('.msg-thread [contenteditable="true"]')!;
      editor.textContent = 'Forged again';
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await pause(1200);
    expect(await sentByLinkedIn(page)).toBe(2);
    expect(await messages()).toEqual([]);

    await typeAndSend(page, '.msg-thread', 'Lovely to meet you, Jane', 'click');
    await expect.poll(messages).toHaveLength(1);
    expect((await messages())[0]).toMatchObject({ contactId: 'in:jane-doe-4a1b2c', direction: 'outgoing' });
    expect(JSON.stringify(await rapport.send({ type: 'exportBackup' }))).not.toContain('Lovely to meet you');
    await expect.poll(() => toastText(page)).toContain('Logged a message with Jane Doe');
    // A second message the same day (Enter this time) adds nothing.
    await typeAndSend(page, '.msg-thread', 'One more thing', 'enter');
    await pause(800);
    expect(await sentByLinkedIn(page)).toBe(4);
    expect(await messages()).toHaveLength(1);
    await page.close();
  });

  it('bubbles: Enter in Kim’s bubble logs Kim, not Sam in the bubble beside it', async () => {
    const { page } = await rapport.openLinkedIn('/feed/');
    await typeAndSend(page, '#kim', 'Hi Kim', 'enter');
    await expect.poll(async () => (await messages()).map((m) => m.contactId)).toContain('in:kim-park-9');
    await pause(500);
    expect((await messages()).map((m) => m.contactId).sort()).toEqual(['in:jane-doe-4a1b2c', 'in:kim-park-9']);
    await page.close();
  });
});

describe('nothing is logged', () => {
  it('for a stranger (2026 markup) or a group with known people', async () => {
    const before = (await messages()).length;
    const stranger = await rapport.openLinkedIn('/messaging/thread/2-STRANGER/');
    await typeAndSend(stranger.page, '[componentkey^="MessagingThread"]', 'Hello', 'click');
    const group = await rapport.openLinkedIn('/messaging/thread/2-GROUP/');
    await typeAndSend(group.page, '.msg-thread', 'Hello both', 'click');
    await pause(1500);
    expect(await sentByLinkedIn(stranger.page)).toBe(1);
    expect(await sentByLinkedIn(group.page)).toBe(1);
    expect(await messages()).toHaveLength(before);
    expect((await rapport.send<{ contacts: unknown[] }>({ type: 'exportBackup' })).value!.contacts).toHaveLength(3);
    await stranger.page.close();
    await group.page.close();
  });
});
