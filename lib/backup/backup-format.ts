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
import { describeZodIssue } from '@/lib/errors';
import { OpenLoopSchema, type OpenLoop } from '@/lib/model/open-loop';
import { KeyDateFields, type KeyDate } from '@/lib/model/key-date';
import { consistentParties, IntroductionFields, introductionContactIds, twoPeople, type Introduction } from '@/lib/model/introduction';
import { NeedSchema, type Need } from '@/lib/model/need';
import { IsoDateTimeInput, type Timestamp } from '@/lib/time/instant';
import { t, type MessageKey } from '@/lib/i18n';
import { BACKUP_FORMAT, BACKUP_RECORD_KINDS, BACKUP_VERSION, type BackupRecordKind } from '@/lib/backup/backup-kinds';
import { StarterTemplates } from '@/lib/starters/templates';

/**
 * The backup file: a public contract, documented in docs/backup-format.md.
 * Dates are ISO-8601 strings (any offset is accepted and normalised to UTC);
 * derived fields may be omitted and are recomputed on import.
 */

export { BACKUP_FORMAT, BACKUP_VERSION };

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
      memberIdSeenAt: z.optional(isoInput),
      triageSkippedAt: z.optional(isoInput),
      catchUpAt: z.optional(isoInput),
      // Derived: accepted for compatibility, ignored and recomputed.
      lastTouchAt: z.optional(z.unknown()),
      dueAt: z.optional(z.unknown()),
      overdueAt: z.optional(z.unknown()),
      searchWords: z.optional(z.unknown()),
      quietSince: z.optional(z.unknown()),
      strength: z.optional(z.unknown()),
      strengthFacts: z.optional(z.unknown()),
      strengthChangesAt: z.optional(z.unknown()),
      connectedMonthDay: z.optional(z.unknown()),
      nameKey: z.optional(z.unknown()),
    })
    .check(idMatchesProfileUrl),
  z.transform(
    ({
      lastTouchAt: _l,
      dueAt: _d,
      overdueAt: _o,
      searchWords: _s,
      quietSince: _q,
      strength: _st,
      strengthFacts: _sf,
      strengthChangesAt: _sc,
      connectedMonthDay: _c,
      nameKey: _n,
      ...contact
    }): Contact => contact,
  ),
);

const BackupTouchpoint = z.extend(TouchpointSchema, { at: isoInput });
const BackupNote = z.extend(NoteSchema, { createdAt: isoInput, updatedAt: isoInput });
const BackupJobChange = z.extend(JobChangeFields, { detectedAt: isoInput }).check(namesWhatChanged);
/** `openDay` is derived (the day while open) and recomputed. */
const BackupLoop = z.pipe(
  z.extend(OpenLoopSchema, { createdAt: isoInput, updatedAt: isoInput, doneAt: z.optional(isoInput), openDay: z.optional(z.unknown()) }),
  z.transform(({ openDay: _open, ...loop }): OpenLoop => (loop.doneAt === undefined ? { ...loop, openDay: loop.dueDay } : loop)),
);
/** `monthDay` is derived from month and day and recomputed. */
const BackupKeyDate = z.pipe(
  z.extend(KeyDateFields, { createdAt: isoInput, updatedAt: isoInput, monthDay: z.optional(z.unknown()) }),
  z.transform(({ monthDay: _m, ...date }): KeyDate => ({ ...date, monthDay: `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` })),
);
const BackupNeed = z.extend(NeedSchema, { createdAt: isoInput, updatedAt: isoInput, closedAt: z.optional(isoInput) });

/** `contactIds` is derived from the two sides and recomputed; the result is checked as stored. */
const BackupIntroduction = z.pipe(
  z.extend(IntroductionFields, { at: isoInput, createdAt: isoInput, updatedAt: isoInput, contactIds: z.optional(z.unknown()) }).check(twoPeople, consistentParties),
  z.transform(({ contactIds: _ids, ...introduction }): Introduction => ({ ...introduction, contactIds: introductionContactIds(introduction) })),
);

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
  /** Added 2026-12 (open loops, key dates): absent from earlier files, read as none. */
  loops: z.optional(z.array(z.unknown())),
  keyDates: z.optional(z.array(z.unknown())),
  /** Added 2026-12 (introductions, issue 17): absent from earlier files, read as none. */
  introductions: z.optional(z.array(z.unknown())),
  /** Added 2026-12 (your current needs): absent from earlier files, read as none. */
  needs: z.optional(z.array(z.unknown())),
  /**
   * Added 2026-12: the user's edited "words to start with" templates, by
   * moment (a moment left out was not edited). On import each replaces the
   * same moment's template; absent (earlier files, or nothing edited), the
   * templates in Rapport are left as they are. Small: it travels in the frame.
   */
  templates: z.optional(StarterTemplates),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: Timestamp;
  contacts: Contact[];
  touchpoints: Touchpoint[];
  notes: Note[];
  jobChanges: JobChange[];
  loops: OpenLoop[];
  keyDates: KeyDate[];
  introductions: Introduction[];
  needs: Need[];
  /** The user's templates when the file carries them (see BackupSchema); absent: leave Rapport's as they are. */
  templates?: StarterTemplates;
}

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; error: string };


