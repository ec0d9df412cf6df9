import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LastBackupStatus } from '@/entrypoints/options/backup/last-backup-status';
import { lastBackupAtItem } from '@/lib/storage/items';
import { deliver } from '../../../helpers/background';

const NOW = Date.parse('2026-11-27T09:00:00.000Z');

describe('the last backup on the options page', () => {
  it('reminds the user when there has never been a backup', async () => {
    render(<LastBackupStatus now={() => NOW} />);
    expect(await screen.findByText(/You have not exported a backup yet/)).toBeTruthy();
  });

  it('shows a recent backup’s date without a reminder', async () => {
    await lastBackupAtItem.setValue('2026-11-20T09:00:00.000Z');
    render(<LastBackupStatus now={() => NOW} />);
    expect((await screen.findByText(/^Last backup: 20 Nov 2026/)).className).toBe('muted');
  });

  it('reminds the user when the last backup is older than 30 days', async () => {
    await lastBackupAtItem.setValue('2026-10-01T09:00:00.000Z');
    render(<LastBackupStatus now={() => NOW} />);
    const status = await screen.findByText(/^Last backup: 1 Oct 2026/);
    expect(status.textContent).toMatch(/That is 57 days ago: export a new one\./);
    expect(status.className).toContain('warning');
  });

  it('is recorded by the background when it exports a backup, and the page follows it', async () => {
    render(<LastBackupStatus now={() => NOW} />);
    await screen.findByText(/You have not exported a backup yet/);
    const reply = await deliver({ type: 'exportBackup' });
    expect(reply.ok).toBe(true);
    const exportedAt = (reply as { value: { exportedAt: string } }).value.exportedAt;
    expect(await lastBackupAtItem.getValue()).toBe(exportedAt);
    expect(await screen.findByText(/^Last backup: /)).toBeTruthy();
  });
});
