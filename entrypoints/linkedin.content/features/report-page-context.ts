import { defineFeature } from '@/lib/features/define-feature';
import { createPostTracker } from '@/lib/linkedin/post-tracker';
import { recognizePage, recognizePerson } from '@/lib/linkedin/recognize-page';
import type { PageContext } from '@/lib/linkedin/types';
import { registerPostElements, reportPageContext } from '../page-context';

/** How long a profile page may take to show its name before recognition counts as degraded. */
export const DEGRADED_AFTER_MS = 5000;
/** Mutations are handled in batches: the first one starts a batch, which ends this much later. */
export const BATCH_MS = 50;

/**
 * Tells the background what the tab shows: page kind, the person, the posts
 * on the page with their authors. One report when the page starts, then at
 * most one per batch of DOM mutations that changes something: only the posts
 * appended since (infinite scroll), or the whole context when the person
 * appears or posts leave the page (the previous page torn down after an SPA
 * navigation). A profile page that never shows a name is reported as degraded,
 * with the person at its address (`address`) so that logging still works.
 */
export default defineFeature({
  id: 'report-page-context',
  include: [() => true],
  init({ url, document, script }, signal) {
    const tracker = createPostTracker();
    registerPostElements(tracker.elementOf);
    const first = recognizePage(document, url);
    let context: PageContext = {
      url: url.href.slice(0, 2048),
      page: first.page,
      profile: first.profile,
      posts: tracker.start(document),
      degraded: null,
      address: first.address,
    };
    // A raw page's posts come from its JSON islands, not from cards to follow.
    if (context.posts.length === 0) context.posts = first.posts;
    reportPageContext(context);

    const waitingForPerson = () => (context.page === 'profile' || context.page === 'activity') && context.profile === null;
    const pending: Node[] = [];
    let removals = false;
    let batch: number | undefined;

    const flush = () => {
      batch = undefined;
      if (signal.aborted) return;
      try {
        handleBatch();
      } catch (error) {
        // A card LinkedIn shapes in a way we did not foresee must not break the page: skip this batch.
        console.warn('[rapport] could not read the page’s changes:', error);
      }
    };

    const handleBatch = () => {
      const gone = removals ? new Set(tracker.removed()) : new Set<string>();
      removals = false;
      const added = tracker.added(pending.splice(0));
      let changed = gone.size > 0;
      let posts = changed ? context.posts.filter((post) => !gone.has(post.key)) : context.posts;
      if (waitingForPerson()) {
        const again = recognizePerson(document, url);
        if (again.profile) {
          context = { ...context, profile: again.profile, degraded: null, address: again.address };
          changed = true;
        } else if (again.address?.name && !context.address?.name) {
          // The page now ties the title's name to this address: the popup can show it.
          context = { ...context, address: again.address };
          changed = true;
        }
      }
      posts = [...posts, ...added];
      if (changed) {
        context = { ...context, posts };
        reportPageContext(context);
      } else if (added.length > 0) {
        reportPageContext(context, added);
        context = { ...context, posts };
      }
    };

    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) pending.push(node);
        if (record.removedNodes.length > 0) removals = true;
      }
      if ((pending.length > 0 || removals) && batch === undefined) batch = script.setTimeout(flush, BATCH_MS);
    });
    // The whole document: LinkedIn's app roots (Ember outlet, React #root) are swapped between generations and even bodies get replaced.
    observer.observe(document.documentElement, { childList: true, subtree: true });

    const degradedCheck = first.degraded
      ? script.setTimeout(() => {
          if (signal.aborted || !waitingForPerson()) return;
          try {
            const again = recognizePerson(document, url);
            if (again.degraded) {
              context = { ...context, degraded: again.degraded, address: again.address ?? context.address };
              reportPageContext(context);
            }
          } catch (error) {
            console.warn('[rapport] could not check the page again:', error);
          }
        }, DEGRADED_AFTER_MS)
      : undefined;

    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(batch);
      clearTimeout(degradedCheck);
    });
  },
});
