import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { RapportError } from '@/lib/errors';
import { envelope, type Reply } from '@/lib/messaging/message';
import { ToTab } from '@/lib/messaging/to-tab';
import { t } from '@/lib/i18n';
import { pageSkeleton } from '@/lib/linkedin/page-report';
import { currentPageContext, showPost } from './page-context';
import { showToast } from './toast';
import { ask } from './ask-background';
import { menuTargetLink } from './menu-target';

/**
 * The content script's answers to the background (lib/messaging/to-tab.ts):
 * validated with zod/mini, only from Rapport's background (not from another
 * content script), and replied to with the same envelope as the background's
 * receiver.
 */
export function createTabMessageListener() {
  return (raw: unknown, sender: { id?: string; tab?: unknown }): Promise<Reply<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    return envelope(async () => {
      const parsed = ToTab.safeParse(raw);
      if (!parsed.success) throw new RapportError('invalid-message', 'Rejected message.');
      const message = parsed.data;
      switch (message.type) {
        case 'getPageContext':
          return currentPageContext();
        case 'touchpointLogged':
          showToast(message.text, () => ask({ type: 'undoTouchpoint', id: message.touchpointId }, z.null()).then(() => showToast(t('undone')), () => undefined));
          return null;
        case 'showNotice':
          showToast(message.text);
          return null;
        case 'getPageReport':
          return pageSkeleton(document);
        case 'showPost':
          return showPost(message.key);
        case 'getMenuTargetLink':
          return menuTargetLink(message.targetElementId);
      }
    });
  };
}
