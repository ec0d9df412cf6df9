import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsSection } from '@/entrypoints/options/settings/settings-section';
import { readSettings } from '@/lib/storage/items';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { RapportError } from '@/lib/errors';
import { connectPagesToBackground } from '../../../helpers/background';
import type * as Client from '@/lib/messaging/client';

// The background refuses the next save (Rapport updating, storage full): every other message goes through.
const failNextSave = { value: false };
vi.mock('@/lib/messaging/client', async (importOriginal) => {
  const original = await importOriginal<typeof Client>();
  return {
    ...original,
    sendToBackground: ((message: { type: string }) => {
      if (message.type === 'updateSettings' && failNextSave.value) {
        failNextSave.value = false;
        return Promise.reject(new RapportError('internal', 'Rapport is being updated.'));
      }
      return original.sendToBackground(message as never);
    }) as typeof original.sendToBackground,
  };
});

beforeEach(() => {
  connectPagesToBackground();
  failNextSave.value = false;
});

describe('a setting that could not be saved', () => {
  it('says so, keeps the edit in the form, and Retry saves it', async () => {
    const user = userEvent.setup();
    render(<SettingsSection />);
    await screen.findByRole('heading', { name: 'How often to keep in touch' });
    failNextSave.value = true;
    await user.click(screen.getByLabelText('Log my likes, comments and reposts of people already in Rapport'));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Rapport is being updated. Your changes are still here.');
    expect(screen.getByLabelText('Log my likes, comments and reposts of people already in Rapport')).toHaveProperty('checked', false);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('Settings saved.');
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, autoCapture: false });
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
