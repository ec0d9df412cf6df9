import { BACKUP_FORMAT, BACKUP_RECORD_KINDS, BACKUP_VERSION, parseBackupFrame, parseBackupRecordSlice, type Backup, type BackupRecordKind } from '@/lib/backup/backup-format';
import type { BackupCounts } from '@/lib/backup/backup-chunks';
import { t } from '@/lib/i18n';

/**
 * A backup arriving in slices: each slice is validated as it comes (record
 * schemas, ids unique across slices, kinds in file order), and the whole is
 * handed out only when every announced record has arrived. Nothing is
 * written while staging: the import itself is one transaction at the end.
 */
export class BackupStaging {
  private readonly records: { [K in BackupRecordKind]: Backup[K] } = { contacts: [], touchpoints: [], notes: [], jobChanges: [], loops: [], keyDates: [], introductions: [], needs: [] };
  private readonly ids: Record<BackupRecordKind, Set<string>> = {
    contacts: new Set(),
    touchpoints: new Set(),
    notes: new Set(),
    jobChanges: new Set(),
    loops: new Set(),
    keyDates: new Set(),
    introductions: new Set(),
    needs: new Set(),
  };
  private kindIndex = 0;

  private constructor(
    private readonly exportedAt: Backup['exportedAt'],
    private readonly expected: BackupCounts,
    private readonly templates: Backup['templates'],
  ) {}

  /** Starts from the backup's frame and the record counts it announces; or the message saying what is wrong. */
  static start(frame: unknown, expected: BackupCounts): BackupStaging | string {
    const parsed = parseBackupFrame(frame);
    return parsed.ok ? new BackupStaging(parsed.exportedAt, expected, parsed.templates) : parsed.error;
  }

  /** Adds one slice (a JSON array of records of `kind`); returns an error message and keeps nothing of it when invalid. */
  add(kind: BackupRecordKind, json: string): string | null {
    const index = BACKUP_RECORD_KINDS.indexOf(kind);
    if (index < this.kindIndex) return t('backupSliceOutOfOrder', kind);
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      return t('backupTextNotJson', (error as Error).message);
    }
    if (!Array.isArray(raw)) return t('backupSliceNotList', kind);
    const have = this.records[kind].length;
    if (have + raw.length > this.expected[kind]) return t('backupSliceCountMismatch', kind, this.expected[kind]);
    // Validated against a copy of the ids seen, so a rejected slice leaves no trace.
    const seen = new Set(this.ids[kind]);
    const parsed = parseBackupRecordSlice(kind, raw, have, seen);
    if (typeof parsed === 'string') return parsed;
    this.kindIndex = index;
    this.ids[kind] = seen;
    (this.records[kind] as unknown[]).push(...parsed);
    return null;
  }

  /** The whole backup once every announced record has arrived; otherwise the message naming what is missing. */
  finish(): Backup | string {
    for (const kind of BACKUP_RECORD_KINDS) {
      if (this.records[kind].length !== this.expected[kind]) return t('backupSliceCountMismatch', kind, this.expected[kind]);
    }
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: this.exportedAt, ...this.records, ...(this.templates ? { templates: this.templates } : {}) };
  }
}
