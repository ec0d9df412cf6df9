import { chunk, useChunk } from '@/components/hooks/use-chunk';
import type { PageContext } from '@/lib/linkedin/types';
import type { Contact } from '@/lib/model/schema';

const pagePosts = chunk(() => import('@/components/page-posts'));
// Requested as soon as the popup starts, so the chunk arrives while the tab's context is read, not after it.
void pagePosts.load().catch(() => {});

/**
 * The page's posts by people in Rapport as a lazy chunk (the popup's first
 * screen does not pay for it), loaded as state rather than React.lazy (see
 * use-chunk for React's 300 ms hold-back). Only this slot re-renders when the
 * chunk arrives, not the popup around it.
 */
export function LazyPagePosts(props: { context: PageContext; tabId: number | null; knownAuthors?: readonly Contact[] }) {
  const state = useChunk(pagePosts);
  if (state.status !== 'ready') return null;
  const View = state.data.default;
  return <View {...props} />;
}