/** Stable label for a record in error messages: its id, or its position. */
function recordLabel(kind: MessageKey, index: number, record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? t('backupRecordWithId', t(kind), index + 1, id.slice(0, 80)) : t('backupRecord', t(kind), index + 1);
}

export { BACKUP_RECORD_KINDS, type BackupRecordKind };

const RECORD_SCHEMAS = {
  contacts: { label: 'backupKindContact', schema: BackupContact },
  touchpoints: { label: 'backupKindTouchpoint', schema: BackupTouchpoint },
  notes: { label: 'backupKindNote', schema: BackupNote },
  jobChanges: { label: 'backupKindJobChange', schema: BackupJobChange },
  loops: { label: 'backupKindLoop', schema: BackupLoop },
  keyDates: { label: 'backupKindKeyDate', schema: BackupKeyDate },
  introductions: { label: 'backupKindIntroduction', schema: BackupIntroduction },
  needs: { label: 'backupKindNeed', schema: BackupNeed },
} as const satisfies Record<BackupRecordKind, { label: MessageKey; schema: unknown }>;

type RecordOf<K extends BackupRecordKind> = Backup[K][number];

/**
 * A backup's frame, checked as a whole file would be (format, version, date,
 * no unknown field, the record lists present) but with every record list
 * empty: a chunked import sends the records apart, in slices.
 */
export function parseBackupFrame(input: unknown): { ok: true; exportedAt: Timestamp; templates?: StarterTemplates } | { ok: false; error: string } {
  const header = BackupHeader.safeParse(input);
  if (!header.success) return { ok: false, error: t('backupNotRapport', describeZodIssue(header.error)) };
  const frame = BackupSchema.safeParse(input);
  if (!frame.success) return { ok: false, error: t('backupMalformed', describeZodIssue(frame.error)) };
  const { contacts, touchpoints, notes, jobChanges = [], loops = [], keyDates = [], introductions = [], needs = [] } = frame.data;
  if (contacts.length + touchpoints.length + notes.length + jobChanges.length + loops.length + keyDates.length + introductions.length + needs.length > 0) return { ok: false, error: t('backupMalformed', 'records belong in slices') };
  return { ok: true, exportedAt: frame.data.exportedAt, ...(frame.data.templates ? { templates: frame.data.templates } : {}) };
}

/**
 * Validates one slice of a kind's records, which start at position `offset`
 * in the file (for error messages), against the ids already seen (updated).
 */
export function parseBackupRecordSlice<K extends BackupRecordKind>(kind: K, records: readonly unknown[], offset: number, seenIds: Set<string>): RecordOf<K>[] | string {
  const { label, schema } = RECORD_SCHEMAS[kind];
  const parsed: RecordOf<K>[] = [];
  for (const [index, raw] of records.entries()) {
    const result = (schema as { safeParse(value: unknown): { success: true; data: RecordOf<K> } | { success: false; error: z.core.$ZodError } }).safeParse(raw);
    if (!result.success) return t('backupRecordInvalid', recordLabel(label, offset + index, raw), describeZodIssue(result.error));
    if (seenIds.has(result.data.id)) return t('backupRecordTwice', recordLabel(label, offset + index, raw));
    seenIds.add(result.data.id);
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
  if (!header.success) return { ok: false, error: t('backupNotRapport', describeZodIssue(header.error)) };
  const outer = BackupSchema.safeParse(input);
  if (!outer.success) return { ok: false, error: t('backupMalformed', describeZodIssue(outer.error)) };
  const contacts = parseBackupRecordSlice('contacts', outer.data.contacts, 0, new Set());
  if (typeof contacts === 'string') return { ok: false, error: contacts };
  const touchpoints = parseBackupRecordSlice('touchpoints', outer.data.touchpoints, 0, new Set());
  if (typeof touchpoints === 'string') return { ok: false, error: touchpoints };
  const notes = parseBackupRecordSlice('notes', outer.data.notes, 0, new Set());
  if (typeof notes === 'string') return { ok: false, error: notes };
  const jobChanges = parseBackupRecordSlice('jobChanges', outer.data.jobChanges ?? [], 0, new Set());
  if (typeof jobChanges === 'string') return { ok: false, error: jobChanges };
  const loops = parseBackupRecordSlice('loops', outer.data.loops ?? [], 0, new Set());
  if (typeof loops === 'string') return { ok: false, error: loops };
  const keyDates = parseBackupRecordSlice('keyDates', outer.data.keyDates ?? [], 0, new Set());
  if (typeof keyDates === 'string') return { ok: false, error: keyDates };
  const introductions = parseBackupRecordSlice('introductions', outer.data.introductions ?? [], 0, new Set());
  if (typeof introductions === 'string') return { ok: false, error: introductions };
  const needs = parseBackupRecordSlice('needs', outer.data.needs ?? [], 0, new Set());
  if (typeof needs === 'string') return { ok: false, error: needs };
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: outer.data.exportedAt,
      contacts,
      touchpoints,
      notes,
      jobChanges,
      loops,
      keyDates,
      introductions,
      needs,
      ...(outer.data.templates ? { templates: outer.data.templates } : {}),
    },
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
