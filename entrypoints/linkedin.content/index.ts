import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFeatures } from '@/lib/features/feature-manager';
import { ToTab } from '@/lib/messaging/to-tab';
import { features } from './features';
import { currentPageContext } from './page-context';
import { showToast } from './toast';
import { ask } from './background';
import { t } from '@/lib/i18n';
import { z } from 'zod/mini';

/**
 * Runs on every LinkedIn page: starts the features (lib/features) and answers
 * the background's questions about the tab. Lean by design: no React, no
 * Dexie, zod/mini only (budget: 40 KB gzipped, scripts/size-budgets.mjs).
 */
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const onMessage = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const parsed = ToTab.safeParse(raw);
      if (!parsed.success) return Promise.resolve({ ok: false, error: { code: 'invalid-message', message: 'Rejected message.' } });
      const message = parsed.data;
      try {
        switch (message.type) {
          case 'getPageContext':
            return Promise.resolve({ ok: true, value: currentPageContext() });
          case 'touchpointLogged':
            showToast(message.text, () => ask({ type: 'undoTouchpoint', id: message.touchpointId }, z.null()).then(() => showToast(t('undone')), () => undefined));
            return Promise.resolve({ ok: true, value: null });
          case 'showNotice':
            showToast(message.text);
            return Promise.resolve({ ok: true, value: null });
        }
      } catch {
        return Promise.resolve({ ok: false, error: { code: 'internal', message: 'Rapport could not read this page.' } });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    startFeatures(ctx, features);
  },
});
