import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';

/**
 * What a tab showed on LinkedIn must not outlive the page: the log shortcut
 * acts on the page the tab shows now. Chromium does not run extension
 * shortcuts from synthetic key presses in headless mode, so this checks in the
 * real browser the two facts the shortcut relies on (unit tests cover the
 * shortcut itself: tests/unit/entrypoints/background/shortcuts.test.ts).
 */
const JANE = '/in/jane-doe-4a1b2c/';
let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(JANE, readFileSync('tests/fixtures/linkedin/profile-viewer-vs-viewed.v3.html', 'utf8'));
});
afterAll(async () => {
  await rapport?.close();
});

const storedContext = (tabId: number) => rapport.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tabContext:${tabId}`);

it('forgets the person a tab showed once the tab leaves LinkedIn, and cannot see where it went', async () => {
  const { page, tabId } = await rapport.openLinkedIn(JANE);
  expect(await storedContext(tabId)).toMatchObject({ page: 'profile', profile: { name: 'Jane Doe' } });
  expect(await rapport.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url ?? null, tabId)).toBe(`https://www.linkedin.com${JANE}`);

  await page.goto('data:text/html,<p>Another site</p>');
  await expect.poll(() => storedContext(tabId)).toBeNull();
  // Rapport may not see another site's address: it reads as no page at all.
  expect(await rapport.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url ?? null, tabId)).toBeNull();
  await page.close();
});
