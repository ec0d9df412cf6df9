import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/app';
import { connectPagesToBackground } from '../../helpers/background';

beforeEach(() => {
  connectPagesToBackground();
  fakeBrowser.windows.getCurrent = (async () => ({ id: 3 })) as unknown as typeof fakeBrowser.windows.getCurrent;
});

describe('the popup’s “Open side panel” button', () => {
  it('opens the side panel of the popup’s window and closes the popup', async () => {
    const user = userEvent.setup();
    const open = vi.fn(async () => {});
    fakeBrowser.sidePanel.open = open as unknown as typeof fakeBrowser.sidePanel.open;
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App search="?tabId=7" />);
    await screen.findByText('Open a LinkedIn profile or post to log a touchpoint.');
    await user.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    close.mockRestore();
  });

  it('says so when the browser refuses', async () => {
    const user = userEvent.setup();
    fakeBrowser.sidePanel.open = (async () => {
      throw new Error('No active side panel for windowId: 3');
    }) as unknown as typeof fakeBrowser.sidePanel.open;
    render(<App search="?tabId=7" />);
    await screen.findByText('Open a LinkedIn profile or post to log a touchpoint.');
    await user.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The side panel did not open: No active side panel for windowId: 3');
  });
});
