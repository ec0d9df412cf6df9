import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { BULK_CONTACTS_LIMIT, BulkContactChange, ContactPatch, IMPORT_CHUNK_MAX_JSON, NoteDraft, PersonRef, TouchpointDraft, TouchpointPatch, TouchpointTarget } from '@/lib/model/commands';
import { Circle, ContactSchema, Id, JobChangeSchema, NoteSchema, PersonFields, PostUrn, ProfileUrl, TouchpointSchema, TouchpointType } from '@/lib/model/schema';
import { BackupImportSummary, ImportChunkResult, LogResult } from '@/lib/model/results';
import { ContactStatus, PageLogResult } from '@/lib/model/page-replies';
import { PageContext, RecognizedPost } from '@/lib/linkedin/types';
import { SettingsSchema } from '@/lib/storage/settings';
import { Timestamp } from '@/lib/time/instant';
import { message } from '@/lib/messaging/message';
import { BACKUP_CHUNK_MAX_JSON, BACKUP_RECORD_KINDS } from '@/lib/backup/backup-kinds';
import { LoopDraft, LoopPatch, OpenLoopSchema } from '@/lib/model/open-loop';
import { KeyDateDraft, KeyDateSchema } from '@/lib/model/key-date';
import { IntroductionDraft, IntroductionPatch, IntroductionSchema } from '@/lib/model/introduction';
import { NeedDraft, NeedPatch, NeedSchema } from '@/lib/model/need';
import { StarterTemplates } from '@/lib/starters/templates';
import { SyncServer, SyncStatus } from '@/lib/sync/sync-settings';

const RecordCount = z.int().check(z.nonnegative(), z.maximum(100_000_000));
const BackupCountsSchema = z.strictObject({ contacts: RecordCount, touchpoints: RecordCount, notes: RecordCount, jobChanges: RecordCount, loops: RecordCount, keyDates: RecordCount, introductions: RecordCount, needs: RecordCount });

/**
 * Messages to the background, from content scripts and extension pages, each
 * defined once: its fields (`data`), who may send it (`access`) and its reply
 * (`result`). The union the background validates, the access table and the
 * reply types are derived from this record.
 *
 * Commands are verbs (`logTouchpoint`), notifications past tense
 * (`pageContextChanged`). The background `safeParse`s each one before acting
 * and takes the tab from the sender, never from the body.
 *
 * Who may send what: `anyContext` messages come from content scripts or
 * extension pages, and carry only what a LinkedIn page's features need (a
 * person, a post's identity, a type): ids, dates, focus and source are the
 * background's to decide, and replies say only what the page shows.
 * `extensionPage` ones are refused unless sent from one of Rapport's own pages.
 */
