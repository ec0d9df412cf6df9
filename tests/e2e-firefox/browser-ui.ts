import type { FirefoxHarness } from './harness';

/**
 * Firefox's own UI, reached the way its remote agent allows a trusted test
 * driver: with `--remote-allow-system-access` (which the harness passes),
 * WebDriver BiDi also lists the browser window's chrome-scope browsing context
 * (`browsingContext.getTree` with `moz:scope: "chrome"`) and evaluates script
 * in it. BiDi's input actions reach web pages only, never a context menu's
 * items or the browser's shortcut handling (Alt+Shift+L pressed through BiDi
 * logs nothing): from the browser window's side the tests use the very menu
 * item and `<key>` elements Firefox made for Rapport.
 */

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

const connectionOf = (rapport: FirefoxHarness) => (rapport.browser as unknown as { connection: BidiConnection }).connection;

/** Evaluates `expression` (an expression, may be a promise) in the browser window's chrome scope and returns its JSON-able value. */
export async function inBrowserWindow<T>(rapport: FirefoxHarness, expression: string): Promise<T> {
  const connection = connectionOf(rapport);
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = (tree.contexts as Array<{ context: string; url: string }>).find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No Firefox browser window in chrome scope: is --remote-allow-system-access passed?');
  const { result } = await connection.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context: window.context },
    awaitPromise: true,
  });
  if (result.type !== 'success') throw new Error(`In the browser window: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
  return JSON.parse(result.result.value ?? 'null') as T;
}

/** The content area's context menu as Firefox shows it now: open or not, and the items Rapport added (label, hidden). */
export const contextMenu = (rapport: FirefoxHarness) =>
  inBrowserWindow<{ state: string; items: Array<{ label: string; hidden: boolean }> }>(
    rapport,
    `(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      const items = [...menu.querySelectorAll('menuitem')].filter((item) => item.id.startsWith('rapport_rapport_invalid-menuitem-'));
      return { state: menu.state, items: items.map((item) => ({ label: item.label, hidden: item.hidden })) };
    })()`,
  );

/** Chooses Rapport's item in the open context menu, as a click on it does (`activateItem`: Firefox runs the item's command and closes the menu). */
export const chooseRapportMenuItem = (rapport: FirefoxHarness) =>
  inBrowserWindow<string>(
    rapport,
    `(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      const item = [...menu.querySelectorAll('menuitem')].find((i) => i.id.startsWith('rapport_rapport_invalid-menuitem-') && !i.hidden);
      if (!item) throw new Error('Rapport has no item in the context menu');
      menu.activateItem(item);
      return item.label;
    })()`,
  );

/** Closes the context menu without choosing (Escape). */
export const closeContextMenu = (rapport: FirefoxHarness) =>
  inBrowserWindow<null>(rapport, `(document.getElementById('contentAreaContextMenu').hidePopup(), null)`);

/**
 * Fires the keyboard shortcut Firefox registered for Rapport with `key`
 * (Alt+Shift+`key`): the `<key>` element in the extension's keyset, whose
 * command is what the pressed keys run.
 */
export const pressShortcut = (rapport: FirefoxHarness, key: string) =>
  inBrowserWindow<{ modifiers: string }>(
    rapport,
    `(() => {
      const element = [...document.querySelectorAll('#ext-keyset-id-rapport_rapport_invalid key')].find((k) => k.getAttribute('key') === ${JSON.stringify(key)});
      if (!element) throw new Error('No Rapport shortcut with key ${key}');
      element.doCommand();
      return { modifiers: element.getAttribute('modifiers') };
    })()`,
  );
