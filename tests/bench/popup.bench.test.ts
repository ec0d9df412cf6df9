import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from '../e2e/harness';
import { median, record, round } from './metrics';
import { syntheticBackup } from './synthetic-backup';

const CONTACTS = 10_000;
const RUNS = 9;
let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

/** ms from navigation start to the popup showing its due list (performance marks set by the popup). */
async function popupFirstRender(): Promise<number> {
  const page = await rapport.context.newPage();
  await page.goto(`chrome-extension://${rapport.extensionId}/popup.html?tabId=999999`);
  await page.waitForFunction(() => performance.getEntriesByName('rapport:popup-due-ready').length > 0 && performance.getEntriesByName('rapport:popup-tab-ready').length > 0);
  const time = await page.evaluate(() =>
    Math.max(performance.getEntriesByName('rapport:popup-due-ready')[0]!.startTime, performance.getEntriesByName('rapport:popup-tab-ready')[0]!.startTime),
  );
  await page.close();
  return time;
}

/** Seeds 10,000 contacts; importing the same backup again changes nothing, so each test can call it. */
async function seed() {
  const reply = await rapport.send({ type: 'importBackup', backup: syntheticBackup(CONTACTS, 30_000) });
  expect(reply.ok).toBe(true);
}

async function medianOf(runs: number, measure: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await measure());
  return round(median(values), 1);
}

/** A raw IndexedDB read in the popup's own origin: the baseline for what the data alone costs. */
function rawIndexRead(page: Page, index: string, range: { upper?: string; prefix?: string }, count: number): Promise<number> {
  return page.evaluate(
    ([indexName, r, n]) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keyRange = r.upper ? IDBKeyRange.upperBound(r.upper) : IDBKeyRange.bound(r.prefix, `${r.prefix}\uffff`);
          const request = db.transaction('contacts').objectStore('contacts').index(indexName).getAll(keyRange, n);
          request.onsuccess = () => {
            db.close();
            resolve(performance.now() - start);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [index, range, count] as const,
  );
}

/**
 * The first opens of a page in a fresh browser pay for its cold start, and the
 * opens right after a 10,000-contact import compete with the browser's own
 * work on the freshly written database (measured: 100–140 ms, then a steady
 * 80–90 ms). Both are left out of the steady figure and reported on their own.
 */
const WARM_UP = 3;

it(`popup first render with ${CONTACTS} contacts`, async () => {
  await medianOf(WARM_UP, popupFirstRender);
  const empty = await medianOf(RUNS, popupFirstRender);
  await seed();
  const justAfterImport = await medianOf(WARM_UP, popupFirstRender);
  const full = await medianOf(RUNS, popupFirstRender);
  record({
    name: 'popup.firstRender.10k',
    value: full,
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'same popup, empty database', value: empty },
    target: '≤ 100 ms',
    note: `after ${WARM_UP} warm-up opens (cold start for the empty database; for the full one, the first opens after importing it, median ${justAfterImport} ms)`,
  });
  record({
    name: 'popup.firstRender.10k.justAfterImport',
    value: justAfterImport,
    unit: 'ms',
    runs: WARM_UP,
    baseline: { name: 'popup.firstRender.10k (steady)', value: full },
    note: 'the first opens right after importing 10,000 contacts, while the browser still works on the freshly written database',
  });
});

it('click to committed for a log, and search keystroke to results, at 10,000 contacts', async () => {
  await seed();
  const page = await rapport.context.newPage();
  await page.goto(`chrome-extension://${rapport.extensionId}/popup.html?tabId=999999`);
  const search = page.getByRole('searchbox', { name: 'Search contacts' });

  const searchTimes: number[] = [];
  const rawSearchTimes: number[] = [];
  for (const query of ['j', 'ja', 'jane', 'company 3', 'mentor', 'kofi', 'role 1', 'z']) {
    await page.evaluate(() => performance.clearMarks());
    await search.fill(query);
    await page.waitForFunction(() => performance.getEntriesByName('rapport:search-results').length > 0);
    searchTimes.push(
      await page.evaluate(() => performance.getEntriesByName('rapport:search-results').at(-1)!.startTime - performance.getEntriesByName('rapport:search-input').at(-1)!.startTime),
    );
    rawSearchTimes.push(await rawIndexRead(page, 'searchWords', { prefix: query.split(' ')[0]! }, 20));
  }
  record({
    name: 'popup.search.keystrokeToResults.10k',
    value: round(median(searchTimes), 1),
    unit: 'ms',
    runs: searchTimes.length,
    baseline: { name: 'raw IndexedDB getAll(prefix range, 20) in the page', value: round(median(rawSearchTimes), 1) },
  });

  await search.fill('');
  const logTimes: number[] = [];
  const rawMessageTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Pin the row by name: logging moves people in and out of the due list.
    const name = (await page.locator('.contact-row a').first().textContent())!;
    const row = page.locator('.contact-row').filter({ has: page.getByRole('link', { name: `Open ${name}’s profile on LinkedIn`, exact: true }) });
    await row.getByRole('button', { name: /^Log a touchpoint with/ }).click();
    await page.evaluate(() => performance.clearMarks());
    await row.getByRole('button', { name: 'Log a message', exact: true }).click();
    await page.waitForFunction(() => performance.getEntriesByName('rapport:log-committed').length > 0);
    logTimes.push(await page.evaluate(() => performance.getEntriesByName('rapport:log-committed')[0]!.startTime - performance.getEntriesByName('rapport:log-click')[0]!.startTime));
    rawMessageTimes.push(
      await page.evaluate(async () => {
        const start = performance.now();
        await chrome.runtime.sendMessage({ type: 'getSettings' });
        return performance.now() - start;
      }),
    );
  }
  record({
    name: 'popup.log.clickToCommitted.10k',
    value: round(median(logTimes), 1),
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'raw runtime.sendMessage round trip (getSettings)', value: round(median(rawMessageTimes), 1) },
    target: '≤ 50 ms',
  });
  const dueRaw = await rawIndexRead(page, 'dueAt', { upper: new Date().toISOString() }, 50);
  record({ name: 'popup.dueQuery.rawIndexedDbBaseline', value: round(dueRaw, 1), unit: 'ms', runs: 1, note: 'raw getAll on the dueAt index, for comparison with popup.firstRender' });
  await page.close();
});
