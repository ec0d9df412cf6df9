import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// One source for Chrome MV3 and Firefox. Permissions are the narrowest the
// features need; each one is justified in docs/privacy.md.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports only: every module says where its names come from.
  imports: false,
  vite: () => ({
    // Dexie's modern build (ES2018+, published under dexie/dist/*): smaller, and every browser we ship to runs it.
    resolve: {
      alias: [
        { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
        // PouchDB's browser builds import Node's 'events' (sync, issue 19): a small EventEmitter of our own.
        { find: /^events$/, replacement: fileURLToPath(new URL('./lib/sync/events-shim.ts', import.meta.url)) },
      ],
    },
    build: { sourcemap: process.env.RAPPORT_SOURCEMAP === '1' },
  }),
  // Firefox's sources archive: what a reviewer needs to rebuild the add-on, not local benchmark output.
  zip: { excludeSources: ['bench-results/**', 'coverage/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'log-message': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandLogMessage__' },
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandOpenPopup__',
      },
      // Chrome allows four suggested keys per extension and skips keys that are its own (Alt+Shift+P, R and N
      // are, in Chromium 156 on Linux: checked with chrome.commands.getAll()). Firefox toggles its sidebar with
      // the built-in command.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenSidePanel__',
      },
    },
    // Firefox: also `menus` (the same menu items, no prompt): its content-script part, `menus.getTargetElement`, needs it (context-menu.ts).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', ...(browser === 'firefox' ? ['menus'] : [])],
    host_permissions: ['https://www.linkedin.com/*'],
    // Opt-in sync (issue 19): nothing at install; Settings ▸ Sync requests the one server origin the user names
    // (permissions.request), and turning sync off offers to remove it. http only for a server on this computer.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // Declared empty so that no other extension or web page can connect.
    externally_connectable: { ids: [] },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rapport@rapport.invalid',
              // data_collection_permissions needs Firefox 140 (Android 142).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
});
