import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ToolbarSection } from '@/entrypoints/options/toolbar-section';
import { readSettings, settingsItem } from '@/lib/storage/items';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { connectPagesToBackground } from '../../helpers/background';

beforeEach(() => {
  connectPagesToBackground();
});

describe('the toolbar setting on the options page', () => {
  it('opens the popup by default; choosing the side panel saves at once, keeping the other settings', async () => {
    const user = userEvent.setup();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoCapture: false });
    render(<ToolbarSection />);
    const popup = await screen.findByRole('radio', { name: 'The popup: log a touchpoint in one click' });
    expect((popup as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'The side panel: notes and history beside the page' }));
    expect(await screen.findByText('Saved. The next click on the toolbar button opens the side panel.')).toBeTruthy();
    await vi.waitFor(async () => expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, autoCapture: false, toolbarOpens: 'sidePanel' }));
  });
});
