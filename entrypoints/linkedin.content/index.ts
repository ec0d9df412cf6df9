import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ToTab } from '@/lib/messaging/to-tab';
import type { PageContext } from '@/lib/linkedin/types';
import { profileSlugFromUrl } from '@/lib/linkedin/profile-url';

function recognise(): PageContext {
  const page = profileSlugFromUrl(location.href) ? 'profile' : 'other';
  return { url: location.href, page, profile: null, posts: [], degraded: null };
}

function report(ctx: ContentScriptContext): void {
  if (!ctx.isValid) return;
  browser.runtime.sendMessage({ type: 'pageContextChanged', context: recognise() }).catch(() => {
    // The extension was reloaded or the worker is starting; the next navigation reports again.
  });
}

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const parsed = ToTab.safeParse(raw);
      if (!parsed.success) return Promise.resolve({ ok: false, error: { code: 'invalid-message', message: 'Rejected message.' } });
      return Promise.resolve({ ok: true, value: recognise() });
    });
    report(ctx);
    ctx.addEventListener(window, 'wxt:locationchange', () => report(ctx));
  },
});
