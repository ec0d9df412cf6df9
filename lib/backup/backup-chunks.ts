import type { Backup } from '@/lib/backup/backup-format';
import { BACKUP_CHUNK_MAX_JSON, BACKUP_FORMAT, BACKUP_RECORD_KINDS, BACKUP_VERSION, type BackupRecordKind } from '@/lib/backup/backup-kinds';

/**
 * Backups of any size. A runtime message is limited (Chrome refuses one over
 * 64 MiB), so a backup never travels whole: the options page's worker writes
 * the file in parts and sends an import to the background in slices of at
 * most {@link BACKUP_CHUNK_MAX_JSON} characters of JSON (docs/backup-format.md).
 */


/** Characters per part of the file's text: the Blob is assembled from these, never from one huge string. */
const FILE_PART_CHARS = 1_000_000;

export interface BackupSlice {
  kind: BackupRecordKind;
  /** The records as a JSON array. */
  json: string;
  count: number;
}

/** The record counts per kind, as the frame of a chunked import announces them. */
export type BackupCounts = Record<BackupRecordKind, number>;

export const countsOf = (backup: { readonly [K in BackupRecordKind]: readonly unknown[] }): BackupCounts => Object.fromEntries(BACKUP_RECORD_KINDS.map((kind) => [kind, backup[kind].length])) as BackupCounts;

/**
 * The backup file's text as parts to join (a Blob): one record per line,
 * parts of about a megabyte. JSON.parse of the joined text gives `backup`.
 */
export function backupFileParts(backup: Backup): string[] {
  const parts: string[] = [];
  let current = `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(backup.exportedAt)}`;
  if (backup.templates) current += `,\n"templates":${JSON.stringify(backup.templates)}`;
  for (const kind of BACKUP_RECORD_KINDS) {
    current += `,\n${JSON.stringify(kind)}:[`;
    backup[kind].forEach((record, index) => {
      current += `${index === 0 ? '' : ','}\n${JSON.stringify(record)}`;
      if (current.length >= FILE_PART_CHARS) {
        parts.push(current);
        current = '';
      }
    });
    current += backup[kind].length > 0 ? '\n]' : ']';
  }
  parts.push(`${current}\n}\n`);
  return parts;
}

type RecordLists = { readonly [K in BackupRecordKind]: readonly unknown[] };

/** The backup's records, kind by kind in file order, as slices of at most {@link BACKUP_CHUNK_MAX_JSON} characters. */
export function backupSlices(backup: RecordLists, maxChars: number = BACKUP_CHUNK_MAX_JSON): BackupSlice[] {
  const slices: BackupSlice[] = [];
  for (const kind of BACKUP_RECORD_KINDS) {
    let records: string[] = [];
    let size = 2;
    const flush = () => {
      if (records.length > 0) slices.push({ kind, json: `[${records.join(',')}]`, count: records.length });
      records = [];
      size = 2;
    };
    for (const record of backup[kind]) {
      const json = JSON.stringify(record) ?? 'null';
      if (size + json.length + 1 > maxChars) flush();
      records.push(json);
      size += json.length + 1;
    }
    flush();
  }
  return slices;
}

export type BackupTextSlices =
  | {
      ok: true;
      /** The file without its records: each record list present is left as `[]`, for the background to check the file's frame as a whole. */
      frame: unknown;
      counts: BackupCounts;
      slices: BackupSlice[];
    }
  | { ok: false; notJson: string };

/**
 * Cuts a backup file's text into its frame and slices of records, without
 * judging them: the background validates the frame, then every slice, and
 * writes nothing unless all of it is valid. Runs in the options page's worker
 * (which has no i18n: the only problem it reports is JSON syntax, as is).
 */
export function sliceBackupText(text: string, maxChars: number = BACKUP_CHUNK_MAX_JSON): BackupTextSlices {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, notJson: (error as Error).message };
  }
  const lists = Object.fromEntries(BACKUP_RECORD_KINDS.map((kind) => [kind, []])) as unknown as Record<BackupRecordKind, readonly unknown[]>;
  let frame = json;
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const top = { ...(json as Record<string, unknown>) };
    for (const kind of BACKUP_RECORD_KINDS) {
      const list = top[kind];
      if (!Array.isArray(list)) continue;
      lists[kind] = list;
      top[kind] = [];
    }
    frame = top;
  }
  return { ok: true, frame, counts: countsOf(lists), slices: backupSlices(lists, maxChars) };
}
