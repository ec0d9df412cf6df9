import { loadavg } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from '../e2e/harness';
import { median, record, round } from './metrics';
import { syntheticBackup } from './synthetic-backup';

/**
 * The People page (issue 21 targets: first render ≤ 100 ms and a filter
 * keystroke ≤ 50 ms at 10,000 contacts; a bulk circle change of 1,000 people
 * ≤ 1 s with the badge updated), in the built extension in real Chromium,
 * with a synthetic backup imported through the real path.
 */

const CONTACTS = 10_000;
const TOUCHPOINTS = 30_000;
const BULK = 1000;
const RUNS = 9;
const WARM_UP = 3;
const KEYSTROKE_RUNS = 15;
// Each bulk run is four writes (1,000 in, 1,000 back, one person in and back): three keep the file to a few minutes.
const BULK_RUNS = 3;

const synthetic = syntheticBackup(CONTACTS, TOUCHPOINTS, Date.now());
// People 4, 9, 14, … are untracked in the synthetic backup: the first 1,000 of them are the bulk change's.
const bulkIds = synthetic.contacts.filter((contact) => contact.circle === 'untracked').slice(0, BULK).map((contact) => contact.id);
/**
 * Nobody else is due, so the badge shows exactly what the bulk change does (with thousands due it
 * would read "99+" before and after): the others are snoozed for a year, touches and circles kept.
 */
const backup = { ...synthetic, contacts: synthetic.contacts.map((contact) => (contact.circle === 'untracked' ? contact : { ...contact, snoozedUntil: new Date(Date.now() + 365 * 86_400_000).toISOString() })) };

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

/** The machine's 1-minute load average (2 cores shared with other work): said with every figure. */
const load = () => loadavg()[0]!.toFixed(1);

/**
 * In the page from its first byte: when the first person's rows (or the
 * empty state) are painted, and when everyone is read (selecting everyone
 * shown is enabled then). Painted: the frame after the DOM change, timed
 * in a task queued from that frame's animation callback (it runs after the paint).
 */
