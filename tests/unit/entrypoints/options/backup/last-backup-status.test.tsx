import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { exportBackupFile } from '@/entrypoints/options/backup/backup-transfer';
import { LastBackupStatus } from '@/entrypoints/options/backup/last-backup-status';
import { lastBackupAtItem } from '@/lib/storage/items';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { deliver } from '../../../helpers/background';
import { contextAt, person } from '../../../helpers/context';

const NOW = Date.parse('2026-11-27T09:00:00.000Z');
const EXPORTED_AT = '2026-11-27T08:59:00.000Z';

// The data worker (a real Worker in the options page) builds the file; here it answers as it would for an empty database.
vi.mock('@/entrypoints/options/linkedin-import/data-worker-client', () => ({
  dataWorker: () => ({
    request: async () => ({ type: 'backupFile', file: new Blob(['{}']), exportedAt: EXPORTED_AT, counts: { contacts: 0, touchpoints: 0, notes: 0, jobChanges: 0 } }),
  }),
}));

describe('the last backup on the options page', () => {
  it('warns of no backup only once there is someone to lose: never on an empty install, and as soon as a person is added', async () => {
    const { container } = render(<LastBackupStatus now={() => NOW} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
    await addPerson(getDb(), person('jane-doe'), 'key', contextAt('2026-11-02T09:00:00.000Z'));
    expect((await screen.findByText(/You have not exported a backup yet/)).className).toContain('warning');
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

  it('is recorded once the backup file was handed to the download, and the page follows it', async () => {
    await addPerson(getDb(), person('jane-doe'), 'key', contextAt('2026-11-02T09:00:00.000Z'));
    render(<LastBackupStatus now={() => NOW} />);
    await screen.findByText(/You have not exported a backup yet/);
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    expect(await exportBackupFile()).toEqual({ contacts: 0, touchpoints: 0, notes: 0, jobChanges: 0 });
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(await lastBackupAtItem.getValue()).toBe(EXPORTED_AT);
    expect(await screen.findByText(/^Last backup: /)).toBeTruthy();
  });

  it('is not recorded when the file could not be handed to the download', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('out of memory');
    });
    await expect(exportBackupFile()).rejects.toThrow('out of memory');
    expect(await lastBackupAtItem.getValue()).toBeNull();
  });

  it('is never recorded by the background’s own export (tools and tests read data through it)', async () => {
    expect((await deliver({ type: 'exportBackup' })).ok).toBe(true);
    expect(await lastBackupAtItem.getValue()).toBeNull();
  });
});
