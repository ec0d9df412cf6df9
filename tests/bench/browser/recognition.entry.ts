// Runs inside Chromium: Rapport's real recognition code on pages parsed by the browser,
// for benchmarks (timings against raw DOM walks in the same run) and for the
// browser-vs-CLI corpus check in tests/e2e/recognition-corpus.test.ts.
import { createPostTracker } from '@/lib/linkedin/post-tracker';
import { parsePosts } from '@/lib/linkedin/parse-post';
import { recognizePage } from '@/lib/linkedin/recognize-page';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** What recognition yields on a saved page in the browser's own DOM. */
export function recognize(html: string, url: string) {
  return recognizePage(parse(html), url);
}

function time(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

/**
 * Per-call durations: each sample times `repeat` calls and divides, because
 * Chromium coarsens performance.now() to 0.1 ms without cross-origin isolation.
 */
function samples(runs: number, task: () => unknown, repeat = 1): number[] {
  task(); // warm-up
  return Array.from({ length: runs }, () =>
    time(() => {
      for (let i = 0; i < repeat; i++) task();
    }) / repeat,
  );
}

/** Recognising a whole page vs touching every element once (querySelectorAll('*') reading each tag). */
export function profileTimings(html: string, url: string, runs: number) {
  const doc = parse(html);
  const walk = () => {
    let n = 0;
    for (const el of doc.querySelectorAll('*')) n += el.tagName.length;
    return n;
  };
  return { recognition: samples(runs, () => recognizePage(doc, url), 20), baseline: samples(runs, walk, 20), elements: doc.querySelectorAll('*').length };
}

/** A synthetic 2024–25 feed of `count` cards, in the real page's shape (actor, header, text, actions). */
export function buildFeed(template: string, count: number): Document {
  const doc = parse(template);
  const list = doc.querySelector('.scaffold-finite-scroll__content')!;
  const card = doc.querySelector('[data-id="urn:li:activity:7100000000000000001"]')!;
  list.replaceChildren();
  for (let i = 0; i < count; i++) list.append(cardCopy(card, i));
  return doc;
}

function cardCopy(card: Element, i: number): Element {
  const copy = card.cloneNode(true) as Element;
  const urn = `urn:li:activity:${7300000000000000000n + BigInt(i)}`;
  copy.setAttribute('data-id', urn);
  copy.querySelector('[data-urn]')!.setAttribute('data-urn', urn);
  return copy;
}

/** Per-post recognition over a feed vs a raw walk reading each card's URN and actor name. */
export function feedTimings(template: string, count: number, runs: number) {
  const doc = buildFeed(template, count);
  const raw = () =>
    [...doc.querySelectorAll('[data-id^="urn:li:activity:"]')].map((el) => [el.getAttribute('data-id'), el.querySelector('.update-components-actor__title')?.textContent]);
  return { posts: parsePosts(doc).length, recognition: samples(runs, () => parsePosts(doc)), baseline: samples(runs, raw, 10) };
}

/**
 * Handling 100 appended cards on a 1,000-card feed as the content script does
 * (one MutationObserver batch → the tracker's new posts), vs re-recognising
 * the whole feed (what a naive script would do on each batch).
 */
export async function appendTimings(template: string, runs: number) {
  const incremental: number[] = [];
  const rescan: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const doc = buildFeed(template, 1000);
    document.body.replaceChildren(doc.body);
    const list = document.querySelector('.scaffold-finite-scroll__content')!;
    const tracker = createPostTracker();
    tracker.start(document);
    const template100 = list.firstElementChild!;
    const batch = Array.from({ length: 100 }, (_, i) => cardCopy(template100, 5000 + i + run * 1000));
    const observed = new Promise<{ ms: number; found: number }>((resolve) => {
      const observer = new MutationObserver((records) => {
        const start = performance.now();
        const added: Node[] = [];
        for (const record of records) for (const node of record.addedNodes) added.push(node);
        const found = tracker.added(added).length;
        observer.disconnect();
        resolve({ ms: performance.now() - start, found });
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
    });
    list.append(...batch);
    const { ms, found } = await observed;
    if (found !== 100) throw new Error(`expected 100 new posts, found ${found}`);
    const full = time(() => parsePosts(document));
    if (run > 0) {
      incremental.push(ms);
      rescan.push(full);
    }
  }
  return { incremental, rescan };
}

// ---------------------------------------------------------------- 2026 React feed (V4)

/** A synthetic 2026 React feed of `count` items, copies of feed.v4.html's first post (header, rule, actor, text, social bar), each with its own componentkey. */
export function buildReactFeed(template: string, count: number): Document {
  const doc = parse(template);
  const list = doc.querySelector('[data-testid="mainFeed"]')!;
  const item = list.querySelector('[role="listitem"]')!;
  list.replaceChildren();
  for (let i = 0; i < count; i++) list.append(reactItemCopy(item, i));
  return doc;
}

function reactItemCopy(item: Element, i: number): Element {
  const copy = item.cloneNode(true) as Element;
  copy.setAttribute('componentkey', `expandedBenchToken${i}FeedType_MAIN_FEED_RELEVANCE`);
  return copy;
}

/** Per-post recognition over a 2026 feed vs a raw walk reading each item's componentkey and actor paragraph. */
export function reactFeedTimings(template: string, count: number, runs: number) {
  const doc = buildReactFeed(template, count);
  const raw = () => [...doc.querySelectorAll('[role="listitem"]')].map((el) => [el.getAttribute('componentkey'), el.querySelector('hr + div a p')?.textContent]);
  return { posts: parsePosts(doc).length, recognition: samples(runs, () => parsePosts(doc)), baseline: samples(runs, raw, 10) };
}

/** 100 appended items on a 1,000-item 2026 feed, through the tracker, vs re-recognising the whole feed. */
export async function reactAppendTimings(template: string, runs: number) {
  const incremental: number[] = [];
  const rescan: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const doc = buildReactFeed(template, 1000);
    document.body.replaceChildren(doc.body);
    const list = document.querySelector('[data-testid="mainFeed"]')!;
    const tracker = createPostTracker();
    tracker.start(document);
    const first = list.firstElementChild!;
    const batch = Array.from({ length: 100 }, (_, i) => reactItemCopy(first, 5000 + i + run * 1000));
    const observed = new Promise<{ ms: number; found: number }>((resolve) => {
      const observer = new MutationObserver((records) => {
        const start = performance.now();
        const added: Node[] = [];
        for (const record of records) for (const node of record.addedNodes) added.push(node);
        const found = tracker.added(added).length;
        observer.disconnect();
        resolve({ ms: performance.now() - start, found });
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
    });
    list.append(...batch);
    const { ms, found } = await observed;
    if (found !== 100) throw new Error(`expected 100 new posts, found ${found}`);
    const full = time(() => parsePosts(document));
    if (run > 0) {
      incremental.push(ms);
      rescan.push(full);
    }
  }
  return { incremental, rescan };
}
