import type { LiveQueryStore, PreloadableLiveQueryStore } from '@/lib/stores/live-query-store';

/**
 * The dashboard's first reads, started by main.tsx before React renders (all
 * at once, not one card after another once each has mounted) and handed to the
 * card that shows them when it mounts. A card rendered without them (a
 * component test, a second mount) makes its own store as before.
 */
export type FirstRead = 'blend' | 'triage' | 'due' | 'comingUp' | 'jobChanges' | 'touchSummary' | 'longest';

const started = new Map<FirstRead, LiveQueryStore<unknown>>();

/** Creates the store and starts its query now. */
export function startFirstRead<T>(name: FirstRead, create: () => PreloadableLiveQueryStore<T>): void {
  const store = create();
  store.preload();
  started.set(name, store as LiveQueryStore<unknown>);
}

/** For `useState(firstRead('blend', createBlendStore))`: the store started early, else a new one. */
export function firstRead<T>(name: FirstRead, create: () => LiveQueryStore<T>): () => LiveQueryStore<T> {
  return () => {
    const store = started.get(name) as LiveQueryStore<T> | undefined;
    started.delete(name);
    return store ?? create();
  };
}
