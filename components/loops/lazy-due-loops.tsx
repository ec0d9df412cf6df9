import { chunk, useChunk } from '@/components/hooks/use-chunk';

const dueLoops = chunk(() => import('@/components/loops/due-loops'));

/**
 * The due follow-ups, as a lazy chunk: the due lists' first paint never waits for (or pays for) them.
 * Shown the moment the chunk arrives (no Suspense boundary, which React would hold back 300 ms); if it
 * cannot load, the due list stands without them (the side panel's budget has no room for a message).
 */
export function LazyDueLoops() {
  const state = useChunk(dueLoops);
  if (state.status !== 'ready') return null;
  const { default: DueLoops } = state.data;
  return <DueLoops />;
}
