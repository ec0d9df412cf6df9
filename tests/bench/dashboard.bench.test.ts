import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from '../e2e/harness';
import { bundleForBrowser } from './browser-bundle';
import { median, record, round } from './metrics';
import { syntheticBackup } from './synthetic-backup';
import type * as DashboardBench from './browser/dashboard.entry';

/**
 * The dashboard (issue 8 target: first render ≤ 300 ms at 10,000 contacts and
 * 100,000 touchpoints) in the built extension, in real Chromium, with a
 * synthetic backup imported through the real path: kinds, a mix of touchpoint
 * types (asks with outcomes, introductions, congratulations), a few notes,
 * dated relative to now so the last 26 weeks hold about half the touchpoints.
 */

const CONTACTS = 10_000;
const TOUCHPOINTS = 100_000;
const RUNS = 9;
const READ_RUNS = 15;
/** Live-query runs each wait out Dexie's 3 s result cache. */
const LIVE_RUNS = 7;
const LOADING = (JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>).loading!.message;
/** The cards whose figures the first render waits for, beyond every card leaving its loading state. */
const SUMMARY_CARDS = ['blend', 'weekly', 'asks'];

const backup = syntheticBackup(CONTACTS, TOUCHPOINTS, Date.now(), { dashboardMix: true });
let rapport: ExtensionHarness;
let seeded: Promise<void> | undefined;

beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

/** Imports the backup once, whichever test needs it first. */
function seed(): Promise<void> {
  seeded ??= rapport.send({ type: 'importBackup', backup }).then((reply) => {
    expect(reply).toMatchObject({ ok: true, value: { contactsAdded: CONTACTS, touchpointsAdded: TOUCHPOINTS } });
  });
  return seeded;
}

/**
 * Runs in the page from its first byte: notes when each card has left its
 * loading state; when the first screen is ready (what the user sees: the
 * blend card and no "Loading…" left within the window's height, cards below
 * the fold may still load); and when the whole main is (no "Loading…" status
 * anywhere, and the blend, touches-per-week and asks cards showing their
 * figures or empty state).
 */
