import { lazyPart } from '@/components/ui/lazy-part';

/**
 * The page's posts by people in Rapport as a lazy chunk (the popup's first screen does not pay for
 * it), shown the moment it arrives; if it cannot load, the popup stands without it.
 */
export const LazyPagePosts = lazyPart(() => import('@/components/page-posts').then((module) => module.default), { failed: () => null });
// Requested as soon as the popup starts, so the chunk arrives while the tab's context is read, not after it.
void LazyPagePosts.preload();
