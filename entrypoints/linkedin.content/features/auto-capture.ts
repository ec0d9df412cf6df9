import { z } from 'zod/mini';
import { defineFeature } from '@/lib/features/define-feature';
import { watchComments } from '@/lib/capture/comment-capture';
import { watchLikes } from '@/lib/capture/like-capture';
import { watchReposts } from '@/lib/capture/repost-capture';
import { parsePost } from '@/lib/linkedin/parse-post';
import { canonicalProfileUrl } from '@/lib/linkedin/profile-url';
import { loggedSentence } from '@/lib/contacts/labels';
import { t } from '@/lib/i18n';
import { ask, AutoCaptureSetting, BackgroundRefused, PageLogResult } from '../ask-background';
import { showToast } from '../toast';

type Captured = 'like' | 'comment' | 'share';

/** Taking a reaction back within this long removes the touchpoint it logged. */
export const UNDO_REACTION_MS = 10_000;

/**
 * Automatic capture (a setting, on by default): reacting to, commenting on
 * (when sent) or reposting (when LinkedIn confirms it) a post whose author is
 * already in Rapport logs a touchpoint of that type, once per post, type and
 * day. Only the user's own gestures count (lib/capture: trusted events on the
 * post's own controls, followed by LinkedIn's confirmation), never what a
 * page script does. Never adds people: authors not in Rapport are ignored.
 */
export default defineFeature({
  id: 'auto-capture',
  include: [() => true],
  async init({ document }, signal) {
    const settings = await ask({ type: 'getSettings' }, AutoCaptureSetting).catch(() => null);
    if (!settings?.autoCapture || signal.aborted) return;

    /** Likes logged here recently, by post element: a reaction taken back soon after is undone. */
    const recentLikes = new WeakMap<Element, { id: string; at: number }>();

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
        // The same words as a log by hand: one voice for every confirmation.
        showToast(loggedSentence(type, result.contact.name), () => undo(touchpointId));
      } catch (error) {
        // The author is not in Rapport (not-found), or Rapport is reloading: nothing to capture.
        if (!(error instanceof BackgroundRefused) || error.code !== 'not-found') console.debug('[rapport] auto-capture skipped:', error);
      }
    }

    async function undo(id: string) {
      await ask({ type: 'undoTouchpoint', id }, z.null()).then(
        () => showToast(t('undone')),
        () => undefined,
      );
    }

    watchLikes(document, signal, {
      reacted: (post) => void capture(post, 'like'),
      unreacted(post) {
        const recent = recentLikes.get(post);
        recentLikes.delete(post);
        if (recent && Date.now() - recent.at <= UNDO_REACTION_MS) void undo(recent.id);
      },
    });
    watchComments(document, signal, { sent: (post) => void capture(post, 'comment') });
    watchReposts(document, signal, { reposted: (post) => void capture(post, 'share') });
  },
});