function watchDashboard([loading, summaryCards]: readonly [string, string[]]) {
  const w = window as unknown as { dashboardReady?: number; firstScreenReady?: number; cardsReady: Record<string, number> };
  w.cardsReady = {};
  const statuses = (root: Element) => [...root.querySelectorAll('[role=status]')].filter((status) => status.textContent?.trim() === loading);
  const isLoading = (root: Element) => statuses(root).length > 0;
  const observer = new MutationObserver(() => {
    const main = document.querySelector('main');
    if (!main) return;
    const now = performance.now();
    for (const card of main.querySelectorAll('section.card')) {
      if (!(card.id in w.cardsReady) && card.children.length > 1 && !isLoading(card)) w.cardsReady[card.id] = now;
    }
    // Layout is read only while something still loads, and only for what loads.
    if (w.firstScreenReady === undefined && main.querySelector('#blend > p:not([role=status])') && statuses(main).every((status) => status.getBoundingClientRect().top >= innerHeight)) {
      w.firstScreenReady = now;
    }
    if (isLoading(main) || !summaryCards.every((id) => main.querySelector(`#${id} > p:not([role=status])`))) return;
    w.firstScreenReady ??= now;
    w.dashboardReady = now;
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

/** ms from navigation start to the first screen, and to every card, rendered with its data, and when each card got there. */
async function dashboardFirstRender(expectFigures: boolean): Promise<{ ms: number; allCards: number; cards: Record<string, number> }> {
  const page = await rapport.context.newPage();
  await page.addInitScript(watchDashboard, [LOADING, SUMMARY_CARDS] as const);
  await page.goto(`chrome-extension://${rapport.extensionId}/dashboard.html`);
  await page.waitForFunction(() => (window as unknown as { dashboardReady?: number }).dashboardReady !== undefined, undefined, { timeout: 60_000 });
  const result = await page.evaluate(() => {
    const w = window as unknown as { dashboardReady: number; firstScreenReady: number; cardsReady: Record<string, number> };
    return { ms: w.firstScreenReady, allCards: w.dashboardReady, cards: w.cardsReady };
  });
  // With data, the figures (not the empty states) are what was waited for.
  const figures = ['#blend > p:not(.muted)', '#weekly > p:not(.muted)', '[data-figure="asks-summary"]'];
  for (const selector of figures) expect(await page.locator(selector).count(), selector).toBe(expectFigures ? 1 : 0);
  await page.close();
  return result;
}

async function firstRenders(expectFigures: boolean) {
  const runs: Awaited<ReturnType<typeof dashboardFirstRender>>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await dashboardFirstRender(expectFigures));
  const cards = Object.fromEntries(Object.keys(runs[0]!.cards).map((id) => [id, round(median(runs.map((run) => run.cards[id] ?? Number.NaN)), 1)]));
  return { ms: round(median(runs.map((run) => run.ms)), 1), allCards: round(median(runs.map((run) => run.allCards)), 1), cards };
}

/**
 * Left out of the steady figure and reported on their own: the first opens in
 * a fresh browser (cold start) and the first opens right after the import,
 * which compete with the browser's own work on the freshly written database.
 */
const WARM_UP = 3;

it(`dashboard first render at ${CONTACTS} contacts / ${TOUCHPOINTS} touchpoints`, async () => {
  for (let i = 0; i < WARM_UP; i++) await dashboardFirstRender(false);
  const empty = await firstRenders(false);
  await seed();
  const justAfterImport: number[] = [];
  for (let i = 0; i < WARM_UP; i++) justAfterImport.push((await dashboardFirstRender(true)).ms);
  const full = await firstRenders(true);
  const slowest = Object.entries(full.cards).sort((a, b) => b[1] - a[1]);
  console.log('dashboard cards ready (median ms from navigation start), empty:', empty.cards, 'full:', full.cards);
  record({
    name: 'dashboard.firstRender.10k',
    value: full.ms,
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'same page, empty database', value: empty.ms },
    target: '≤ 300 ms',
    note: `what the user sees first: navigation start to the first screen (1280×720) with its data (the blend figures shown, no "Loading…" within the window's height), after ${WARM_UP} warm-up opens; every card: ${full.allCards} ms (empty ${empty.allCards} ms)`,
  });
  record({
    name: 'dashboard.firstRender.10k.allCards',
    value: full.allCards,
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'same page, empty database', value: empty.allCards },
    note: `navigation start to no card loading anywhere on the page (below the fold too) and the blend, weekly and asks figures shown; slowest cards: ${slowest
      .slice(0, 3)
      .map(([id, ms]) => `${id} ${ms} ms`)
      .join(', ')}`,
  });
  record({
    name: 'dashboard.firstRender.10k.justAfterImport',
    value: round(median(justAfterImport), 1),
    unit: 'ms',
    runs: WARM_UP,
    baseline: { name: 'dashboard.firstRender.10k (steady)', value: full.ms },
    note: 'the first opens right after importing the backup, while the browser still works on the freshly written database',
  });
});

type Bench = typeof DashboardBench;
let page: Page;
/** Calls one of dashboard.entry.ts's exports inside the dashboard page. */
const bench = <K extends keyof Bench>(method: K, ...args: Parameters<Bench[K]>): Promise<Awaited<ReturnType<Bench[K]>>> =>
  page.evaluate(([name, list]) => (window as any).rapportBench[name](...list), [method, args] as const);
const samples = async (name: string, runs = READ_RUNS) => round(median(await bench('measure', name, runs)), 2);

