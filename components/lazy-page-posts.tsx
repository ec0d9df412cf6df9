import { useEffect, useState } from 'react';
import type PagePosts from '@/components/page-posts';
import type { PageContext } from '@/lib/linkedin/types';

type PagePostsView = typeof PagePosts;

let loaded: PagePostsView | undefined;
// Requested as soon as the popup starts, so the chunk arrives while the tab's context is read, not after it.
const chunk = import('@/components/page-posts').then((module) => (loaded = module.default));

/**
 * The page's posts by people in Rapport as a lazy chunk (the popup's first
 * screen does not pay for it). Not React.lazy: React holds back a Suspense
 * boundary revealed within 300 ms of another one's fallback, and the popup
 * shows several at start, which kept the list ~300 ms behind the first screen.
 * Only this slot re-renders when the chunk arrives, not the popup around it.
 */
export function LazyPagePosts(props: { context: PageContext; tabId: number | null }) {
  const [View, setView] = useState(() => loaded);
  useEffect(() => {
    if (View) return;
    let mounted = true;
    void chunk.then((view) => mounted && setView(() => view));
    return () => {
      mounted = false;
    };
  }, [View]);
  return View ? <View {...props} /> : null;
}