export const toBackgroundSpec = {
  /**
   * The content script recognised (or re-recognised) its page. The tab comes from the sender.
   * With `append`, `context.posts` holds only posts new since the last message for the same
   * URL (infinite scroll) and the background adds them to what it has; otherwise it replaces it.
   */
  pageContextChanged: { access: 'anyContext', data: { context: PageContext, append: z.optional(z.literal(true)) }, result: z.null() },
  /** What a tab shows, as last reported by its content script. */
  getTabContext: { access: 'extensionPage', data: { tabId: z.int().check(z.nonnegative()) }, result: z.nullable(PageContext) },
  /**
   * The same, with those of its posts' authors who are in Rapport (one indexed bulk read): the
   * popup's and side panel's list of the page's posts shows with the tab, in one round trip.
   */
  getTabView: {
    access: 'extensionPage',
    data: { tabId: z.int().check(z.nonnegative()) },
    result: z.strictObject({ context: z.nullable(PageContext), knownAuthors: z.array(ContactSchema).check(z.maxLength(500)) }),
  },
  /** The user logged a touchpoint from a LinkedIn page (the button on a profile): with this person, of this type, now. */
  logFromPage: { access: 'anyContext', data: { person: PersonRef, touchpointType: TouchpointType }, result: PageLogResult },
  /**
   * The user reacted to, commented on or reposted a post by `author` (already in Rapport): an
   * automatic touchpoint, once per post, type and day (its id is derived by the background).
   */
  captureEngagement: {
    access: 'anyContext',
    data: {
      author: ProfileUrl,
      post: z.strictObject({ key: RecognizedPost.shape.key, urn: z.nullable(PostUrn) }),
      touchpointType: z.enum(['like', 'comment', 'share']),
    },
    result: PageLogResult,
  },
  /**
   * The user sent a message (their own trusted Send) in a conversation with `person` (already in
   * Rapport): an automatic, outgoing `message` touchpoint, once per person and day. Never the text.
   * `conversation` says whether it was a group; the background logs group messages only when the
   * settings allow it.
   */
  captureMessage: { access: 'anyContext', data: { person: ProfileUrl, conversation: z.enum(['one-to-one', 'group']) }, result: PageLogResult },
  /**
   * Undo a log moments after it was made, by the tab or page that made it: the touchpoint goes,
   * and the person too only if that log added them and nothing else was recorded for them since.
   */
  undoTouchpoint: { access: 'anyContext', data: { id: Id }, result: z.null() },
  /** Where a person stands, for the button injected on their profile. */
  getContactStatus: { access: 'anyContext', data: { profileUrl: ProfileUrl }, result: z.nullable(ContactStatus) },
  /** The user right-clicked a profile link: name the context menu after the person. */
  profileLinkTargeted: { access: 'anyContext', data: { profileUrl: ProfileUrl, name: PersonFields.shape.name }, result: z.null() },
  logTouchpoint: { access: 'extensionPage', data: { target: TouchpointTarget, touchpoint: TouchpointDraft }, result: LogResult },
  updateTouchpoint: { access: 'extensionPage', data: { id: Id, patch: TouchpointPatch }, result: TouchpointSchema },
  deleteTouchpoint: { access: 'extensionPage', data: { id: Id }, result: TouchpointSchema },
  addContact: { access: 'extensionPage', data: { person: PersonRef, circle: z.optional(Circle) }, result: ContactSchema },
  updateContact: { access: 'extensionPage', data: { id: Id, patch: ContactPatch }, result: ContactSchema },
  /**
   * The People page's bulk action: one change to many people, written in one transaction (due dates,
   * catch-up days and touch counts with it), then the badge. Replies how many people it changed.
   */
  updateContacts: {
    access: 'extensionPage',
    data: { ids: z.array(Id).check(z.minLength(1), z.maxLength(BULK_CONTACTS_LIMIT)), change: BulkContactChange },
    result: z.strictObject({ updated: z.int().check(z.nonnegative()) }),
  },
  resetTriageSkips: { access: 'extensionPage', data: {}, result: z.int().check(z.nonnegative()) },
  snoozeContact: { access: 'extensionPage', data: { id: Id, until: z.nullable(Timestamp) }, result: ContactSchema },
  /** Snoozes everyone due now until `until` ("Snooze all"). */
  snoozeAllDue: { access: 'extensionPage', data: { until: Timestamp }, result: z.strictObject({ snoozed: z.int() }) },
  deleteContact: { access: 'extensionPage', data: { id: Id }, result: z.null() },
  /**
   * With `person`, the person is added first (circle `wider`) if not in Rapport yet, in the same
   * transaction: the first note about someone is one message, so closing the panel right after
   * typing cannot leave them added without their note.
   */
  saveNote: { access: 'extensionPage', data: { note: NoteDraft, person: z.optional(PersonRef) }, result: NoteSchema },
  deleteNote: { access: 'extensionPage', data: { id: Id }, result: z.null() },
  /** Congratulate (logs a `congrats` touchpoint) or dismiss a detected job change. */
  settleJobChange: { access: 'extensionPage', data: { id: Id, outcome: z.enum(['congratulated', 'dismissed']) }, result: JobChangeSchema },
  exportBackup: {
    access: 'extensionPage',
    data: {},
    // The backup's records were validated on import or write; the reply is large, so only its frame is checked here.
    result: z.strictObject({
      format: z.literal('rapport-backup'),
      version: z.literal(1),
      exportedAt: Timestamp,
      contacts: z.array(z.unknown()),
      touchpoints: z.array(z.unknown()),
      notes: z.array(z.unknown()),
      jobChanges: z.array(z.unknown()),
      loops: z.array(z.unknown()),
      keyDates: z.array(z.unknown()),
      introductions: z.array(z.unknown()),
      needs: z.array(z.unknown()),
      /** The user's edited templates (lib/starters/templates.ts), validated again on import. */
      templates: z.optional(z.record(z.string(), z.string())),
    }),
  },
  /** The backup is validated again, record by record, before anything is written. */
  importBackup: { access: 'extensionPage', data: { backup: z.unknown() }, result: BackupImportSummary },
  /**
   * A backup of any size, in slices (docs/backup-format.md): the frame (format, version, exportedAt)
   * with the record counts, then each slice of records as JSON text, then the commit, which writes
   * everything in one transaction. Each step is validated; a bad slice ends the import, nothing written.
   */
  startBackupImport: { access: 'extensionPage', data: { frame: z.unknown(), counts: BackupCountsSchema }, result: z.strictObject({ importId: Id }) },
  stageBackupChunk: {
    access: 'extensionPage',
    data: { importId: Id, kind: z.enum(BACKUP_RECORD_KINDS), records: z.string().check(z.maxLength(BACKUP_CHUNK_MAX_JSON)) },
    result: z.null(),
  },
  commitBackupImport: { access: 'extensionPage', data: { importId: Id }, result: BackupImportSummary },
  deleteAllData: { access: 'extensionPage', data: {}, result: z.null() },
  /**
   * One slice of a LinkedIn data export, mapped by the options page's worker and
   * relayed as JSON text (so the page's main thread never handles thousands of
   * rows); the background parses it and validates it with `ImportChunk`.
   */
  importLinkedInChunk: { access: 'extensionPage', data: { chunk: z.string().check(z.maxLength(IMPORT_CHUNK_MAX_JSON)) }, result: ImportChunkResult },
  getSettings: { access: 'anyContext', data: {}, result: SettingsSchema },
  updateSettings: { access: 'extensionPage', data: { settings: SettingsSchema }, result: SettingsSchema },
  /** "Follow up": an open loop with a person in Rapport, due on a calendar day. */
  addLoop: { access: 'extensionPage', data: { loop: LoopDraft }, result: OpenLoopSchema },
  /** Edit an open loop's text or day; snoozing is a later day. */
  updateLoop: { access: 'extensionPage', data: { id: Id, patch: LoopPatch }, result: OpenLoopSchema },
  /** Done: the loop closes (the page then offers to log the touchpoint, an ordinary `logTouchpoint`). */
  closeLoop: { access: 'extensionPage', data: { id: Id }, result: OpenLoopSchema },
  deleteLoop: { access: 'extensionPage', data: { id: Id }, result: z.null() },
  /** Add (or, with an id, edit) a birthday, work anniversary or labelled date. */
  saveKeyDate: { access: 'extensionPage', data: { keyDate: KeyDateDraft }, result: KeyDateSchema },
  deleteKeyDate: { access: 'extensionPage', data: { id: Id }, result: z.null() },
  /** Record an introduction you made (a give to each person in Rapport) or received; an `id` restores one just deleted (Undo). */
  addIntroduction: { access: 'extensionPage', data: { introduction: IntroductionDraft }, result: IntroductionSchema },
  /** What came of an introduction, or its purpose. */
  updateIntroduction: { access: 'extensionPage', data: { id: Id, patch: IntroductionPatch }, result: IntroductionSchema },
  /** Deletes an introduction and its gives; the reply is what was deleted, for Undo. */
  deleteIntroduction: { access: 'extensionPage', data: { id: Id }, result: IntroductionSchema },
  /** Your current needs (the dashboard's Needs card): add one, edit it or close it (met, dropped) or reopen it, delete it. */
  addNeed: { access: 'extensionPage', data: { need: NeedDraft }, result: NeedSchema },
  updateNeed: { access: 'extensionPage', data: { id: Id, patch: NeedPatch }, result: NeedSchema },
  /** The asks and conversations tied to it stay, untied. */
  deleteNeed: { access: 'extensionPage', data: { id: Id }, result: z.null() },
  /** The user's own "words to start with" templates (Settings); a moment left out uses the default. */
  updateStarterTemplates: { access: 'extensionPage', data: { templates: StarterTemplates }, result: StarterTemplates },
  /**
   * Turn sync on (Settings ▸ Sync), after the page obtained host access to the server's origin:
   * checks the passphrase (or recovery key) against the server's key document before anything is
   * written. The recovery key comes back once, when the account is new.
   */
  setUpSync: {
    access: 'extensionPage',
    data: { server: SyncServer, passphrase: z.string().check(z.maxLength(1000)), recoveryKey: z.optional(z.string().check(z.maxLength(200))) },
    result: z.strictObject({ recoveryKey: z.nullable(z.string()) }),
  },
  /**
   * Settings ▸ Sync ▸ Change passphrase: the current passphrase (or the recovery key) is checked
   * against the server's key document, then the master key is wrapped under the new one.
   */
  changeSyncPassphrase: {
    access: 'extensionPage',
    data: {
      passphrase: z.string().check(z.maxLength(1000)),
      recoveryKey: z.optional(z.string().check(z.maxLength(200))),
      newPassphrase: z.string().check(z.minLength(8), z.maxLength(1000)),
    },
    result: z.null(),
  },
  /** The Sync now button: one run (or the one already going); the outcome is in the status. */
  syncNow: { access: 'extensionPage', data: {}, result: SyncStatus },
  /** Turn sync off; with `forgetKeys`, this device forgets the keys too (the passphrase is needed to turn it on again). */
  turnOffSync: { access: 'extensionPage', data: { forgetKeys: z.boolean() }, result: z.null() },
} as const satisfies Record<string, { access: Access; data: z.core.$ZodLooseShape; result: $ZodType }>;

