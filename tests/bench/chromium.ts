import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from '../e2e/harness';

/** A blank https page (or the page at `url`, e.g. one a loopback server serves) in headless Chromium with a bundle injected, for in-browser benchmarks. */
export async function openBenchPage(bundle: string, url = 'https://bench.rapport.test/'): Promise<{ page: Page; context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route('https://bench.rapport.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[bench page]', error));
  await page.goto(url);
  await page.addScriptTag({ content: bundle });
  return {
    page,
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