it(`dashboard reads in the page at ${CONTACTS} contacts / ${TOUCHPOINTS} touchpoints`, async () => {
  await seed();
  page = await rapport.openExtensionPage('dashboard.html');
  await page.locator('[data-figure="asks-summary"]').waitFor();
  await page.evaluate(await bundleForBrowser('tests/bench/browser/dashboard.entry.ts'));
  const data = await bench('results');
  console.log('dashboard reads return', data);
  expect(data).toMatchObject({ weeks: 26, asksListed: 50 });
  // A full page of helpers for "mentor" (the dashboard's page size, 20 since the search became the ranked one).
  expect(data.helpers).toBe(data.helpersPage);
  expect(data.windowTouches).toBeGreaterThan(40_000);

  const summary = await samples('touchSummary');
  record({
    name: 'dashboard.readTouchSummary.26weeks',
    value: summary,
    unit: 'ms',
    runs: READ_RUNS,
    baseline: { name: 'raw IndexedDB getAll of the same day-count rows', value: await samples('touchSummaryRaw') },
    note: `from the per-day, per-circle counts every write keeps (${data.windowTouches} touchpoints in the window)`,
  });
  record({
    name: 'dashboard.readTouchSummary.fromTouchpoints',
    value: await samples('touchSummaryFromTouchpoints'),
    unit: 'ms',
    runs: READ_RUNS,
    baseline: { name: 'dashboard.readTouchSummary.26weeks (day counts)', value: summary },
    note: 'the same figures computed from every touchpoint of the window and every contact’s circle: what the day counts save (ratio)',
  });

  const live = await samples('touchSummaryLive', LIVE_RUNS);
  record({
    name: 'dashboard.readTouchSummary.liveQuery',
    value: live,
    unit: 'ms',
    runs: LIVE_RUNS,
    baseline: { name: 'dashboard.readTouchSummary.26weeks (outside a live query)', value: summary },
    note: 'the same read as the card’s live query runs it (first result); ratio = the live query’s own cost (Dexie records every key read)',
  });
  record({
    name: 'dashboard.allCardQueries.10k',
    value: await samples('allStoresLive', LIVE_RUNS),
    unit: 'ms',
    runs: LIVE_RUNS,
    baseline: { name: 'dashboard.readTouchSummary.liveQuery alone', value: live },
    note: 'every card’s live-query store (lib/stores/dashboard-store.ts) started at once, until none is loading, without React; ratio = what the other cards add',
  });

  record({
    name: 'dashboard.readBlend.10k',
    value: await samples('blend'),
    unit: 'ms',
    runs: READ_RUNS,
    baseline: { name: 'raw IndexedDB index counts (16), one transaction', value: await samples('blendRaw') },
    note: `${data.tracked} tracked, ${data.classified} with a kind`,
  });
  record({
    name: 'dashboard.listAsks.newest50.10k',
    value: await samples('asks'),
    unit: 'ms',
    runs: READ_RUNS,
    baseline: { name: 'raw IndexedDB reverse cursor on [type+at] + their contacts, one transaction', value: await samples('asksRaw') },
    note: `${data.asks} asks in the last 26 weeks`,
  });
  record({
    name: 'dashboard.helperSearch.ranked.mentor.10k',
    value: await samples('helpers'),
    unit: 'ms',
    runs: READ_RUNS,
    baseline: { name: 'raw IndexedDB: searchWords + noteWords prefix keys, then the same ≤ 300 people, then the ≤ 10 notes quoted, one transaction', value: await samples('helpersRaw') },
    note: `the needs' ranked search (was dashboard.findHelpers.mentor.10k, unranked, every note read); ${data.notes} notes; ${data.helpers} helpers, ${data.helpersWithNote} of them with a matching note`,
  });
  await page.close();
});

/**
 * Issue 17 on the same 10,000 contacts / 100,000 touchpoints: 1,800 more notes
 * (2,000 in all), three needs with asks tied to them, then the three networks'
 * read, "who could help" ranked with reasons, relationship strength for one
 * person after a log, and the dashboard's first render with the new cards.
 */
const EXTRA_NOTES = 1_800;
const NEED_TOPICS = ['Looking for a pilot customer in logistics.', 'Great mentor for first-time managers.', 'Lives in Lyon, knows the founders there.', 'Talked about customer research.'];

