import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickLogButton, toastShown } from './closed-shadow';
import { launchFirefox, type FirefoxHarness } from './harness';

/**
 * Firefox's counterpart of ../e2e/page-trust.test.ts: the page must not read
 * or drive Rapport's injected UI. Every attempt runs in the page's own realm
 * (`page.evaluate` over BiDi runs there, as LinkedIn's script or an ad's
 * would); it is paired with the user doing the same for real (a BiDi pointer
 * action, which Firefox marks trusted), so a switched-off button cannot pass.
 */

const JANE = '/in/jane-doe-4a1b2c/';

let rapport: FirefoxHarness;
type Backup = { contacts: Array<{ id: string; name: string }>; touchpoints: Array<{ contactId: string; type: string }> };
const stored = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!;

beforeAll(async () => {
  rapport = await launchFirefox();
  rapport.serve(JANE, readFileSync('tests/fixtures/linkedin/profile-viewer-vs-viewed.v3.html', 'utf8'));
});
afterAll(async () => {
  await rapport?.close();
});

describe('the Log touchpoint button and the toast in Firefox: nothing the page can read or click', () => {
  it('a page script finds no shadow root, no status or name and no way to click; the user’s real click logs', async () => {
    const { page } = await rapport.openLinkedIn(JANE);
    await page.waitForFunction(() => (document.querySelector('rapport-log-button')?.getBoundingClientRect().width ?? 0) > 0, { timeout: 20_000 });
    // The button has drawn its status by now: the background has answered it (the label is what it knows).
    expect((await rapport.send({ type: 'getContactStatus', profileUrl: `https://www.linkedin.com${JANE}` })).ok).toBe(true);

    const seen = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('rapport-log-button')!;
      const box = host.getBoundingClientRect();
      const atPoint = document.elementFromPoint(box.x + 12, box.y + box.height / 2);
      // Every way in a page script has: the root, attributes, text, find-in-page, a click on whatever is under the button.
      const attempt = { root: host.shadowRoot === null, attributes: host.getAttributeNames(), light: host.textContent, title: host.getAttribute('title') };
      const text = document.body.innerText + document.documentElement.innerText + document.documentElement.textContent;
      // From the document's start each time (window.find goes on from the selection).
      const find = (s: string) => (getSelection()!.removeAllRanges(), (window as unknown as { find(s: string): boolean }).find(s));
      const found = ['Not in Rapport', 'Last touched'].filter((s) => find(s));
      // The control: find-in-page does find the page's own text (the name in LinkedIn's heading).
      const control = find('Jane Doe');
      host.click();
      atPoint?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + 12, clientY: box.y + box.height / 2 }));
      (atPoint as HTMLElement | null)?.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return { ...attempt, leaked: /Not in Rapport|Last touched/.test(text), found, control, atPoint: atPoint?.localName };
    });
    expect(seen).toEqual({ root: true, attributes: [], light: '', title: null, leaked: false, found: [], control: true, atPoint: 'rapport-log-button' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await stored()).toMatchObject({ contacts: [], touchpoints: [] });
    expect(await toastShown(page)).toBe(false);

    // The positive control: the user's own click, at the very point the script clicked.
    await clickLogButton(page);
    await expect.poll(async () => (await stored()).touchpoints).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', type: 'message' }]);
    expect((await stored()).contacts).toMatchObject([{ id: 'in:jane-doe-4a1b2c', name: 'Jane Doe' }]);
    await expect.poll(() => toastShown(page)).toBe(true);

    // The toast ("Logged a message with Jane Doe, now in Rapport") is as closed to the page.
    const toastSeen = await page.evaluate(() => {
      const host = document.querySelector('rapport-toast')!;
      const text = document.body.innerText + document.documentElement.innerText + document.documentElement.textContent;
      // From the document's start each time (window.find goes on from the selection).
      const find = (s: string) => (getSelection()!.removeAllRanges(), (window as unknown as { find(s: string): boolean }).find(s));
      return {
        root: host.shadowRoot,
        attributes: host.getAttributeNames(),
        light: host.textContent,
        leaked: /Logged|now in Rapport|Last touched/.test(text),
        found: ['Logged a message', 'now in Rapport', 'Last touched'].filter((s) => find(s)),
      };
    });
    expect(toastSeen).toEqual({ root: null, attributes: [], light: '', leaked: false, found: [] });
    await page.close();
  });
});
