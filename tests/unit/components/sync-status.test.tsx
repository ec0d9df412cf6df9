import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SyncStatusLine } from '@/components/sync-status';
import { syncConfigItem, syncStatusItem } from '@/lib/sync/sync-items';

const server = { url: 'https://couch.example.org', database: 'rapport', username: 'me', password: 'secret' };

describe('the sync status line', () => {
  it('shows nothing while sync is off, and says so on the options page', async () => {
    const { container, unmount } = render(<SyncStatusLine />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe('');
    unmount();
    render(<SyncStatusLine showOff />);
    expect(await screen.findByText('Sync is off.')).toBeTruthy();
  });

  it('says when it last synced, what waits, and what went wrong in plain words, with Sync now', async () => {
    await syncConfigItem.setValue({ enabled: true, server });
    await syncStatusItem.setValue({ lastSyncedAt: '2026-12-01T09:30:00.000Z', pending: 3, running: false, error: 'unreachable' });
    render(<SyncStatusLine />);
    expect(await screen.findByText(/could not be reached/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/Last synced .*Changes waiting to sync: 3\./);
    expect(screen.getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', false);
    // The background's next status replaces it live.
    await syncStatusItem.setValue({ lastSyncedAt: '2026-12-01T09:30:00.000Z', pending: 0, running: true, error: null });
    expect(await screen.findByText(/Syncing…/)).toBeTruthy();
    expect(screen.queryByText(/could not be reached/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', true);
  });
});
