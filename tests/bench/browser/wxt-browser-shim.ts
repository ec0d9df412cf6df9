// Stands in for `wxt/browser` when a benchmark bundles Rapport's code into a page: the extension's
// own service worker (where `chrome` exists), or a plain web page (where it does not, and the code
// under measurement must not need it: only error messages, through i18n, would).
const globals = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
export const browser = (globals.browser ?? globals.chrome)!;
