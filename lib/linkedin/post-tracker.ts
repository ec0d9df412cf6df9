import { findPostRoots, parsePost, postKey, postRootOf } from '@/lib/linkedin/parse-post';
import type { RecognizedPost } from '@/lib/linkedin/types';

const ELEMENT = 1;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global Node

/**
 * Follows the posts of one page as LinkedIn renders and appends them
 * (infinite scroll, occluded cards coming back). Given the nodes a
 * MutationObserver batch added, it returns only the posts not seen before:
 * the work is proportional to the added nodes, never a rescan of the page.
 */
export interface PostTracker {
  /** Marks posts as already reported (the page's first full recognition). */
  seed(posts: readonly RecognizedPost[]): void;
  /** The new posts among (or around) the added nodes, in document order. */
  added(nodes: Iterable<Node>): RecognizedPost[];
}

export function createPostTracker(): PostTracker {
  const seen = new Set<string>();
  return {
    seed(posts) {
      for (const post of posts) seen.add(post.key);
    },
    added(nodes) {
      const roots = new Set<Element>();
      for (const node of nodes) {
        if (node.nodeType !== ELEMENT || !node.isConnected) continue;
        const element = node as Element;
        // Content rendered into a known card (an occluded post coming back) or whole new cards.
        const around = postRootOf(element);
        if (around) roots.add(around);
        else for (const root of findPostRoots(element)) roots.add(root);
      }
      const ordered = [...roots].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
      const fresh: RecognizedPost[] = [];
      for (const root of ordered) {
        const key = postKey(root);
        if (key === null || seen.has(key)) continue;
        const post = parsePost(root);
        // A card without author or text yet is still rendering: look again at its next mutation.
        if (!post || (post.author === null && post.text === null)) continue;
        seen.add(post.key);
        fresh.push(post);
      }
      return fresh;
    },
  };
}
