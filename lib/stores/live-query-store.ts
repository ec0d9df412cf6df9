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

export function createLiveQueryStore<T>(query: () => Promise<T>): LiveQueryStore<T> {
  const store = createStore<LiveState<T>>(() => ({ status: 'loading' }));
  return Object.assign(store, {
    start() {
      const subscription = liveQuery(query).subscribe({
        next: (data) => store.setState({ status: 'ready', data }, true),
        error: (error: unknown) => store.setState({ status: 'error', error: toRapportError(error).message }, true),
      });
      return () => subscription.unsubscribe();
    },
  });
}
