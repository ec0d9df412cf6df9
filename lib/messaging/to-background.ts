import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { ContactPatch, IMPORT_CHUNK_MAX_JSON, NoteDraft, PersonRef, TouchpointDraft, TouchpointPatch, TouchpointTarget } from '@/lib/model/commands';
import { Circle, ContactSchema, Id, JobChangeSchema, NoteSchema, PersonFields, ProfileUrl, TouchpointSchema } from '@/lib/model/schema';
import { PageContext } from '@/lib/linkedin/types';
import { SettingsSchema } from '@/lib/storage/settings';
import { Timestamp } from '@/lib/time/instant';
import { message } from '@/lib/messaging/message';
import { BACKUP_CHUNK_MAX_JSON, BACKUP_RECORD_KINDS } from '@/lib/backup/backup-kinds';

const RecordCount = z.int().check(z.nonnegative(), z.maximum(100_000_000));
const BackupCountsSchema = z.strictObject({ contacts: RecordCount, touchpoints: RecordCount, notes: RecordCount, jobChanges: RecordCount });

/**
 * Messages to the background, from content scripts and extension pages.
 * Commands are verbs (`logTouchpoint`), notifications past tense
 * (`pageContextChanged`). The background `safeParse`s each one before acting
 * and takes the tab from the sender, never from the body.
 *
 * Who may send what: `anyContext` messages come from content scripts or
 * extension pages; `extensionPage` ones (destructive or privileged: delete,
 * import, settings) are refused unless sent from one of Rapport's own pages.
 */
export const ToBackground = z.discriminatedUnion('type', [
  /**
   * The content script recognised (or re-recognised) its page. The tab comes from the sender.
   * With `append`, `context.posts` holds only posts new since the last message for the same
   * URL (infinite scroll) and the background adds them to what it has; otherwise it replaces it.
   */
  message('pageContextChanged', { context: PageContext, append: z.optional(z.literal(true)) }),
  /** What a tab shows, as last reported by its content script. */
  message('getTabContext', { tabId: z.int().check(z.nonnegative()) }),
  message('logTouchpoint', { target: TouchpointTarget, touchpoint: TouchpointDraft }),
  /** Undo a log the background made for this tab moments ago (content scripts hold no other delete right). */
  message('undoTouchpoint', { id: Id }),
  /** Where a person stands, for the button injected on their profile. */
  message('getContactStatus', { profileUrl: ProfileUrl }),
  /** The user right-clicked a profile link: name the context menu after the person. */
  message('profileLinkTargeted', { profileUrl: ProfileUrl, name: PersonFields.shape.name }),
  message('updateTouchpoint', { id: Id, patch: TouchpointPatch }),
  message('deleteTouchpoint', { id: Id }),
  message('addContact', { person: PersonRef, circle: z.optional(Circle) }),
  message('updateContact', { id: Id, patch: ContactPatch }),
  message('resetTriageSkips', {}),
  message('snoozeContact', { id: Id, until: z.nullable(Timestamp) }),
  /** Snoozes everyone due now until `until` ("Snooze all"). */
  message('snoozeAllDue', { until: Timestamp }),
  message('deleteContact', { id: Id }),
  /**
   * With `person`, the person is added first (circle `wider`) if not in Rapport yet, in the same
   * transaction: the first note about someone is one message, so closing the panel right after
   * typing cannot leave them added without their note.
   */
  message('saveNote', { note: NoteDraft, person: z.optional(PersonRef) }),
  message('deleteNote', { id: Id }),
  /** Congratulate (logs a `congrats` touchpoint) or dismiss a detected job change. */
  message('settleJobChange', { id: Id, outcome: z.enum(['congratulated', 'dismissed']) }),
  message('exportBackup', {}),
  /** The backup is validated again, record by record, before anything is written. */
  message('importBackup', { backup: z.unknown() }),
  /**
   * A backup of any size, in slices (docs/backup-format.md): the frame (format, version, exportedAt)
   * with the record counts, then each slice of records as JSON text, then the commit, which writes
   * everything in one transaction. Each step is validated; a bad slice ends the import, nothing written.
   */
  message('startBackupImport', { frame: z.unknown(), counts: BackupCountsSchema }),
  message('stageBackupChunk', { importId: Id, kind: z.enum(BACKUP_RECORD_KINDS), records: z.string().check(z.maxLength(BACKUP_CHUNK_MAX_JSON)) }),
  message('commitBackupImport', { importId: Id }),
  message('deleteAllData', {}),
  /**
   * One slice of a LinkedIn data export, mapped by the options page's worker and
   * relayed as JSON text (so the page's main thread never handles thousands of
   * rows); the background parses it and validates it with `ImportChunk`.
   */
  message('importLinkedInChunk', { chunk: z.string().check(z.maxLength(IMPORT_CHUNK_MAX_JSON)) }),
  message('getSettings', {}),
  message('updateSettings', { settings: SettingsSchema }),
]);
export type ToBackground = z.infer<typeof ToBackground>;
export type ToBackgroundType = ToBackground['type'];
export type ToBackgroundMessage<T extends ToBackgroundType> = Extract<ToBackground, { type: T }>;

