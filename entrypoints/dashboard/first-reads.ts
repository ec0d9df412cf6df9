import type { LiveQueryStore, PreloadableLiveQueryStore } from '@/lib/stores/live-query-store';

/**
 * The dashboard's first reads, started by start-reads.ts before React renders
 * and handed to the card that shows them when it mounts. The first screen's
 * reads start at once; the others start once those have arrived and painted,
 * so they never compete with what the user sees first. A card rendered without
 * them (a component test, a second mount) makes its own store as before, and
 * waits for nothing.
 */
export type FirstRead = 'blend' | 'triage' | 'due' | 'comingUp' | 'jobChanges' | 'touchSummary' | 'longest';

const started = new Map<FirstRead, LiveQueryStore<unknown>>();
let firstScreen: Promise<void> = Promise.resolve();

/** However long the first screen's reads take, the rest start after this long at the latest. */
const FIRST_SCREEN_WAIT_MS = 1000;

const settled = (store: LiveQueryStore<unknown>) =>
  new Promise<void>((resolve) => {
    if (store.getState().status !== 'loading') return resolve();
    const stop = store.subscribe((state) => {
      if (state.status === 'loading') return;
      stop();
      resolve();
    });
  });

/** The next paint, or a short while if the page is hidden and paints nothing. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

/** Starts the first screen's reads now. */
export function startFirstScreen(reads: ReadonlyArray<readonly [FirstRead, () => PreloadableLiveQueryStore<unknown>]>): void {
  const stores = reads.map(([name, create]) => {
    const store = create();
    store.preload();
    started.set(name, store);
    return store;
  });
  firstScreen = Promise.race([Promise.all(stores.map(settled)), new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]).then(afterPaint);
}

/** Creates the other cards' stores now and starts their reads once the first screen is shown (a card mounted before waits too). */
export function startAfterFirstScreen(reads: ReadonlyArray<readonly [FirstRead, () => PreloadableLiveQueryStore<unknown>]>): void {
  for (const [name, create] of reads) {
    const store = create();
    void firstScreen.then(() => store.preload());
    started.set(name, {
      ...store,
      start() {
        let stop: (() => void) | undefined;
        let stopped = false;
        void firstScreen.then(() => {
          if (!stopped) stop = store.start();
        });
        return () => {
          stopped = true;
          stop?.();
        };
      },
    });
  }
}

/** Resolves once the first screen's reads have been shown (at once when none were started). */
export const afterFirstScreen = (): Promise<void> => firstScreen;

/** For `useState(firstRead('blend', createBlendStore))`: the store started early, else a new one. */
export function firstRead<T>(name: FirstRead, create: () => LiveQueryStore<T>): () => LiveQueryStore<T> {
  return () => {
    const store = started.get(name) as LiveQueryStore<T> | undefined;
    started.delete(name);
    return store ?? create();
  };
}
