import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The fake browser has no `action.setPopup` or `sidePanel.setPanelBehavior`;
 * these in-memory versions let the real background's `main()` apply the
 * toolbar setting in unit tests, and tests read what it set.
 */
export function installFakeToolbar(): void {
  let popup = 'popup.html';
  let behaviour = { openPanelOnActionClick: false };
  Object.assign(fakeBrowser.action, {
    setPopup: async (details: { popup: string }) => void (popup = details.popup),
    getPopup: async () => popup,
  });
  Object.assign(fakeBrowser.sidePanel, {
    setPanelBehavior: async (next: { openPanelOnActionClick?: boolean }) => void (behaviour = { openPanelOnActionClick: next.openPanelOnActionClick ?? false }),
    getPanelBehavior: async () => behaviour,
  });
}
