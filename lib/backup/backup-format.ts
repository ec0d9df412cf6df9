import { z } from 'zod/mini';
import {
  ContactFields,
  idMatchesProfileUrl,
  JobChangeFields,
  namesWhatChanged,
  NoteSchema,
  TouchpointSchema,
  type Contact,
  type JobChange,
  type Note,
  type Touchpoint,
} from '@/lib/model/schema';
import { IsoDateTimeInput, type Timestamp } from '@/lib/time/instant';
import { t, type MessageKey } from '@/lib/i18n';

/**
 * The backup file: a public contract, documented in docs/backup-format.md.
 * Dates are ISO-8601 strings (any offset is accepted and normalised to UTC);
 * derived fields may be omitted and are recomputed on import.
 */

export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 1;

const isoInput = IsoDateTimeInput;

const BackupContact = z.pipe(
  z
    .extend(ContactFields, {
      createdAt: isoInput,
      updatedAt: isoInput,
      circleSince: isoInput,
      snoozedUntil: z.optional(isoInput),
      connectedAt: z.optional(isoInput),
      headlineSeenAt: z.optional(isoInput),
      companySeenAt: z.optional(isoInput),
      triageSkippedAt: z.optional(isoInput),
      catchUpAt: z.optional(isoInput),
      // Derived: accepted for compatibility, ignored and recomputed.
      lastTouchAt: z.optional(z.unknown()),
      dueAt: z.optional(z.unknown()),
      overdueAt: z.optional(z.unknown()),
      searchWords: z.optional(z.unknown()),
      quietSince: z.optional(z.unknown()),
    })
    .check(idMatchesProfileUrl),
  z.transform(({ lastTouchAt: _l, dueAt: _d, overdueAt: _o, searchWords: _s, quietSince: _q, ...contact }): Contact => contact),
);

const BackupTouchpoint = z.extend(TouchpointSchema, { at: isoInput });
const BackupNote = z.extend(NoteSchema, { createdAt: isoInput, updatedAt: isoInput });
const BackupJobChange = z.extend(JobChangeFields, { detectedAt: isoInput }).check(namesWhatChanged);

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'this is not a Rapport backup (format must be "rapport-backup")' }),
  version: z.literal(BACKUP_VERSION, { error: `unsupported backup version (this Rapport reads version ${BACKUP_VERSION})` }),
});

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoInput,
  contacts: z.array(z.unknown()),
  touchpoints: z.array(z.unknown()),
  notes: z.array(z.unknown()),
  /** Added 2026-11: absent from earlier files, read as none. */
  jobChanges: z.optional(z.array(z.unknown())),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: Timestamp;
  contacts: Contact[];
  touchpoints: Touchpoint[];
  notes: Note[];
  jobChanges: JobChange[];
}

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.length ? ` (${issue.path.join('.')})` : '';
  return `${issue.message}${path}`;
}

/** Stable label for a record in error messages: its id, or its position. */
function recordLabel(kind: MessageKey, index: number, record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? t('backupRecordWithId', t(kind), index + 1, id.slice(0, 80)) : t('backupRecord', t(kind), index + 1);
}

/** Each record of one kind validated, ids unique; or the message naming the first bad one. */
function parseRecords<T extends { id: string }>(kind: MessageKey, records: readonly unknown[], schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: z.core.$ZodError } }): T[] | string {
  const parsed: T[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of records.entries()) {
    const result = schema.safeParse(raw);
    if (!result.success) return t('backupRecordInvalid', recordLabel(kind, index, raw), describeIssue(result.error));
    if (ids.has(result.data.id)) return t('backupRecordTwice', recordLabel(kind, index, raw));
    ids.add(result.data.id);
    parsed.push(result.data);
  }
  return parsed;
}

/**
 * Validates a whole backup before anything is written and names the first bad
 * record: its kind, position, id and the problem.
 */
export function parseBackup(input: unknown): BackupParseResult {
  const header = BackupHeader.safeParse(input);
  if (!header.success) return { ok: false, error: t('backupNotRapport', describeIssue(header.error)) };
  const outer = BackupSchema.safeParse(input);
  if (!outer.success) return { ok: false, error: t('backupMalformed', describeIssue(outer.error)) };
  const contacts = parseRecords<Contact>('backupKindContact', outer.data.contacts, BackupContact);
  if (typeof contacts === 'string') return { ok: false, error: contacts };
  const touchpoints = parseRecords<Touchpoint>('backupKindTouchpoint', outer.data.touchpoints, BackupTouchpoint);
  if (typeof touchpoints === 'string') return { ok: false, error: touchpoints };
  const notes = parseRecords<Note>('backupKindNote', outer.data.notes, BackupNote);
  if (typeof notes === 'string') return { ok: false, error: notes };
  const jobChanges = parseRecords<JobChange>('backupKindJobChange', outer.data.jobChanges ?? [], BackupJobChange);
  if (typeof jobChanges === 'string') return { ok: false, error: jobChanges };
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: outer.data.exportedAt, contacts, touchpoints, notes, jobChanges },
  };
}

/** Parses backup file text; JSON syntax errors get a readable message too. */
export function parseBackupText(text: string): BackupParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: t('backupTextNotJson', (error as Error).message) };
  }
  return parseBackup(json);
}
