import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Loads the built extension into Debian's headless Chromium and serves
 * LinkedIn-like pages as https://www.linkedin.com/… (see
 * ../shared/docs/browser-testing.md). Nothing reaches the network.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serves `html` at `https://www.linkedin.com<path>` (path may include a query), with extra response headers if given. */
  serve(path: string, html: string, headers?: Record<string, string>): void;
  /** Opens one of the extension's pages (`popup.html`, `options.html?x=1`, …) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens a served LinkedIn page in a new tab and waits until the content script has reported it. */
  openLinkedIn(path: string): Promise<{ page: Page; tabId: number }>;
  /** Sends a message to the background from an extension page, as Rapport's own pages do. */
  send<T = unknown>(message: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Origins (`http://127.0.0.1:5984`) the browser may reach for real, e.g. a sync server the test started on loopback. */
  allowOrigins?: string[];
  /**
   * Host permissions granted at install, added to a copy of the build's manifest. Chromium's prompt for
   * `permissions.request` cannot be answered by automation (and chrome://extensions' site access does not
   * cover optional hosts), but a request for hosts already granted resolves true at once, without a prompt.
   */
  grantHosts?: string[];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('The extension is not built: run `npm run build` first.');
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  let extensionDir = EXTENSION_DIR;
  if (options.grantHosts?.length) {
    extensionDir = join(userDataDir, 'extension');
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...options.grantHosts];
    writeFileSync(join(extensionDir, 'manifest.json'), JSON.stringify(manifest));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pages = new Map<string, { html: string; headers?: Record<string, string> }>();
  await context.route('https://www.linkedin.com/**', (route) => {
    const url = new URL(route.request().url());
    const page = pages.get(url.pathname + url.search) ?? pages.get(url.pathname);
    if (page === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served by the test' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html, headers: page.headers });
  });
  // Anything else would try the (closed) network: fail fast instead (but for the loopback origins a test allows).
  const allowed = new Set(options.allowOrigins ?? []);
  await context.route(/^https?:\/\/(?!www\.linkedin\.com\/)/, (route) => (allowed.has(new URL(route.request().url()).origin) ? route.fallback() : route.abort()));

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  let messenger: Page | undefined;

  const harness: ExtensionHarness = {
    context,
    extensionId,
    worker,
    serve(path, html, headers) {
      pages.set(path, { html, headers });
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async openLinkedIn(path) {
      const page = await context.newPage();
      await page.goto(`https://www.linkedin.com${path}`);
      const tabId = await findTabId(worker, `https://www.linkedin.com${path}`);
      await waitForTabContext(harness, tabId);
      return { page, tabId };
    },
    async send(message) {
      messenger ??= await harness.openExtensionPage('options.html');
      return messenger.evaluate((m) => chrome.runtime.sendMessage(m), message as object);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

async function findTabId(worker: Worker, url: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No tab shows ${url}`);
}

/** Waits until the background has a stored context for the tab (the content script has run and reported). */
export async function waitForTabContext(harness: ExtensionHarness, tabId: number, predicate: (context: any) => boolean = () => true) {
  let last: unknown;
  for (let attempt = 0; attempt < 100; attempt++) {
    last = await harness.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tabContext:${tabId}`);
    if (last && predicate(last)) return last as any;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Tab ${tabId} never reported a matching context; last: ${JSON.stringify(last)}`);
}

/** A minimal LinkedIn-like page; tests pass the body they need. */
export function linkedInPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/**
 * axe-core's violations on a page, as `rule: [targets]` lines (none expected).
 * The script is evaluated through the DevTools protocol, which an extension
 * page's CSP does not block (a <script> tag would be).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run();
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  });
}
let axeSource: string | undefined;
