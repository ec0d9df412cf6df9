import { liveQuery } from 'dexie';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { toRapportError } from '@/lib/errors';

/**
 * A Zustand store that is a view over a Dexie live query: it holds no copy of
 * its own, just the query's latest result (or its error), and follows commits
 * made by any context (the background's writes included).
 */
export type LiveState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: string };

export interface LiveQueryStore<T> extends StoreApi<LiveState<T>> {
  /** Starts following the query; returns the function that stops. */
  start(): () => void;
}

/** A store over one live query, which can also start before anything shows it. */
export interface PreloadableLiveQueryStore<T> extends LiveQueryStore<T> {
  /**
   * Starts the query before anything shows it (a page's first reads, before React renders): the
   * subscription is kept until the first {@link start}, which takes it over, so no read is repeated.
   */
  preload(): void;
}

/**
 * `seed`: the query's result as just read elsewhere (the background's reply), shown until the
 * query's own first result replaces it: ready at once, still following every write. With `same`,
 * a result equal to what is shown keeps it (the first read after a seed costs no render).
 */
export function createLiveQueryStore<T>(query: () => Promise<T>, seed?: { data: T; same?: (shown: T, read: T) => boolean }): PreloadableLiveQueryStore<T> {
  const store = createStore<LiveState<T>>(() => (seed ? { status: 'ready', data: seed.data } : { status: 'loading' }));
  let subscription: { unsubscribe(): void } | undefined;
  let users = 0;
  let preloaded = false;
  const follow = () => {
    users += 1;
    subscription ??= liveQuery(query).subscribe({
      next: (data) => {
        const shown = store.getState();
        if (seed?.same && shown.status === 'ready' && seed.same(shown.data, data)) return;
        store.setState({ status: 'ready', data }, true);
      },
      error: (error: unknown) => store.setState({ status: 'error', error: toRapportError(error).message }, true),
    });
  };
  const release = () => {
    users -= 1;
    if (users > 0) return;
    subscription?.unsubscribe();
    subscription = undefined;
  };
  return Object.assign(store, {
    start() {
      follow();
      if (preloaded) {
        preloaded = false;
        release();
      }
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        release();
      };
    },
    preload() {
      if (preloaded || subscription) return;
      preloaded = true;
      follow();
    },
  });
}
