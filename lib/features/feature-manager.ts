import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Feature } from '@/lib/features/define-feature';

/**
 * Runs content-script features on the first page and again on every SPA
 * navigation (`wxt:locationchange`: WXT uses the Navigation API where the
 * browser has it). Each navigation gets a fresh AbortController; the previous
 * one is aborted first, so a feature's observers and timers from the page
 * being left stop before the next page's start. A failing feature is logged
 * and skipped: nothing is ever thrown into LinkedIn's page.
 */
export function startFeatures(script: ContentScriptContext, features: readonly Feature[], document: Document = window.document): void {
  let current: AbortController | null = null;
  script.onInvalidated(() => current?.abort());

  const run = (href: string) => {
    current?.abort();
    if (!script.isValid) return;
    const controller = new AbortController();
    current = controller;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return;
    }
    for (const feature of features) {
      if (!feature.include.some((matches) => matches(url)) || feature.exclude?.some((matches) => matches(url))) continue;
      try {
        const result = feature.init({ url, document, script }, controller.signal);
        if (result instanceof Promise) result.catch((error: unknown) => report(feature, error));
      } catch (error) {
        report(feature, error);
      }
    }
  };

  script.addEventListener(window, 'wxt:locationchange', (event) => run(event.newUrl.href));
  run(window.location.href);
}

function report(feature: Feature, error: unknown): void {
  console.warn(`[rapport] feature “${feature.id}” failed:`, error);
}
