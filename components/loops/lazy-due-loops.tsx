import { lazy, Suspense } from 'react';

const DueLoops = lazy(() => import('@/components/loops/due-loops'));

/** The due follow-ups, as a lazy chunk: the due lists' first paint never waits for (or pays for) them. */
export function LazyDueLoops() {
  return (
    <Suspense fallback={null}>
      <DueLoops />
    </Suspense>
  );
}
