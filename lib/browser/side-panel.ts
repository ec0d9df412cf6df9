import { browser } from 'wxt/browser';
import { RapportError } from '@/lib/errors';
import { toolbarAction } from '@/lib/browser/toolbar';
import type { ToolbarOpens } from '@/lib/storage/settings';

/**
 * The one place that knows the two browsers' side panels: Chrome's
 * `sidePanel` (panel per window, `openPanelOnActionClick`) and Firefox's
 * `sidebarAction` (absent from Chrome's types, hence the narrow interface).
 */

interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

const firefoxSidebar = () => (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
const chromeSidePanel = () => (browser as { sidePanel?: Partial<typeof browser.sidePanel> }).sidePanel;

/** Whether this browser lets Rapport open its side panel from a button or a shortcut. */
export function canOpenSidePanel(): boolean {
  return typeof chromeSidePanel()?.open === 'function' || typeof firefoxSidebar()?.open === 'function';
}

/**
 * Opens the side panel of `windowId` (Chrome needs it; Firefox opens the
 * current window's sidebar). Both browsers demand a user gesture: call this
 * synchronously from the click or command handler, with nothing awaited first.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (typeof sidePanel?.open === 'function') {
    if (windowId === undefined) return Promise.reject(new RapportError('internal', 'Rapport could not tell which window to open its side panel in.'));
    return sidePanel.open({ windowId });
  }
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  return Promise.reject(new RapportError('internal', 'This browser has no side panel for Rapport.'));
}

/** Makes the toolbar button open the popup or the side panel. */
export async function setToolbarOpens(opens: ToolbarOpens): Promise<void> {
  await toolbarAction().setPopup({ popup: opens === 'popup' ? 'popup.html' : '' });
  await chromeSidePanel()?.setPanelBehavior?.({ openPanelOnActionClick: opens === 'sidePanel' });
}

/**
 * Firefox has no `openPanelOnActionClick`: with the popup unset, a click on
 * the toolbar button arrives here and toggles the sidebar (Chrome opens its
 * panel by itself and never calls this).
 */
export function onToolbarClickToggleSidebar(): void {
  toolbarAction().onClicked.addListener(() => void firefoxSidebar()?.toggle());
}
