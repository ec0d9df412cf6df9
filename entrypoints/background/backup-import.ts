import { getDb } from '@/lib/db/db';
import { restoreBackup } from './restore-backup';
import { BackupStaging } from '@/lib/backup/backup-staging';
import { importRunningBadge } from '@/lib/badge/badge-state';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { ToBackgroundMessage, ToBackgroundResult } from '@/lib/messaging/to-background';
import { currentWriteContext } from './write-context';
import { notifyDataChanged } from './data-changed';
import { withBadgeState } from './badge';

/**
 * A backup import of any size, in three steps (docs/backup-format.md): the
 * options page announces the backup's frame and record counts, sends its
 * records in validated slices, then commits. Slices are staged in memory and
 * written in one transaction at the commit: all or nothing. One import at a
 * time; a worker restart loses the staging, and the commit then says so.
 */

type ChunkedImportType = 'startBackupImport' | 'stageBackupChunk' | 'commitBackupImport';
type ChunkedImportHandlers = { [T in ChunkedImportType]: (message: ToBackgroundMessage<T>) => Promise<ToBackgroundResult<T>> };

let staged: { id: string; staging: BackupStaging } | undefined;

const nothingImported = (reason: string) => new RapportError('invalid-import', t('errorNothingImported', reason));

function stagingFor(importId: string): BackupStaging {
  if (staged?.id !== importId) throw new RapportError('invalid-import', t('backupImportInterrupted'));
  return staged.staging;
}

export const chunkedImportHandlers: ChunkedImportHandlers = {
  async startBackupImport({ frame, counts }) {
    const staging = BackupStaging.start(frame, counts);
    if (typeof staging === 'string') throw nothingImported(staging);
    staged = { id: crypto.randomUUID(), staging };
    return { importId: staged.id };
  },

  async stageBackupChunk({ importId, kind, records }) {
    const error = stagingFor(importId).add(kind, records);
    if (error !== null) {
      staged = undefined;
      throw nothingImported(error);
    }
    return null;
  },

  async commitBackupImport({ importId }) {
    const backup = stagingFor(importId).finish();
    staged = undefined;
    if (typeof backup === 'string') throw nothingImported(backup);
    const context = await currentWriteContext();
    const summary = await withBadgeState('importRunning', importRunningBadge(), () => restoreBackup(getDb(), backup, context));
    notifyDataChanged();
    return summary;
  },
};
