import { sendToBackground } from '@/lib/messaging/client';
import type { ToBackgroundResult } from '@/lib/messaging/to-background';
import { parseBackup, type Backup } from '@/lib/backup/backup-format';
import { backupSlices, countsOf, type BackupCounts } from '@/lib/backup/backup-chunks';
import { downloadBlob, fileDate } from '@/components/download';
import { lastBackupAtItem } from '@/lib/storage/items';
import { t } from '@/lib/i18n';
import { dataWorker } from './data-worker-client';

/**
 * Backup files of any size (docs/backup-format.md). No backup travels as one
 * runtime message (Chrome refuses one over 64 MiB): the data worker writes
 * the file in parts, and an import goes to the background in slices.
 */

export type BackupImportSummary = ToBackgroundResult<'commitBackupImport'>;

/**
 * Builds the backup file in the data worker and hands it to the download;
 * only then is the backup's date recorded, so a failed export never shows as
 * "Last backup: today".
 */
export async function exportBackupFile(): Promise<BackupCounts> {
  const { file, exportedAt, counts } = await dataWorker().request<'backupFile'>({ type: 'exportBackup' });
  downloadBlob(`rapport-backup-${fileDate()}.json`, file);
  await lastBackupAtItem.setValue(exportedAt);
  return counts;
}

/** Reads and validates the whole file here, before anything is sent: a bad record is named and nothing is written. */
export async function readBackupFile(file: File): Promise<Backup> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    throw new Error(t('backupNotJson', file.name, (error as Error).message), { cause: error });
  }
  const parsed = parseBackup(json);
  if (!parsed.ok) throw new Error(t('errorNothingImported', parsed.error));
  return parsed.backup;
}

/**
 * Sends a validated backup to the background in slices, each validated again
 * there and staged, then commits: the background writes it all in one
 * transaction, or nothing.
 */
export async function sendBackup(backup: Backup, onProgress: (sent: number, total: number) => void = () => {}): Promise<BackupImportSummary> {
  const slices = backupSlices(backup);
  const frame = { format: backup.format, version: backup.version, exportedAt: backup.exportedAt };
  const { importId } = await sendToBackground({ type: 'startBackupImport', frame, counts: countsOf(backup) });
  for (const [index, slice] of slices.entries()) {
    await sendToBackground({ type: 'stageBackupChunk', importId, kind: slice.kind, records: slice.json });
    onProgress(index + 1, slices.length);
  }
  return sendToBackground({ type: 'commitBackupImport', importId });
}
