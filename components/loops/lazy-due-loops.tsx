import { lazyPart } from '@/components/ui/lazy-part';

/**
 * The due follow-ups, as a lazy chunk: the due lists' first paint never waits for (or pays for) them.
 * Shown the moment the chunk arrives; if it cannot load, the due list stands without them (the side
 * panel's budget has no room for a message).
 */
export const LazyDueLoops = lazyPart(() => import('@/components/loops/due-loops').then((module) => module.default), { failed: () => null });
