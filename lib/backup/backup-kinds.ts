/**
 * What the message protocol and the options page's worker need of the backup
 * format, with no imports: the content script bundles the protocol and must
 * not bundle the backup schemas, and the worker has no extension APIs (the
 * schemas' messages need i18n).
 */

export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 1;

/** The record arrays of a backup, in file order. */
export const BACKUP_RECORD_KINDS = ['contacts', 'touchpoints', 'notes', 'jobChanges', 'loops', 'keyDates', 'introductions', 'needs'] as const;
export type BackupRecordKind = (typeof BACKUP_RECORD_KINDS)[number];

/**
 * Characters of JSON per import slice: far below Chrome's 64 MiB message
 * limit, and any single record (a note is ≤ 100,000 characters) fits.
 */
export const BACKUP_CHUNK_MAX_JSON = 4_000_000;
