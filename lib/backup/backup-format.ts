import { z } from 'zod/mini';
import { ContactFields, idMatchesProfileUrl, NoteSchema, TouchpointSchema, type Contact, type Note, type Touchpoint } from '@/lib/db/schema';
import { IsoDateTimeInput, type Timestamp } from '@/lib/time';

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
      // Derived: accepted for compatibility, ignored and recomputed.
      lastTouchAt: z.optional(z.unknown()),
      dueAt: z.optional(z.unknown()),
      overdueAt: z.optional(z.unknown()),
      searchWords: z.optional(z.unknown()),
    })
    .check(idMatchesProfileUrl),
  z.transform(({ lastTouchAt: _l, dueAt: _d, overdueAt: _o, searchWords: _s, ...contact }): Contact => contact),
);

const BackupTouchpoint = z.extend(TouchpointSchema, { at: isoInput });
const BackupNote = z.extend(NoteSchema, { createdAt: isoInput, updatedAt: isoInput });

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
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: Timestamp;
  contacts: Contact[];
  touchpoints: Touchpoint[];
  notes: Note[];
}

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.length ? ` (${issue.path.join('.')})` : '';
  return `${issue.message}${path}`;
}

/** Stable label for a record in error messages: its id, or its position. */
function recordLabel(kind: string, index: number, record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `${kind} #${index + 1} (id "${id.slice(0, 80)}")` : `${kind} #${index + 1}`;
}

/**
 * Validates a whole backup before anything is written and names the first bad
 * record: its kind, position, id and the problem.
 */
export function parseBackup(input: unknown): BackupParseResult {
  const header = BackupHeader.safeParse(input);
  if (!header.success) return { ok: false, error: `Not a Rapport backup: ${describeIssue(header.error)}.` };
  const outer = BackupSchema.safeParse(input);
  if (!outer.success) return { ok: false, error: `The backup file is malformed: ${describeIssue(outer.error)}.` };

  const contacts: Contact[] = [];
  const contactIds = new Set<string>();
  for (const [index, raw] of outer.data.contacts.entries()) {
    const parsed = BackupContact.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `${recordLabel('Contact', index, raw)} is invalid: ${describeIssue(parsed.error)}.` };
    if (contactIds.has(parsed.data.id)) return { ok: false, error: `${recordLabel('Contact', index, raw)} appears twice.` };
    contactIds.add(parsed.data.id);
    contacts.push(parsed.data);
  }
  const touchpoints: Touchpoint[] = [];
  const touchpointIds = new Set<string>();
  for (const [index, raw] of outer.data.touchpoints.entries()) {
    const parsed = BackupTouchpoint.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `${recordLabel('Touchpoint', index, raw)} is invalid: ${describeIssue(parsed.error)}.` };
    if (touchpointIds.has(parsed.data.id)) return { ok: false, error: `${recordLabel('Touchpoint', index, raw)} appears twice.` };
    touchpointIds.add(parsed.data.id);
    touchpoints.push(parsed.data);
  }
  const notes: Note[] = [];
  const noteIds = new Set<string>();
  for (const [index, raw] of outer.data.notes.entries()) {
    const parsed = BackupNote.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `${recordLabel('Note', index, raw)} is invalid: ${describeIssue(parsed.error)}.` };
    if (noteIds.has(parsed.data.id)) return { ok: false, error: `${recordLabel('Note', index, raw)} appears twice.` };
    noteIds.add(parsed.data.id);
    notes.push(parsed.data);
  }
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: outer.data.exportedAt, contacts, touchpoints, notes },
  };
}

/** Parses backup file text; JSON syntax errors get a readable message too. */
export function parseBackupText(text: string): BackupParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}.` };
  }
  return parseBackup(json);
}
