import { sendToBackground } from '@/lib/messaging/client';
import type { ToBackgroundResult } from '@/lib/messaging/to-background';
import type { BackupCounts, BackupSlice } from '@/lib/backup/backup-chunks';
import { downloadBlob, fileDate } from '@/lib/download';
import { lastBackupAtItem } from '@/lib/storage/items';
import { starterTemplatesItem } from '@/lib/storage/starter-templates-item';
import { t } from '@/lib/i18n';
import { dataWorker } from '../linkedin-import/data-worker-client';

/**
 * Backup files of any size (docs/backup-format.md). No backup travels as one
 * runtime message (Chrome refuses one over 64 MiB): the data worker writes
 * the file in parts, and cuts a file to import into slices that the page
 * relays to the background, which validates each and writes them all at once.
 * The page's main thread never parses the file.
 */

export type BackupImportSummary = ToBackgroundResult<'commitBackupImport'>;

/**
 * Builds the backup file in the data worker and hands it to the download;
 * only then is the backup's date recorded, so a failed export never shows as
 * "Last backup: today".
 */
export async function exportBackupFile(): Promise<BackupCounts> {
  const templates = await starterTemplatesItem.getValue();
  const { file, exportedAt, counts } = await dataWorker().request<'backupFile'>({ type: 'exportBackup', templates });
  downloadBlob(`rapport-backup-${fileDate()}.json`, file);
  await lastBackupAtItem.setValue(exportedAt);
  return counts;
}

export interface BackupToSend {
  frame: unknown;
  counts: BackupCounts;
  slices: number;
  slice(index: number): Promise<BackupSlice>;
}

/**
 * Sends a backup to the background: its frame and counts, then each slice
 * (validated there and staged), then the commit, which writes everything in
 * one transaction. A refused step ends the import with nothing written.
 */
export async function sendBackup(backup: BackupToSend, onProgress: (sent: number, total: number) => void = () => {}): Promise<BackupImportSummary> {
  const { importId } = await sendToBackground({ type: 'startBackupImport', frame: backup.frame, counts: backup.counts });
  for (let index = 0; index < backup.slices; index++) {
    const { kind, json } = await backup.slice(index);
    await sendToBackground({ type: 'stageBackupChunk', importId, kind, records: json });
    onProgress(index + 1, backup.slices);
  }
  return sendToBackground({ type: 'commitBackupImport', importId });
}

/** Imports a backup file chosen by the user, cut up by the data worker. */
export async function importBackupFile(file: File, onProgress?: (sent: number, total: number) => void): Promise<BackupImportSummary> {
  const worker = dataWorker();
  const read = await worker.request<'backupRead' | 'backupNotJson'>({ type: 'readBackup', file });
  if (read.type === 'backupNotJson') throw new Error(t('backupNotJson', file.name, read.message));
  const slice = async (index: number) => (await worker.request<'backupSlice'>({ type: 'backupSlice', index })).slice;
  return sendBackup({ frame: read.frame, counts: read.counts, slices: read.slices, slice }, onProgress);
}
