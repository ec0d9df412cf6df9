import type { browser } from 'wxt/browser';

// Code passed to page.evaluate / worker.evaluate runs inside Chromium, where the extension APIs are `chrome.*`.
declare global {
  const chrome: typeof browser;
}
