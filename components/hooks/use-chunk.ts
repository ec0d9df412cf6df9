import { useEffect, useState } from 'react';
import { toRapportError } from '@/lib/errors';
import type { LiveState } from '@/lib/stores/live-query-store';

/**
 * A lazy chunk (a module loaded with `import()`), requested once however often it is asked for.
 *
 * Why not `React.lazy` inside `<Suspense>`: React holds back a Suspense boundary's content until
 * 300 ms after the last fallback it showed (its FALLBACK_THROTTLE_MS, checked for every retry), so a
 * chunk that arrives in 20 ms still appears at least 300 ms after the first paint. As plain state, the
 * part shows the moment its chunk has arrived.
 */
export interface Chunk<M> {
  /** Requests the chunk (once); resolves with the module. */
  load(): Promise<M>;
  /** The module, once it has arrived. */
  readonly loaded: M | undefined;
}

export function chunk<M>(load: () => Promise<M>): Chunk<M> {
  let promise: Promise<M> | undefined;
  let loaded: M | undefined;
  return {
    load() {
      promise ??= load().then(
        (module) => (loaded = module),
        (error: unknown) => {
          promise = undefined; // asked again, it tries again
          throw error;
        },
      );
      return promise;
    },
    get loaded() {
      return loaded;
    },
  };
}


/**
 * The chunk's module for a component, as a {@link LiveState} (for LiveView): ready at once when it has
 * arrived already, else loading until it has.
 */
export function useChunk<M>(part: Chunk<M>): LiveState<M> {
  const [state, setState] = useState<LiveState<M>>(() => (part.loaded ? { status: 'ready', data: part.loaded } : { status: 'loading' }));
  useEffect(() => {
    if (state.status !== 'loading') return;
    let live = true;
    part.load().then(
      (module) => live && setState({ status: 'ready', data: module }),
      (error: unknown) => live && setState({ status: 'error', error: toRapportError(error).message }),
    );
    return () => {
      live = false;
    };
  }, [part, state.status]);
  return state;
}
