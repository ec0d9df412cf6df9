import { findPostRoots, parsePost, postIdentity, postRootOf } from '@/lib/linkedin/parse-post';
import type { RecognizedPost } from '@/lib/linkedin/types';

const ELEMENT = 1;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global Node

/**
 * Follows the posts of one page as LinkedIn renders, appends and tears them
 * down (infinite scroll, occluded cards coming back, the old page's cards
 * removed after an SPA navigation). Given the nodes a MutationObserver batch
 * added, it returns only the posts not seen before: the work is proportional
 * to the added nodes, never a rescan of the page.
 */
export interface PostTracker {
  /** Recognises the posts already on the page (as recognizePage does) and remembers them as reported. */
  start(scope: ParentNode): RecognizedPost[];
  /** The new posts among (or around) the added nodes, in document order. */
  added(nodes: Iterable<Node>): RecognizedPost[];
  /** Keys of reported posts whose card has left the page; they are forgotten (a card rendered again counts as new). */
  removed(): string[];
  /** The card of a reported post still followed, by its key. */
  elementOf(key: string): Element | undefined;
}

export function createPostTracker(): PostTracker {
  const seen = new Map<string, Element>();
  const remember = (root: Element, post: RecognizedPost | null): RecognizedPost | null => {
    if (!post || seen.has(post.key)) return null;
    seen.set(post.key, root);
    return post;
  };
  return {
    start(scope) {
      const posts: RecognizedPost[] = [];
      for (const root of findPostRoots(scope)) {
        const post = remember(root, parsePost(root));
        if (post) posts.push(post);
      }
      return posts;
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
        const identity = postIdentity(root);
        if (identity.key === null || seen.has(identity.key)) continue;
        const post = parsePost(root, undefined, identity);
        // A card appearing without author or text is still rendering: look again at its next mutation.
        if (post && post.author === null && post.text === null) continue;
        if (remember(root, post)) fresh.push(post!);
      }
      return fresh;
    },
    removed() {
      const gone: string[] = [];
      for (const [key, root] of seen) {
        if (root.isConnected) continue;
        seen.delete(key);
        gone.push(key);
      }
      return gone;
    },
    elementOf: (key) => seen.get(key),
  };
}
