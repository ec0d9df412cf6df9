import { z } from 'zod/mini';
import { defineFeature } from '@/lib/features/define-feature';
import { watchMessages } from '@/lib/capture/message-capture';
import type { Conversation } from '@/lib/linkedin/messaging';
import { t } from '@/lib/i18n';
import { ask, BackgroundRefused, MessageCaptureSetting, PageLogResult } from '../ask-background';
import { showToast } from '../toast';
import { loggedSentence } from '@/lib/contacts/labels';

/**
 * Message capture (a setting, on by default for one-to-one conversations):
 * the user's own Send in a LinkedIn conversation (the full messaging page or
 * an overlay bubble) logs an outgoing `message` touchpoint with the other
 * person, if they are in Rapport, once per person and day, with Undo. Group
 * conversations log nothing unless the setting allows it, and then for each
 * participant in Rapport the header names. Only the date and direction are
 * stored, never the text.
 */
export default defineFeature({
  id: 'message-capture',
  include: [() => true],
  async init({ document }, signal) {
    const settings = await ask({ type: 'getSettings' }, MessageCaptureSetting).catch(() => null);
    if (!settings || settings.messageCapture === 'off' || signal.aborted) return;
    const groupsToo = settings.messageCapture === 'also-groups';

    async function capture(person: string, conversation: Conversation['kind']) {
      try {
        const result = await ask({ type: 'captureMessage', person, conversation }, PageLogResult);
        const { touchpointId } = result;
        if (touchpointId === null) return; // Already logged today.
        showToast(loggedSentence('message', result.contact.name), () => undo(touchpointId));
      } catch (error) {
        // Not in Rapport (not-found), capture turned off since (forbidden), or Rapport is reloading.
        if (!(error instanceof BackgroundRefused) || (error.code !== 'not-found' && error.code !== 'forbidden')) console.debug('[rapport] message capture skipped:', error);
      }
    }

    async function undo(id: string) {
      await ask({ type: 'undoTouchpoint', id }, z.null()).then(
        () => showToast(t('undone')),
        () => undefined,
      );
    }

    watchMessages(document, signal, {
      sent(conversation) {
        if (conversation.kind === 'one-to-one') {
          if (conversation.partner.profileUrl) void capture(conversation.partner.profileUrl, 'one-to-one');
        } else if (groupsToo) {
          for (const person of conversation.participants) if (person.profileUrl) void capture(person.profileUrl, 'group');
        }
      },
    });
  },
});
