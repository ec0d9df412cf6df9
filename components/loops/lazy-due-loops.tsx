import { t } from '@/lib/i18n';
import { chunk, useChunk } from '@/components/hooks/use-chunk';
import { ErrorMessage } from '@/components/ui/status-message';

const dueLoops = chunk(() => import('@/components/loops/due-loops'));

/** For a page's start: requests the chunk before the due list renders. */
export function prefetchDueLoops(): void {
  dueLoops.load().catch(() => undefined);
}

/**
 * The due follow-ups, as a lazy chunk: the due lists' first paint never waits for (or pays for) them.
 * Shown the moment the chunk arrives (no Suspense boundary, which React would hold back 300 ms).
 */
export function LazyDueLoops() {
  const state = useChunk(dueLoops);
  if (state.status === 'error') return <ErrorMessage>{t('partLoadFailed', state.error)}</ErrorMessage>;
  if (state.status === 'loading') return null;
  const { default: DueLoops } = state.data;
  return <DueLoops />;
}