function needsBackup() {
  const stamp = new Date().toISOString();
  const notes = Array.from({ length: EXTRA_NOTES }, (_, i) => ({
    id: `need-note-${i}`,
    contactId: `in:person-${(i * 5 + 1) % CONTACTS}`,
    body: `${NEED_TOPICS[i % NEED_TOPICS.length]}\n${'We spoke at the meetup. '.repeat(1 + (i % 4))}`,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const needs = ['Find a pilot customer in logistics', 'Hire a data lead', 'Find a mentor in Lyon'].map((text, i) => ({ id: `need-${i}`, text, status: 'open', createdAt: stamp, updatedAt: stamp }));
  const touchpoints = Array.from({ length: 60 }, (_, i) => ({
    id: `need-ask-${i}`,
    contactId: `in:person-${(i * 97) % CONTACTS}`,
    type: 'ask',
    focus: 'ask',
    at: stamp,
    source: 'manual',
    needId: `need-${i % 3}`,
  }));
  return { format: 'rapport-backup', version: 1, exportedAt: stamp, contacts: [], touchpoints, notes, needs };
}

it(`three networks, needs and who could help at ${CONTACTS} contacts / ${TOUCHPOINTS} touchpoints / 2,000 notes`, async () => {
  await seed();
  const extra = await rapport.send({ type: 'importBackup', backup: needsBackup() });
  expect(extra).toMatchObject({ ok: true, value: { notesAdded: EXTRA_NOTES, needsImported: 3 } });
  page = await rapport.openExtensionPage('dashboard.html');
  await page.locator('[data-figure="asks-summary"]').waitFor();
  await page.evaluate(await bundleForBrowser('tests/bench/browser/dashboard.entry.ts'));
  const data = await bench('needsResults');
  console.log('issue 17 reads return', data);
  expect(data).toMatchObject({ notes: 200 + EXTRA_NOTES, contacts: CONTACTS, helpers: 10 });
  expect(data.knowing).toBeGreaterThan(0);

  record({
    name: 'needs.strengthAfterLog.onePerson',
    value: await samples('strengthAfterLog'),
    unit: 'ms',
    runs: READ_RUNS,
    baseline: { name: 'raw IndexedDB: that person’s touchpoints by [contactId+at] and their record, one transaction', value: await samples('strengthAfterLogRaw') },
    target: '≤ 5 ms',
    note: `refreshStrength for one person (${data.touchesOfStrengthPerson} touchpoints) in a read-write transaction, as every log runs it`,
  });
  record({
    name: 'needs.whoCouldHelp.ranked.10k.2000notes',
    value: await samples('helpersRanked'),
    unit: 'ms',
    runs: READ_RUNS,
    baseline: {
      name: 'raw IndexedDB: searchWords + noteWords prefix keys per word, then the same people who could reach the top (best bound first, step by step), then the ≤ 10 notes quoted, one transaction',
      value: await samples('helpersRankedRaw'),
    },
    target: '≤ 50 ms',
    note: `${data.notes} notes; candidates by index keys only (contacts' searchWords, noteWords), then only the ${data.helperRecordsRead} people who could reach the top read (was 300) and ranked by relevance and strength, only the notes quoted read; ${data.helpers} shown; the previous raw baseline (keys, then 300 people, then the notes quoted) ${await samples('helpersRankedRaw300')} ms in this run`,
  });
  console.log('who could help, parts (median ms):', {
    indexKeysRaw: await samples('helpersRankedKeysRaw'),
    contactKeysRaw: await samples('helpersRankedContactKeysRaw'),
    noteWordsScanRaw: await samples('noteWordsScanRaw'),
    everyNote: await samples('helpersRankedEveryNote'),
    everyNoteRaw: await samples('helpersRankedEveryNoteRaw'),
    ranked: await samples('helpersRanked'),
    raw300: await samples('helpersRankedRaw300'),
  });
  record({
    name: 'needs.threeNetworks.10k',
    value: await samples('networks'),
    unit: 'ms',
    runs: READ_RUNS,
    baseline: { name: 'raw IndexedDB: the [circle+kind] and strength index keys, one transaction', value: await samples('networksRaw') },
    note: `${data.strategic} strategic, ${data.strong} strong, ${data.knowing} who know an open need; records read only for the names shown`,
  });
  await page.close();

  for (let i = 0; i < WARM_UP; i++) await dashboardFirstRender(true);
  const withNeeds = await firstRenders(true);
  console.log('dashboard cards ready with needs (median ms):', withNeeds.cards);
  record({
    name: 'dashboard.firstRender.10k.withNeeds',
    value: withNeeds.ms,
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'the blend card (an existing card) ready, in the same opens', value: withNeeds.cards.blend ?? Number.NaN },
    target: '≤ 300 ms',
    note: `the first screen with its data, as dashboard.firstRender.10k, with 3 open needs and 2,000 notes; every card ${withNeeds.allCards} ms, including the three networks (${withNeeds.cards.networks} ms) and needs (${withNeeds.cards.needs} ms)`,
  });
}, 1_200_000);
