// Size budgets for the built Chrome extension, gzipped (zlib level 9, like `gzip -9`).
// Run after `wxt build`: `node scripts/size-budgets.mjs [--json]`. Exits 1 when a budget is exceeded.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const OUT = '.output/chrome-mv3';
const KB = 1024;

/** The JS a page loads before first render: its entry script and the chunks it preloads. */
function initialScripts(htmlFile) {
  const html = readFileSync(join(OUT, htmlFile), 'utf8');
  const files = new Set();
  for (const [, src] of html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)) files.add(src);
  for (const [, href] of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)) files.add(href);
  for (const [, href] of html.matchAll(/<link[^>]+href="\/?([^"]+\.js)"[^>]+rel="modulepreload"/g)) files.add(href);
  return [...files];
}

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(OUT, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export const BUDGETS = [
  { name: 'content script', files: () => ['content-scripts/linkedin.js'], limit: 40 * KB },
  // 60 → 64 KB (0.2.0): backups of any size staged in slices, settings that heal, the catch-up spread of a due backlog,
  // undo that takes back one log, and the content script's own least-power messages all run here (60.5 KB measured).
  // 64 → 104 KB (issue 19): opt-in sync bundles PouchDB (core, IndexedDB and HTTP adapters, replication) statically,
  // as an MV3 service worker cannot import() a chunk later (60.6 → 98.7 KB measured on 2026-12-03).
  // 104 → 108 KB (0.3.0 merge): relationship strength kept on every write, open loops and key dates, message capture,
  // the bulk command and the honest 90% recount all run here too (103.8 KB measured with everything merged).
  // 108 → 110 KB (0.4.0 merge): introductions and current needs (commands, backups, sync), loops, key dates and shared
  // settings in sync, the passphrase change, Firefox's right-click target lookup and thank-yous in the badge
  // (108.9 KB measured with everything merged).
  // 110 → 111 KB (0.6.0 merge): the tab view that answers a page's context with its posts' known authors in one reply
  // (the feed list's single round trip) and the outbox recorded only while sync is on (110.1 KB measured; the ASCII-only
  // output costs nothing measurable in gzip).
  { name: 'background', files: () => ['background.js'], limit: 111 * KB },
  // 120 → 124 KB (0.2.0): logging by the address when LinkedIn's page cannot be read, and due lists that say their own
  // true thing (catch-up sentence, empty states) are on the popup's first screen (120.6 KB measured).
  // 124 → 125 KB (issue 21): logging you can predict (the type menu, the page toast that outlives its row, what a
  // circle means from the cadences) and thank-yous in Due are on the first screen; the checklist and shortcuts load lazily.
  // 125 → 127 KB (issue 16): the due list's follow-ups and the protocol's open-loop, key-date and template commands (every
  // page validates replies), and "words to start with" on each due row; the follow-ups and suggestions themselves are lazy chunks.
  // 127 → 134 KB (0.3.0 merge): every branch's first-screen growth together: the message protocol's new commands and
  // replies (loops, key dates, templates, bulk updates, message capture, sync, page report; every page validates replies
  // against the whole protocol), the person link on every name, the ask note and the focus switch in every logger, and the
  // outbox middleware on the shared database class (132.0 KB measured). Splitting the protocol per page is the next lever.
  // 134 → 135 KB (0.5.0 merge): the note-words middleware (v14) on the same shared database class (as the side panel's
  // 142 → 143), the chunk-as-state hook that spares the feed's post list React's 300 ms Suspense hold-back, and the
  // live-query store's preload (134.1 KB measured).
  { name: 'popup initial JS', files: () => initialScripts('popup.html'), limit: 135 * KB },
  // The side panel opens once per window and stays open, with more on screen than the popup (notes, timeline).
  // 130 → 131 KB (issue 16): the same protocol commands and due-row suggestions; the person view's follow-ups, dates and
  // suggestions are a lazy chunk (130.3 KB measured).
  // 131 → 142 KB (0.3.0 merge): as the popup, plus the relationship's strength and the page's posts by people in
  // Rapport in its overview (140.1 KB measured).
  // 143 → 144 KB (0.6.0 merge): the overview's feed list seeded from the tab view (no second read, no second render) and
  // lazy parts that say in words when their chunk cannot load instead of taking the panel down (143.0 KB measured).
  { name: 'side panel initial JS', files: () => initialScripts('sidepanel.html'), limit: 144 * KB },
  // A full page opened now and then, with charts and three sections.
  // 140 → 142 KB (0.4.0 merge): the three networks at the top of the leverage step, and the protocol's introduction
  // and need commands (every page validates replies); the needs and introductions cards are lazy chunks (140.6 KB measured).
  { name: 'dashboard initial JS', files: () => initialScripts('dashboard.html'), limit: 142 * KB },
  // Everyone in one table; the person view (notes, timeline) and the bulk actions are lazy chunks.
  // 140 → 120 KB (issue 21): 134.3 KB measured before they became lazy, 115.0 KB after.
  { name: 'people page initial JS', files: () => initialScripts('people.html'), limit: 120 * KB },
];

export function measureBudgets() {
  if (!existsSync(join(OUT, 'manifest.json'))) throw new Error(`${OUT} is missing: run \`npm run build\` first.`);
  return BUDGETS.map((budget) => {
    const files = budget.files();
    return { name: budget.name, files, ...measure(files), limit: budget.limit };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = measureBudgets();
  if (process.argv.includes('--json')) console.log(JSON.stringify(results));
  else
    for (const r of results)
      console.log(`${r.gzip <= r.limit ? 'ok  ' : 'OVER'} ${r.name.padEnd(21)} ${(r.gzip / KB).toFixed(1).padStart(6)} KB gzip (budget ${r.limit / KB} KB), ${(r.raw / KB).toFixed(1)} KB raw`);
  process.exit(results.every((r) => r.gzip <= r.limit) ? 0 : 1);
}
