import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, waitForTabContext, type ExtensionHarness } from '../e2e/harness';
import { median, record, round } from './metrics';
import { syntheticBackup } from './synthetic-backup';
import { card, feed2026 } from '../fixtures/linkedin/cards-2026';

const CONTACTS = 10_000;
const POSTS = 100;
const RUNS = 9;
const WARM_UP = 3;
let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  // 100 posts: every other one by a person in Rapport (spread over the 10,000), the rest by strangers.
  const cards = Array.from({ length: POSTS }, (_, i) =>
    card({ token: `P${String(i).padStart(3, '0')}`, author: i % 2 === 0 ? { slug: `person-${i * 97}`, name: `Person ${i * 97}` } : { slug: `stranger-${i}-x`, name: `Stranger ${i}` } }),
  );
  rapport.serve('/feed/', feed2026(cards));
  // The same feed without posts: the baseline popup.
  rapport.serve('/feed/?empty=1', feed2026([]));
});
afterAll(async () => {
  await rapport?.close();
});

/** ms from navigation start until the popup shows everything it will: due list, this page and, with posts, the page's post list. */
async function popupReady(tabId: number, withPosts: boolean): Promise<number> {
  const page = await rapport.context.newPage();
  await page.goto(`chrome-extension://${rapport.extensionId}/popup.html?tabId=${tabId}`);
  const marks = ['rapport:popup-due-ready', 'rapport:popup-tab-ready', ...(withPosts ? ['rapport:page-posts-ready'] : [])];
  await page.waitForFunction((names) => names.every((name) => performance.getEntriesByName(name).length > 0), marks);
  const time = await page.evaluate((names) => Math.max(...names.map((name) => performance.getEntriesByName(name)[0]!.startTime)), marks);
  if (withPosts) expect(await page.locator('.page-posts li').count()).toBe(POSTS / 2);
  await page.close();
  return time;
}

it(`the popup's list of a feed's ${POSTS} posts at ${CONTACTS} contacts`, async () => {
  expect((await rapport.send({ type: 'importBackup', backup: syntheticBackup(CONTACTS, 30_000) })).ok).toBe(true);
  const { tabId } = await rapport.openLinkedIn('/feed/');
  await waitForTabContext(rapport, tabId, (context) => context.posts.length === POSTS);
  const empty = await rapport.openLinkedIn('/feed/?empty=1');
  // Alternate the two so that drift on a shared machine falls on both alike.
  for (let i = 0; i < WARM_UP; i++) {
    await popupReady(empty.tabId, false);
    await popupReady(tabId, true);
  }
  const without: number[] = [];
  const withPosts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await popupReady(empty.tabId, false));
    withPosts.push(await popupReady(tabId, true));
  }
  const base = round(median(without), 1);
  const full = round(median(withPosts), 1);
  record({
    name: 'popup.pagePosts.100posts.10k',
    value: round(full - base, 1),
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'the same popup on a feed without posts', value: base },
    target: '≤ 20 ms above the baseline',
    note: `popup ready with the post list of a ${POSTS}-post feed (50 by contacts) ${full} ms vs ${base} ms without; after ${WARM_UP} warm-up pairs`,
  });
});
