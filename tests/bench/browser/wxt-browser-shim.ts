// Stands in for `wxt/browser` when a benchmark bundles background code into the extension's own service worker.
export const browser = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