export const Access = z.enum(['anyContext', 'extensionPage']);
export type Access = z.infer<typeof Access>;

type Spec = typeof toBackgroundSpec;
export type ToBackgroundType = keyof Spec;

/** Each message's schema: a strict object of its `type` and its fields. */
type MessageSchemas = {
  [T in ToBackgroundType]: Spec[T]['data'] extends infer D extends z.core.$ZodLooseShape ? z.ZodMiniObject<{ type: z.ZodMiniLiteral<T> } & D, z.core.$strict> : never;
};
const messageSchemas = Object.fromEntries(
  Object.entries(toBackgroundSpec).map(([type, { data }]) => [type, message(type, data)]),
) as unknown as MessageSchemas;

export const ToBackground = z.discriminatedUnion(
  'type',
  Object.values(messageSchemas) as unknown as [MessageSchemas[ToBackgroundType], ...MessageSchemas[ToBackgroundType][]],
);
export type ToBackground = z.infer<typeof ToBackground>;
export type ToBackgroundMessage<T extends ToBackgroundType> = Extract<ToBackground, { type: T }>;
export type ToBackgroundResult<T extends ToBackgroundType> = z.infer<Spec[T]['result']>;

/** Who may send each message. */
export const accessOf = (type: ToBackgroundType): Access => toBackgroundSpec[type].access;
