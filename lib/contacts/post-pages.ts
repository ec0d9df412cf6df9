import type { PageContext } from '@/lib/linkedin/types';

/** Pages whose posts the popup and side panel list by people in Rapport: the feed, a post, a person's activity. */
export const showsPagePosts = (context: PageContext | null | undefined): context is PageContext =>
  context != null && (context.page === 'feed' || context.page === 'post' || context.page === 'activity') && context.posts.length > 0;
