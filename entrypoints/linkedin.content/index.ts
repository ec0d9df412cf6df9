import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFeatures } from '@/lib/features/feature-manager';
import { features } from './features';
import { createTabMessageListener } from './tab-messages';

/**
 * Runs on every LinkedIn page: starts the features (lib/features) and answers
 * the background's questions about the tab (tab-messages.ts). Lean by design:
 * no React, no Dexie, zod/mini only (budget: 40 KB gzipped, scripts/size-budgets.mjs).
 */
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const onMessage = createTabMessageListener();
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    startFeatures(ctx, features);
  },
});
