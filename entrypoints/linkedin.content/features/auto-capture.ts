import { z } from 'zod/mini';
import { defineFeature } from '@/lib/features/define-feature';
import { commentedPostOf, isRepostMenuChoice, likeStateOf, repostButtonPostOf } from '@/lib/linkedin/engagement';
import { parsePost } from '@/lib/linkedin/parse-post';
import { canonicalProfileUrl } from '@/lib/linkedin/profile-url';
import { touchpointTypeLabel } from '@/lib/contacts/labels';
import { t } from '@/lib/i18n';
import { ask, AutoCaptureSetting, BackgroundRefused, PageLogResult } from '../ask-background';
import { showToast } from '../toast';

type Captured = 'like' | 'comment' | 'share';

/** Taking a reaction back within this long removes the touchpoint it logged. */
export const UNDO_REACTION_MS = 10_000;
/** A repost menu choice counts for the post whose Repost button opened the menu this recently. */
const REPOST_MENU_MS = 30_000;

/**
 * Automatic capture (a setting, on by default): reacting to, commenting on
 * (when sent) or reposting a post whose author is already in Rapport logs a
 * touchpoint of that type, once per post, type and day. Detected by state
 * (aria-pressed, the comment form's submission, the repost menu), never by
 * English labels. Never adds people: authors not in Rapport are ignored.
 */
export default defineFeature({
  id: 'auto-capture',
  include: [() => true],
  async init({ document }, signal) {
    const settings = await ask({ type: 'getSettings' }, AutoCaptureSetting).catch(() => null);
    if (!settings?.autoCapture || signal.aborted) return;

    /** Likes logged here recently, by post element: a reaction taken back soon after is undone. */
    const recentLikes = new WeakMap<Element, { id: string; at: number }>();
    let repostOpenedOn: { post: Element; at: number } | null = null;

    async function capture(post: Element, type: Captured) {
      const recognised = parsePost(post);
      const author = recognised?.author;
      const profileUrl = author?.kind === 'person' && author.profileUrl ? canonicalProfileUrl(author.profileUrl) : null;
      if (!recognised || !profileUrl) return;
      try {
        const result = await ask(
          { type: 'captureEngagement', author: profileUrl, post: { key: recognised.key, urn: recognised.urn || null }, touchpointType: type },
          PageLogResult,
        );
        const { touchpointId } = result;
        if (touchpointId === null) return; // Already logged today.
        if (type === 'like') recentLikes.set(post, { id: touchpointId, at: Date.now() });
        showToast(t('autoLogged', touchpointTypeLabel(type), result.contact.name), () => undo(touchpointId));
      } catch (error) {
        // The author is not in Rapport (not-found), or Rapport is reloading: nothing to capture.
        if (!(error instanceof BackgroundRefused) || error.code !== 'not-found') console.debug('[rapport] auto-capture skipped:', error);
      }
    }

    async function undo(id: string) {
      await ask({ type: 'undoTouchpoint', id }, z.null()).then(
        () => showToast(t('autoUndone')),
        () => undefined,
      );
    }

    // Reactions: the Like button's state flips (aria-pressed, or the V4 state label).
    const reactions = new MutationObserver((records) => {
      for (const record of records) {
        const state = likeStateOf(record.target as Element);
        if (!state) continue;
        if (state.reacted) void capture(state.post, 'like');
        else {
          const recent = recentLikes.get(state.post);
          recentLikes.delete(state.post);
          if (recent && Date.now() - recent.at <= UNDO_REACTION_MS) void undo(recent.id);
        }
      }
    });
    reactions.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['aria-pressed', 'aria-label'] });
    signal.addEventListener('abort', () => reactions.disconnect());

    // Comments: when the comment form is sent (submit, or its submit button).
    const onCommentSent = (event: Event) => {
      const post = event.target instanceof Element ? commentedPostOf(event.target) : null;
      if (post) void capture(post, 'comment');
    };
    document.addEventListener('submit', onCommentSent, { capture: true, signal });

    // Reposts: the Repost button opens a menu; choosing in it reposts.
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target instanceof Element ? event.target : null;
        if (!target) return;
        const repostPost = repostButtonPostOf(target);
        if (repostPost) {
          repostOpenedOn = { post: repostPost, at: Date.now() };
          return;
        }
        if (repostOpenedOn && Date.now() - repostOpenedOn.at <= REPOST_MENU_MS && isRepostMenuChoice(target)) {
          const { post } = repostOpenedOn;
          repostOpenedOn = null;
          void capture(post, 'share');
          return;
        }
        // A comment box that is not a <form> (no submit event) is sent with its submit button.
        const commented = target.closest('form') ? null : commentedPostOf(target);
        if (commented) void capture(commented, 'comment');
      },
      { capture: true, signal },
    );
  },
});