export const Access = z.enum(['anyContext', 'extensionPage']);
export type Access = z.infer<typeof Access>;

const LogResult = z.strictObject({
  contact: ContactSchema,
  touchpoint: TouchpointSchema,
  contactCreated: z.boolean(),
  touchpointCreated: z.boolean(),
});

export const BackupImportSummary = z.strictObject({
  contactsAdded: z.int(),
  contactsUpdated: z.int(),
  touchpointsAdded: z.int(),
  touchpointsUpdated: z.int(),
  notesAdded: z.int(),
  notesUpdated: z.int(),
  jobChangesAdded: z.int(),
  keptNewer: z.int(),
});

export const ImportChunkResult = z.strictObject({
  contactsAdded: z.int(),
  contactsUpdated: z.int(),
  touchpointsAdded: z.int(),
  contactsNotFound: z.int(),
});

/** Per message: who may send it and the shape of its reply. */
export const toBackgroundSpec = {
  pageContextChanged: { access: 'anyContext', result: z.null() },
  getTabContext: { access: 'extensionPage', result: z.nullable(PageContext) },
  logTouchpoint: { access: 'anyContext', result: LogResult },
  undoTouchpoint: { access: 'anyContext', result: z.null() },
  getContactStatus: { access: 'anyContext', result: z.nullable(ContactSchema) },
  profileLinkTargeted: { access: 'anyContext', result: z.null() },
  updateTouchpoint: { access: 'extensionPage', result: TouchpointSchema },
  deleteTouchpoint: { access: 'extensionPage', result: TouchpointSchema },
  addContact: { access: 'extensionPage', result: ContactSchema },
  updateContact: { access: 'extensionPage', result: ContactSchema },
  resetTriageSkips: { access: 'extensionPage', result: z.int().check(z.nonnegative()) },
  snoozeContact: { access: 'extensionPage', result: ContactSchema },
  snoozeAllDue: { access: 'extensionPage', result: z.strictObject({ snoozed: z.int() }) },
  deleteContact: { access: 'extensionPage', result: z.null() },
  saveNote: { access: 'extensionPage', result: NoteSchema },
  deleteNote: { access: 'extensionPage', result: z.null() },
  settleJobChange: { access: 'extensionPage', result: JobChangeSchema },
  // The backup's records were validated on import or write; the reply is large, so only its frame is checked here.
  exportBackup: {
    access: 'extensionPage',
    result: z.strictObject({
      format: z.literal('rapport-backup'),
      version: z.literal(1),
      exportedAt: Timestamp,
      contacts: z.array(z.unknown()),
      touchpoints: z.array(z.unknown()),
      notes: z.array(z.unknown()),
      jobChanges: z.array(z.unknown()),
    }),
  },
  importBackup: { access: 'extensionPage', result: BackupImportSummary },
  startBackupImport: { access: 'extensionPage', result: z.strictObject({ importId: Id }) },
  stageBackupChunk: { access: 'extensionPage', result: z.null() },
  commitBackupImport: { access: 'extensionPage', result: BackupImportSummary },
  deleteAllData: { access: 'extensionPage', result: z.null() },
  importLinkedInChunk: { access: 'extensionPage', result: ImportChunkResult },
  getSettings: { access: 'anyContext', result: SettingsSchema },
  updateSettings: { access: 'extensionPage', result: SettingsSchema },
} as const satisfies Record<ToBackgroundType, { access: Access; result: $ZodType }>;

export type ToBackgroundResult<T extends ToBackgroundType> = z.infer<(typeof toBackgroundSpec)[T]['result']>;

