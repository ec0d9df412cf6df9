import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitForTabContext, type ExtensionHarness } from './harness';
import { card, feed2026 } from '../fixtures/linkedin/cards-2026';

/**
 * The feed put to work (issue 16, item 4), in real Chromium: on a served 2026
 * feed, the popup lists the posts by people in Rapport with the overdue
 * person's post first, logs from the list in one click, and Show scrolls the
 * post into view in the tab, adding nothing to LinkedIn's page.
 */

const SAM = { slug: 'sam-lee-31', name: 'Sam Lee' };
const JANE = { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' };
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const filler = Array.from({ length: 30 }, (_, i) => card({ token: `F${String(i).padStart(2, '0')}`, author: { slug: `stranger-${i}-x`, name: `Stranger ${i}` } }));

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  // Sam's post first on the page, Jane's far down, strangers between.
  rapport.serve('/feed/', feed2026([card({ token: 'SAM', author: SAM }), ...filler, card({ token: 'JANE', author: JANE })]));
  // Sam touched today (not due); Jane last touched in January (overdue).
  await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: url(SAM.slug), name: SAM.name } }, touchpoint: { type: 'call' } });
  await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: url(JANE.slug), name: JANE.name } }, touchpoint: { type: 'call', at: '2026-01-05T10:00:00.000Z' } });
});
afterAll(async () => {
  await rapport?.close();
});

describe('the popup on a feed', () => {
  it('lists the overdue person’s post first, logs from it in one click, and Show scrolls to it without touching the page', async () => {
    const { page, tabId } = await rapport.openLinkedIn('/feed/');
    await waitForTabContext(rapport, tabId, (context) => context.posts.length >= 32);
    const htmlBefore = await page.evaluate(() => document.body.innerHTML.length);
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    const list = popup.getByRole('region', { name: 'Posts by people in Rapport' });
    const rows = list.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.nth(0).textContent()).toContain('Jane Doe');
    expect(await rows.nth(0).textContent()).toMatch(/overdue/i);
    expect(await rows.nth(1).textContent()).toContain('Sam Lee');
    // Strangers are not listed.
    expect(await list.textContent()).not.toContain('Stranger');

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.getByRole('button', { name: 'Show Jane Doe’s post on the page' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const rect = document.querySelector('[componentkey="expandedJANEFeedType_MAIN_FEED_RELEVANCE"]')!.getBoundingClientRect();
          // In view: the card meets the viewport (the page scrolled from the top to reach it).
          return window.scrollY > 0 && rect.top < window.innerHeight && rect.bottom > 0;
        }),
      )
      .toBe(true);
    // Nothing was injected into LinkedIn's DOM for it.
    expect(await page.evaluate(() => document.body.innerHTML.length)).toBe(htmlBefore);

    // One click logs a like on Jane's post: she is no longer overdue, so the list falls back to page order, Sam first.
    await rows.nth(0).getByRole('group').getByRole('button', { name: 'Like' }).click();
    await expect.poll(() => rows.nth(0).textContent()).toContain('Sam Lee');
    const backup = (await rapport.send<{ touchpoints: Array<{ contactId: string; type: string }> }>({ type: 'exportBackup' })).value!;
    expect(backup.touchpoints.filter((t) => t.contactId === 'in:jane-doe-4a1b2c' && t.type === 'like')).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});
