import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsSection } from '@/entrypoints/options/settings/settings-section';
import { readSettings, settingsItem } from '@/lib/storage/items';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { connectPagesToBackground } from '../../../helpers/background';

beforeEach(() => {
  connectPagesToBackground();
});

describe('the toolbar setting on the options page', () => {
  it('opens the popup by default; the side panel can be chosen, saved at once with the other settings', async () => {
    const user = userEvent.setup();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoCapture: false });
    render(<SettingsSection />);
    const group = await screen.findByRole('group', { name: 'A click on Rapport’s toolbar button opens' });
    const popup = screen.getByRole('radio', { name: 'The popup: log a touchpoint in one click' });
    expect(group.contains(popup)).toBe(true);
    expect((popup as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'The side panel: notes and history beside the page' }));
    await screen.findByText('Settings saved.');
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, autoCapture: false, toolbarOpens: 'sidePanel' });
  });
});
