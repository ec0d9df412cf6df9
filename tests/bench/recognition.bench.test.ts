import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleForBrowser } from './browser-bundle';
import { openBenchPage } from './chromium';
import { median, record, round } from './metrics';
import { pageKind } from '@/lib/linkedin/page-detect';
import { REAL_PAGE_URLS } from '@/tests/fixtures/linkedin/pages';
import { hasRealPages, realHtml, SKIP_REAL_PAGES, syntheticHtml } from '../unit/lib/linkedin/fixtures';

const RUNS = 21;
// Every real profile page of the corpus (2016 guest to 2025 raw and rendered).
const PROFILE_PAGES = Object.entries(REAL_PAGE_URLS).filter(([file, url]) => file.startsWith('profile/') && pageKind(url) === 'profile' && !file.includes('yennanliu'));
// The 2026 React profiles (V4, flagship-web SDUI), measured on their own.
const REACT_PROFILE_PAGES = Object.entries(REAL_PAGE_URLS).filter(([file]) => file.startsWith('profile/yennanliu'));

let bench: Awaited<ReturnType<typeof openBenchPage>>;

beforeAll(async () => {
  bench = await openBenchPage(await bundleForBrowser('tests/bench/browser/recognition.entry.ts'));
});
afterAll(async () => {
  await bench?.close();
});

const call = <T>(name: string, ...args: unknown[]): Promise<T> => bench.page.evaluate(([n, a]) => (window as any).rapportBench[n as string](...(a as unknown[])), [name, args] as const) as Promise<T>;

it('recognition time per profile page (median over the real profile pages)', async () => {
  if (!hasRealPages) {
    console.warn(`skipped: ${SKIP_REAL_PAGES}`);
    return;
  }
  const perPage: number[] = [];
  const walks: number[] = [];
  for (const [file, url] of PROFILE_PAGES) {
    const { recognition, baseline } = await call<{ recognition: number[]; baseline: number[] }>('profileTimings', realHtml(file), url, RUNS);
    perPage.push(median(recognition));
    walks.push(median(baseline));
  }
  record({
    name: 'linkedin.recognizeProfilePage',
    value: round(median(perPage), 3),
    unit: 'ms',
    runs: RUNS,
    baseline: { name: "querySelectorAll('*') walk of the same page", value: round(median(walks), 3) },
    note: `median of per-page medians over ${PROFILE_PAGES.length} real profile pages (2016–2025)`,
  });
});

it('recognition time per post on a synthetic 1,000-post feed', async () => {
  const { posts, recognition, baseline } = await call<{ posts: number; recognition: number[]; baseline: number[] }>('feedTimings', syntheticHtml('feed.v3.html'), 1000, 11);
  expect(posts).toBe(1000);
  record({
    name: 'linkedin.recognizePost',
    value: round(median(recognition) / 1000, 4),
    unit: 'ms',
    runs: 11,
    baseline: { name: 'raw querySelectorAll of cards + actor text, per post', value: round(median(baseline) / 1000, 4) },
    note: 'per post, whole 1,000-card feed recognised at once',
  });
});

it('handling 100 appended posts on a 1,000-post feed', async () => {
  const { incremental, rescan } = await call<{ incremental: number[]; rescan: number[] }>('appendTimings', syntheticHtml('feed.v3.html'), 9);
  record({
    name: 'linkedin.append100Posts',
    value: round(median(incremental), 3),
    unit: 'ms',
    runs: 9,
    baseline: { name: 're-recognising the whole 1,100-post feed', value: round(median(rescan), 3) },
    target: '< 50 ms (one long task)',
    note: 'the content script’s MutationObserver batch: tracker over the added nodes only',
  });
});

it('recognition time per 2026 React profile page (median over the real ones)', async () => {
  if (!hasRealPages) {
    console.warn(`skipped: ${SKIP_REAL_PAGES}`);
    return;
  }
  const perPage: number[] = [];
  const walks: number[] = [];
  for (const [file, url] of REACT_PROFILE_PAGES) {
    const { recognition, baseline } = await call<{ recognition: number[]; baseline: number[] }>('profileTimings', realHtml(file), url, RUNS);
    perPage.push(median(recognition));
    walks.push(median(baseline));
  }
  record({
    name: 'linkedin.recognizeProfilePage.2026',
    value: round(median(perPage), 3),
    unit: 'ms',
    runs: RUNS,
    baseline: { name: "querySelectorAll('*') walk of the same page", value: round(median(walks), 3) },
    note: `median of per-page medians over ${REACT_PROFILE_PAGES.length} real 2026 React profiles (top card, address, activity posts)`,
  });
});

it('recognition time per post on a synthetic 1,000-post 2026 React feed', async () => {
  const { posts, recognition, baseline } = await call<{ posts: number; recognition: number[]; baseline: number[] }>('reactFeedTimings', syntheticHtml('feed.v4.html'), 1000, 11);
  expect(posts).toBe(1000);
  record({
    name: 'linkedin.recognizePost.2026',
    value: round(median(recognition) / 1000, 4),
    unit: 'ms',
    runs: 11,
    baseline: { name: 'raw querySelectorAll of items + actor text, per post', value: round(median(baseline) / 1000, 4) },
    note: 'per post, whole 1,000-item React feed recognised at once (post parts checked, header/rule/actor structure)',
  });
});

it('handling 100 appended posts on a 1,000-post 2026 React feed', async () => {
  const { incremental, rescan } = await call<{ incremental: number[]; rescan: number[] }>('reactAppendTimings', syntheticHtml('feed.v4.html'), 9);
  record({
    name: 'linkedin.append100Posts.2026',
    value: round(median(incremental), 3),
    unit: 'ms',
    runs: 9,
    baseline: { name: 're-recognising the whole 1,100-post React feed', value: round(median(rescan), 3) },
    target: '< 50 ms (one long task)',
    note: 'the content script’s MutationObserver batch on React list items: tracker over the added nodes only',
  });
});

it('content-script bundle size', () => {
  const file = '.output/chrome-mv3/content-scripts/linkedin.js';
  expect(existsSync(file)).toBe(true);
  const bytes = readFileSync(file);
  record({ name: 'contentScript.bundle.raw', value: bytes.length, unit: 'bytes' });
  record({ name: 'contentScript.bundle.gzip', value: gzipSync(bytes, { level: 9 }).length, unit: 'bytes', target: '≤ 40 KB' });
});
