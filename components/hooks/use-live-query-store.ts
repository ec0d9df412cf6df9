import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { LiveQueryStore, LiveState } from '@/lib/stores/live-query-store';

/** Subscribes a component to a live-query store while it is mounted. */
export function useLiveQueryStore<T>(store: LiveQueryStore<T>): LiveState<T> {
  useEffect(() => store.start(), [store]);
  return useStore(store);
}
