import type { AppDB } from '@/lib/db/app-db';
import { importBackup } from '@/lib/db/repo/writes/backup';
import type { Backup } from '@/lib/backup/backup-format';
import type { BackupImportSummary } from '@/lib/model/results';
import type { WriteContext } from '@/lib/model/write-context';
import { starterTemplatesItem } from '@/lib/storage/starter-templates-item';

/**
 * Restores a validated backup: its records in one IndexedDB transaction and,
 * when the file carries them, the user's edited templates (extension
 * storage): each moment the file has replaces the one here, the others stay
 * as they are (nothing typed is lost). All or nothing across both: the
 * templates are written first and put back as they were if the records fail.
 * A file without templates (older than 2026-12) leaves them alone.
 */
export async function restoreBackup(db: AppDB, backup: Backup, context: WriteContext): Promise<BackupImportSummary> {
  if (backup.templates === undefined) return importBackup(db, backup, context);
  const before = await starterTemplatesItem.getValue();
  await starterTemplatesItem.setValue({ ...before, ...backup.templates });
  try {
    return await importBackup(db, backup, context);
  } catch (error) {
    await starterTemplatesItem.setValue(before);
    throw error;
  }
}
