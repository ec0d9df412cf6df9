import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyToolbarSetting, registerToolbar } from '@/entrypoints/background/toolbar';
import { handleCommand } from '@/entrypoints/background/commands';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { deliver } from '../../helpers/background';

let openPanel: ReturnType<typeof vi.fn>;
const toolbar = async () => ({ popup: await fakeBrowser.action.getPopup({}), behaviour: await fakeBrowser.sidePanel.getPanelBehavior() });

beforeEach(() => {
  openPanel = vi.fn(async () => {});
  fakeBrowser.sidePanel.open = openPanel as unknown as typeof fakeBrowser.sidePanel.open;
  delete (fakeBrowser as { sidebarAction?: unknown }).sidebarAction;
});

describe('what the toolbar button opens', () => {
  it('is the popup by default', async () => {
    await fakeBrowser.action.setPopup({ popup: '' });
    await applyToolbarSetting();
    expect(await toolbar()).toEqual({ popup: 'popup.html', behaviour: { openPanelOnActionClick: false } });
  });

  it('follows the setting as soon as it changes, and back', async () => {
    registerToolbar();
    await deliver({ type: 'updateSettings', settings: { ...DEFAULT_SETTINGS, toolbarOpens: 'sidePanel' } });
    await vi.waitFor(async () => expect(await toolbar()).toEqual({ popup: '', behaviour: { openPanelOnActionClick: true } }));
    await deliver({ type: 'updateSettings', settings: DEFAULT_SETTINGS });
    await vi.waitFor(async () => expect(await toolbar()).toEqual({ popup: 'popup.html', behaviour: { openPanelOnActionClick: false } }));
  });

  it('in Firefox (no openPanelOnActionClick), a click with the popup unset toggles the sidebar', async () => {
    const toggle = vi.fn(async () => {});
    (fakeBrowser as { sidebarAction?: unknown }).sidebarAction = { open: vi.fn(), toggle };
    registerToolbar();
    await fakeBrowser.action.onClicked.trigger({ id: 1, windowId: 2 } as never);
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});

describe('the open-side-panel keyboard shortcut', () => {
  it('opens the panel of the window the shortcut was pressed in', async () => {
    await handleCommand('open-side-panel', { id: 5, windowId: 3 } as Parameters<typeof handleCommand>[1]);
    expect(openPanel).toHaveBeenCalledWith({ windowId: 3 });
  });
});
