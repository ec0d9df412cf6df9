import { browser } from 'wxt/browser';

/**
 * The toolbar button's API: MV3 `action` in the Chrome build, MV2
 * `browserAction` in the Firefox build. Everything that sets the button's
 * popup, badge or click goes through this one lookup.
 */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