function watchPeople() {
  const w = window as unknown as { peopleReady?: number; everyoneReady?: number };
  const afterPaint = (mark: (ms: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => mark(performance.now());
      channel.port2.postMessage(null);
    });
  let painted = false;
  const observer = new MutationObserver(() => {
    if (!painted && document.querySelector('.people-body [role=row], .people-empty')) {
      painted = true;
      afterPaint((ms) => (w.peopleReady = ms));
    }
    const all = document.querySelector<HTMLInputElement>('.people-head input[type=checkbox]');
    if ((all && !all.disabled) || document.querySelector('.people-empty')) {
      observer.disconnect();
      afterPaint((ms) => (w.everyoneReady = ms));
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
}

/**
 * ms from navigation start to the first rows (or the empty state) painted, and to everyone read and painted;
 * and `ownFirst`, the first rows painted less the document parsed (`domInteractive`: the browser has made the
 * page's process, committed the navigation and read the HTML; the page's scripts, which are modules, run after
 * it): the part of `first` that is the page's own scripts, strings, reads and render.
 */
async function firstRender(): Promise<{ first: number; everyone: number; ownFirst: number }> {
  const page = await rapport.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript(watchPeople);
  await page.goto(`chrome-extension://${rapport.extensionId}/people.html`);
  await page.waitForFunction(() => (window as unknown as { everyoneReady?: number }).everyoneReady !== undefined, undefined, { timeout: 60_000 });
  const times = await page.evaluate(() => {
    const w = window as unknown as { peopleReady: number; everyoneReady: number };
    const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
    return { first: w.peopleReady, everyone: w.everyoneReady, ownFirst: w.peopleReady - parsed };
  });
  await page.close();
  return times;
}

async function firstRenders(): Promise<{ first: number; everyone: number; ownFirst: number }> {
  for (let i = 0; i < WARM_UP; i++) await firstRender();
  const runs: { first: number; everyone: number; ownFirst: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await firstRender());
  const mid = (key: 'first' | 'everyone' | 'ownFirst') => round(median(runs.map((run) => run[key])), 1);
  return { first: mid('first'), everyone: mid('everyone'), ownFirst: mid('ownFirst') };
}

/**
 * The raw reads in the same browser, straight on IndexedDB from an extension
 * page: the first 40 people in name order from the index with their count
 * (what the page paints first), and every contact in one getAll.
 */
async function rawReads(): Promise<{ firstScreen: number; everyone: number }> {
  const page = await rapport.openExtensionPage('options.html');
  const times = await page.evaluate(async (runs) => {
    const open = indexedDB.open('rapport');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const request = <T,>(make: () => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const r = make();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const first: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < runs; i++) {
      let start = performance.now();
      const store = db.transaction('contacts').objectStore('contacts');
      await Promise.all([request(() => store.index('nameKey').getAll(null, 40)), request(() => store.count())]);
      first.push(performance.now() - start);
      start = performance.now();
      await request(() => db.transaction('contacts').objectStore('contacts').getAll());
      all.push(performance.now() - start);
    }
    db.close();
    const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return { firstScreen: mid(first), everyone: mid(all) };
  }, RUNS);
  await page.close();
  return times;
}

let seeded = false;
async function seed() {
  if (seeded) return;
  const reply = await rapport.send({ type: 'importBackup', backup });
  expect(reply).toMatchObject({ ok: true, value: { contactsAdded: CONTACTS } });
  seeded = true;
}

it(`People page first render at ${CONTACTS} contacts`, async () => {
  const emptyLoad = load();
  const empty = await firstRenders();
  await seed();
  const fullLoad = load();
  const full = await firstRenders();
  const raw = await rawReads();
  record({
    name: 'people.firstRender.10k',
    value: full.first,
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'same page, empty database', value: empty.first },
    target: '≤ 100 ms',
    note: `navigation start to the first rows of the sorted table painted (the frame after they are in the DOM), after ${WARM_UP} warm-up opens, in a new tab each; of that, from the document parsed (domInteractive) to those rows: ${full.ownFirst} ms (empty database ${empty.ownFirst} ms), the rest being the browser's process, navigation and HTML; raw IndexedDB read of those rows (index getAll of 40 + count) ${round(raw.firstScreen, 1)} ms; load average ${fullLoad} (empty: ${emptyLoad})`,
  });
  record({
    name: 'people.everyoneRead.10k',
    value: full.everyone,
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'raw IndexedDB getAll of every contact, same browser', value: round(raw.everyone, 1) },
    note: `navigation start to all ${CONTACTS} people read and painted (filters and select-all ready), after the first rows; load average ${fullLoad}`,
  });
});

/**
 * One keystroke in the search field: from the input event to the table and
 * its heading showing the new result (React renders the filter as a deferred
 * update, so this waits for that render, not just the field's). The raw
 * baseline is the same filter as a bare loop over the same 10,000 people.
 */
it(`People page filter keystroke at ${CONTACTS} contacts`, async () => {
  await seed();
  const page = await rapport.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${rapport.extensionId}/people.html`);
  await page.getByRole('grid').waitFor({ timeout: 60_000 });
  const search = page.getByRole('searchbox', { name: 'Search' });
  const keystroke = (text: string) =>
    search.evaluate(
      (input: HTMLInputElement, value) =>
        new Promise<number>((resolve) => {
          const heading = document.querySelector('.people-count h2')!;
          const before = heading.textContent;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (heading.textContent === before) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      text,
    );
  const runs: number[] = [];
  // "c", then "co", alternating with clearing the field: each keystroke changes the count.
  for (let i = 0; i < KEYSTROKE_RUNS + 2; i++) {
    const ms = await keystroke(i % 2 === 0 ? 'jane' : '');
    if (i >= 2) runs.push(ms);
  }
  const raw: number[] = await page.evaluate(async (runCount) => {
    const open = indexedDB.open('rapport');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const all: { searchWords?: string[] }[] = await new Promise((resolve) => {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    const times: number[] = [];
    for (let i = 0; i < runCount; i++) {
      const start = performance.now();
      const matched = all.filter((contact) => contact.searchWords?.some((word) => word.startsWith('jane')));
      if (matched.length < 0) throw new Error('unreachable');
      times.push(performance.now() - start);
    }
    return times;
  }, KEYSTROKE_RUNS);
  await page.close();
  record({
    name: 'people.filterKeystroke.10k',
    value: round(median(runs), 1),
    unit: 'ms',
    runs: KEYSTROKE_RUNS,
    baseline: { name: 'the same search as a bare loop over the 10,000 in memory', value: round(median(raw), 2) },
    target: '≤ 50 ms',
    note: 'input event to the filtered table and its count rendered ("jane" and back to everyone, alternately)',
  });
});

/**
 * The bulk action as the page sends it: 1,000 untracked people put in Key in
 * one message, timed from the send to the badge showing the change. Each run
 * puts them back (untimed) so the next starts from the same state. The
 * baseline is one person's circle change (`updateContact`), the same way.
 */
it(`bulk circle change of ${BULK} people`, async () => {
  await seed();
  const page = await rapport.openExtensionPage('options.html');
  const timed = (message: unknown, expectChange: boolean) =>
    page.evaluate(
      async ([body, waitForBadge]) => {
        const before = await chrome.action.getBadgeText({});
        const start = performance.now();
        const reply = await chrome.runtime.sendMessage(body);
        if (!reply?.ok) throw new Error(JSON.stringify(reply));
        const written = performance.now() - start;
        // Bounded: a badge that never changes fails the run with what it showed, instead of hanging the bench.
        const giveUp = performance.now() + 30_000;
        if (waitForBadge)
          while ((await chrome.action.getBadgeText({})) === before) {
            if (performance.now() > giveUp) throw new Error(`the badge stayed ${JSON.stringify(before)} for 30 s after ${JSON.stringify(reply.value)}`);
            await new Promise((r) => setTimeout(r, 2));
          }
        return { written, badged: performance.now() - start, value: reply.value };
      },
      [message, expectChange] as const,
    );
  const bulk: number[] = [];
  const writes: number[] = [];
  const single: number[] = [];
  for (let i = 0; i < BULK_RUNS; i++) {
    const run = await timed({ type: 'updateContacts', ids: bulkIds, change: { circle: 'key' } }, true);
    expect(run.value).toEqual({ updated: BULK });
    bulk.push(run.badged);
    writes.push(run.written);
    await timed({ type: 'updateContacts', ids: bulkIds, change: { circle: 'untracked' } }, true);
    const one = await timed({ type: 'updateContact', id: bulkIds[i], patch: { circle: 'key' } }, false);
    single.push(one.written);
    await timed({ type: 'updateContact', id: bulkIds[i], patch: { circle: 'untracked' } }, false);
  }
  // The raw write: the same 1,000 rows read, then put back unchanged in one IndexedDB transaction (every index updated).
  const rawPut: number[] = await page.evaluate(
    async ([ids, runs]) => {
      const open = indexedDB.open('rapport');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const read = db.transaction('contacts').objectStore('contacts');
      const rows = await Promise.all(
        ids.map((id) => new Promise<unknown>((resolve) => {
          const request = read.get(id);
          request.onsuccess = () => resolve(request.result);
        })),
      );
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const tx = db.transaction('contacts', 'readwrite');
        for (const row of rows) tx.objectStore('contacts').put(row);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        times.push(performance.now() - start);
      }
      db.close();
      return times;
    },
    [bulkIds, BULK_RUNS] as const,
  );
  await page.close();
  record({
    name: 'people.bulkCircle.1000',
    value: round(median(bulk), 1),
    unit: 'ms',
    runs: BULK_RUNS,
    baseline: { name: 'raw IndexedDB put of the same 1,000 rows in one transaction', value: round(median(rawPut), 1) },
    target: '≤ 1 s, badge updated',
    note: `send to the badge showing the change; the write alone (reply) took ${round(median(writes), 1)} ms; one person’s circle change (updateContact) ${round(median(single), 1)} ms; ${CONTACTS} contacts, ${TOUCHPOINTS} touchpoints; load average ${load()}`,
  });
});
