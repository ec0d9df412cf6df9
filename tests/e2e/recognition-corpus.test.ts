import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/linkedin/recognize-page';
import { REAL_PAGE_URLS, SYNTHETIC_PAGES } from '@/tests/fixtures/linkedin/pages';
import { bundleForBrowser } from '../bench/browser-bundle';
import { openBenchPage } from '../bench/chromium';
import { hasRealPages, real, realHtml, synthetic, syntheticHtml } from '../unit/lib/linkedin/fixtures';

/**
 * The recognizer CLI parses pages with linkedom; the content script sees
 * Chromium's DOM. On every fixture, real and synthetic, both must recognise
 * exactly the same thing, so what the CLI prints is what users get.
 */

let bench: Awaited<ReturnType<typeof openBenchPage>>;

beforeAll(async () => {
  bench = await openBenchPage(await bundleForBrowser('tests/bench/browser/recognition.entry.ts'));
});
afterAll(async () => {
  await bench?.close();
});

const inChromium = (html: string, url: string) => bench.page.evaluate(([h, u]) => (window as any).rapportBench.recognize(h, u), [html, url] as const);

describe('Chromium and the recognizer CLI agree', () => {
  it.each(SYNTHETIC_PAGES)('on %s', async (file, url) => {
    expect(await inChromium(syntheticHtml(file), url)).toEqual(recognizePage(synthetic(file), url));
  });

  it.runIf(hasRealPages).each(Object.entries(REAL_PAGE_URLS))('on the real page %s', async (file, url) => {
    expect(await inChromium(realHtml(file), url)).toEqual(recognizePage(real(file), url));
  });
});
