import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/** The origins a sync server may have (one is requested at run time): any https server, http only on this computer. */
const SYNC_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

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
    build: {
      sourcemap: process.env.RAPPORT_SOURCEMAP === '1',
      // ASCII output (other characters as \u escapes): a script with even one character beyond Latin-1 is
      // decoded into a two-byte string, which costs every page that loads the shared chunk time before it runs.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
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
    // MV2 (the Firefox build) has no optional_host_permissions: origins go in optional_permissions there (WXT
    // drops the MV3 key from an MV2 manifest; tests/unit/meta/manifest-sync.test.ts checks both builds).
    ...(manifestVersion === 2 ? { optional_permissions: SYNC_ORIGINS } : { optional_host_permissions: SYNC_ORIGINS }),
    // Declared empty so that no other extension or web page can connect.
    externally_connectable: { ids: [] },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rapport@rapport.invalid',
              // data_collection_permissions needs Firefox 140 (Android 142).
              strict_min_version: '140.0',
              // Nothing is collected to use Rapport. Opt-in sync sends, encrypted, to the server the user names:
              // people's names and profile details (personallyIdentifyingInfo, websiteContent), notes and logged
              // messages (personalCommunications), logged reactions and comments (websiteActivity). Settings ▸ Sync
              // asks for these together with the server's origin (lib/sync/sync-settings.ts SYNC_DATA_COLLECTION).
              data_collection_permissions: {
                required: ['none'],
                optional: ['personallyIdentifyingInfo', 'personalCommunications', 'websiteActivity', 'websiteContent'],
              },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
});
