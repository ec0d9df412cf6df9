import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { createServer as createTcpServer, connect, type Server as TcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// Types only, for code evaluated inside Firefox; the product imports `browser` from wxt/browser.
// eslint-disable-next-line no-restricted-syntax
import type { Browser as FirefoxBrowser } from 'webextension-polyfill';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

/**
 * Loads the built Firefox extension (.output/firefox-mv2) into Debian's
 * Firefox ESR, driven by puppeteer-core over WebDriver BiDi, and serves
 * LinkedIn-like pages as https://www.linkedin.com/… (see
 * ../shared/docs/browser-testing.md, "Firefox", and README.md here).
 *
 * - Pages come from a local HTTPS server (certificate made at test time)
 *   reached through a loopback CONNECT proxy that Firefox's proxy prefs point
 *   at: only www.linkedin.com:443 is tunnelled, anything else is refused, so
 *   nothing reaches the network.
 * - The add-on gets a fixed moz-extension://<uuid>/ (the
 *   `extensions.webextensions.uuids` pref), so its pages have known URLs.
 * - BiDi refuses to navigate to moz-extension:// unless the remote agent is
 *   started with `--remote-allow-system-access`; the harness starts it so, and
 *   opens the extension's pages in tabs like any page (see openExtensionPage).
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve('.output/firefox-mv2');
export const GECKO_ID = 'rapport@rapport.invalid';
export const EXTENSION_UUID = '7a3c5e1f-2b4d-4c6e-8f90-1a2b3c4d5e6f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The extension API as Firefox gives it to Rapport's pages (`browser.*`, promise-based; Firefox's own names such as `browserAction`). */
export type ExtensionApi = FirefoxBrowser;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

export interface FirefoxHarness {
  browser: Browser;
  /** Where Firefox saves downloads (the download prefs point here). */
  downloadDir: string;
  /** Serves `html` at `https://www.linkedin.com<path>` (path may include a query). */
  serve(path: string, html: string): void;
  /** Opens one of the extension's pages (`options.html`, `sidepanel.html?x=1`, …) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens a served LinkedIn page in a new tab and waits until the content script has reported it to the background. */
  openLinkedIn(path: string): Promise<{ page: Page; tabId: number }>;
  /** Sends a message to the background from an extension page, as Rapport's own pages do. */
  send<T = unknown>(message: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
  /**
   * Runs `fn(browser, arg)` in an extension page (the same APIs as the
   * background page: badge, alarms, notifications, storage). `fn` is sent as
   * source: it may use only its parameters.
   */
  inExtension<A extends Json | undefined, R>(fn: (browser: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Reloads the add-on (`runtime.reload()`, what an update does): Firefox
   * closes its pages and starts a new background page, with the same
   * moz-extension origin and so the same IndexedDB. Resolves once the new
   * background page answers messages.
   */
  reloadExtension(): Promise<void>;
  /** The background's stored context for a tab, once the content script has reported one matching `predicate`. */
  waitForTabContext(tabId: number, predicate?: (context: any) => boolean): Promise<any>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The add-on to install: the unpacked build by default, or a packaged .zip/.xpi. */
  extension?: string;
}

export async function launchFirefox({ extension = EXTENSION_DIR }: LaunchOptions = {}): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}. Install it with: sudo apt-get install -y firefox-esr`);
  if (!existsSync(extension)) throw new Error(`${extension} does not exist: run \`npm run build\` first.`);
  const workDir = mkdtempSync(join(tmpdir(), 'rapport-firefox-'));
  const downloadDir = join(workDir, 'downloads');
  const pages = new Map<string, string>();
  const https = await startLinkedInServer(workDir, pages);
  const proxy = await startConnectProxy(port(https));

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      // Lets BiDi navigate tabs to moz-extension:// pages (refused otherwise): the test driver is trusted.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Every request goes to the loopback proxy, which tunnels www.linkedin.com:443 to the test server only.
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port(proxy),
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port(proxy),
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'browser.download.dir': downloadDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
      },
    });
  } catch (error) {
    https.close();
    proxy.close();
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }

  let messenger: Page | undefined;
  const harness: FirefoxHarness = {
    browser,
    downloadDir,
    serve(path, html) {
      pages.set(path, html);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await navigate(page, `${EXTENSION_ORIGIN}/${path}`);
      return page;
    },
    async openLinkedIn(path) {
      const url = `https://www.linkedin.com${path}`;
      // The new tab is the one showing `url` that was not open before: an earlier test's tab left open on the same
      // address (a test that failed before closing it) would otherwise be taken for it, and its state read instead.
      const before = await harness.inExtension(async (api) => (await api.tabs.query({})).map((tab) => tab.id!));
      const page = await browser.newPage();
      await page.goto(url);
      let tabId: number | null = null;
      for (const deadline = Date.now() + WAIT_MS; tabId === null && Date.now() < deadline; ) {
        tabId = await harness.inExtension(async (api, [u, old]) => (await api.tabs.query({})).find((tab) => tab.url === u && !old.includes(tab.id!))?.id ?? null, [url, before] as [string, number[]]);
        if (tabId === null) await sleep(100);
      }
      if (tabId === null) throw new Error(`No tab shows ${url}`);
      await harness.waitForTabContext(tabId);
      return { page, tabId };
    },
    async send(message) {
      return harness.inExtension((api, m) => api.runtime.sendMessage(m), message as Json) as never;
    },
    async inExtension(fn, arg) {
      messenger ??= await harness.openExtensionPage('options.html');
      return (await messenger.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg ?? null)})`)) as never;
    },
    async reloadExtension() {
      const page = messenger ?? (await harness.openExtensionPage('options.html'));
      messenger = undefined;
      // The page is closed by the reload it asks for: its evaluation may never answer.
      void page.evaluate('browser.runtime.reload()').catch(() => undefined);
      for (const deadline = Date.now() + WAIT_MS; ; ) {
        await sleep(250);
        try {
          if ((await harness.send({ type: 'getSettings' })).ok) return;
        } catch (error) {
          // Not back yet: the messenger tab may show an error page. Start over with a fresh tab.
          await (messenger as Page | undefined)?.close().catch(() => undefined);
          messenger = undefined;
          if (Date.now() > deadline) throw new Error('The add-on did not come back after runtime.reload()', { cause: error });
        }
      }
    },
    async waitForTabContext(tabId, predicate = () => true) {
      let last: unknown;
      for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline; ) {
        last = (await harness.send({ type: 'getTabContext', tabId })).value ?? null;
        if (last && predicate(last)) return last;
        await sleep(100);
      }
      throw new Error(`Tab ${tabId} never reported a matching context; last: ${JSON.stringify(last)}`);
    },
    async close() {
      await browser.close();
      https.closeAllConnections();
      https.close();
      proxy.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
  try {
    await browser.installExtension(extension);
    // The messenger tab opens now, before any test's tabs: opened later, it would become the active tab in the middle
    // of a test (and a page that follows the active tab, like the sidebar's, would follow it).
    await harness.send({ type: 'getSettings' });
  } catch (error) {
    await harness.close();
    throw error;
  }
  return harness;
}

/**
 * Loads a URL in the page's tab. For moz-extension:// pages the BiDi
 * navigation completes, but Firefox sends no navigation events for them, so
 * puppeteer's `page.goto` would wait for its timeout: the harness asks the
 * browsing context directly (waiting for `complete`, the load event).
 */
async function navigate(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } }).browsingContext;
  await context.navigate(url, 'complete');
}

/**
 * The first innermost element matching `selector` (`host >>> inner` looks inside an
 * open shadow root) whose text (whitespace collapsed) or
 * aria-label is `text` (or matches it), in the document or any open shadow
 * root, waiting up to 20 s. Firefox's BiDi accessibility locator does not look
 * inside shadow roots, hence text. Rapport's UI on LinkedIn is in closed roots,
 * out of reach of this (a page-side script): see closed-shadow.ts.
 */
export async function find(page: Page, selector: string, text?: string | RegExp, timeout = 20_000): Promise<ElementHandle<Element>> {
  const pattern = text instanceof RegExp ? { source: text.source, flags: text.flags } : null;
  const exact = typeof text === 'string' ? text : null;
  try {
    const handle = await page.waitForFunction(
      (css: string, exactText: string | null, regexp: { source: string; flags: string } | null) => {
        const wanted = regexp ? new RegExp(regexp.source, regexp.flags) : null;
        const matches = (element: Element) => {
          const candidates = [(element.textContent ?? '').replace(/\s+/g, ' ').trim(), element.getAttribute('aria-label') ?? ''];
          if (exactText !== null) return candidates.includes(exactText);
          return wanted ? candidates.some((candidate) => wanted.test(candidate)) : true;
        };
        // Every element matching `css` in the document or any open shadow root, in document order.
        const everywhere = (root: ParentNode, css: string): Element[] =>
          [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? everywhere(element.shadowRoot, css) : [])).concat([...root.querySelectorAll(css)]);
        // `host >>> inner`: `inner` inside the shadow root of `host`.
        const [first, ...rest] = css.split('>>>').map((part) => part.trim());
        let found = everywhere(document, first!);
        for (const part of rest) found = found.flatMap((host) => (host.shadowRoot ? [...host.shadowRoot.querySelectorAll(part)] : []));
        // The innermost match: a paragraph rather than the section around it.
        const all = found.filter(matches);
        return all.find((element) => !all.some((other) => other !== element && element.contains(other))) ?? null;
      },
      { timeout },
      selector,
      exact,
      pattern,
    );
    return handle.asElement() as ElementHandle<Element>;
  } catch (error) {
    const shown = await page.evaluate(() => document.body?.innerText.replace(/\s+/g, ' ').slice(0, 600)).catch(() => '(page gone)');
    throw new Error(`No ${selector} with text ${String(text)} within ${timeout} ms. The page shows: ${shown}`, { cause: error });
  }
}

/** The form control (input, textarea) that the label with this text is for. */
export async function controlLabelled(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const element = await find(page, 'label', label);
  const input = await element.evaluateHandle((node) => (node as HTMLLabelElement).control);
  return input.asElement() as ElementHandle<HTMLInputElement>;
}

/** The files Firefox has finished downloading (no `.part` left), waiting up to 20 s for `count` of them. */
export async function waitForDownloads(dir: string, count: number): Promise<string[]> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const names = existsSync(dir) ? readdirSync(dir).sort() : [];
    if (names.length >= count && !names.some((name) => name.endsWith('.part'))) return names;
    if (Date.now() > deadline) throw new Error(`Expected ${count} downloads in ${dir}, found: ${names.join(', ') || 'none'}`);
    await sleep(50);
  }
}

/** How long the harness waits for the browser (a tab to report, the add-on to come back, a download): generous, for loaded machines. */
const WAIT_MS = 20_000;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A minimal LinkedIn-like page; tests pass the body they need. */
export function linkedInPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

function port(server: Server | TcpServer): number {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening');
  return address.port;
}

/** An HTTPS server for www.linkedin.com with a self-signed certificate made now (Firefox accepts it: acceptInsecureCerts). */
async function startLinkedInServer(dir: string, pages: Map<string, string>): Promise<Server> {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=www.linkedin.com', '-addext', 'subjectAltName=DNS:www.linkedin.com'], { stdio: 'ignore' });
  const server = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://www.linkedin.com');
    const html = pages.get(url.pathname + url.search) ?? pages.get(url.pathname);
    if (html === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not served by the test');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return server;
}

/** A CONNECT proxy that tunnels www.linkedin.com:443 to the local HTTPS server and refuses everything else. */
async function startConnectProxy(httpsPort: number): Promise<TcpServer> {
  const sockets = new Set<Socket>();
  const proxy = createTcpServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      const requestLine = head.toString('latin1').split('\r\n', 1)[0] ?? '';
      if (requestLine !== 'CONNECT www.linkedin.com:443 HTTP/1.1') {
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(httpsPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    });
  });
  // Firefox keeps tunnels open: close them with the proxy so the test process can end.
  const close = proxy.close.bind(proxy);
  proxy.close = (callback) => {
    for (const socket of sockets) socket.destroy();
    return close(callback);
  };
  await new Promise<void>((ready) => proxy.listen(0, '127.0.0.1', ready));
  return proxy;
}
