import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import type { AppDB } from '@/lib/db/app-db';
import type { WriteContext } from '@/lib/model/write-context';
import type { LogResult } from '@/lib/model/results';
import { contactStatusOf, type PageLogResult } from '@/lib/model/page-replies';
import { autoTouchpointId } from '@/lib/linkedin/post-identity';
import { postUrl } from '@/lib/contacts/person-ref';
import { addPerson, deleteContact, resetTriageSkips, snoozeAllDue, snoozeContact, updateContact, updateContacts, upsertPerson } from '@/lib/db/repo/writes/contacts';
import { DEFAULT_CIRCLE_ON_FIRST_LOG, deleteTouchpoint, logTouchpoint, undoLog, updateTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { deleteNote, saveNote } from '@/lib/db/repo/writes/notes';
import { deleteAllData, exportBackup } from '@/lib/db/repo/writes/backup';
import { restoreBackup } from './restore-backup';
import { refreshAllDerived } from '@/lib/db/repo/upkeep/derived';
import { writeImportChunk } from '@/lib/db/repo/writes/linkedin-import';
import { parseImportChunk } from '@/lib/model/commands';
import { parseBackup } from '@/lib/backup/backup-format';
import { RapportError } from '@/lib/errors';
import { accessOf, ToBackground, type ToBackgroundMessage, type ToBackgroundResult, type ToBackgroundType } from '@/lib/messaging/to-background';
import { classifySender, createReceiver, type Sender } from '@/lib/messaging/receiver';
import { sendToTab } from '@/lib/messaging/client';
import { linkedInImportedAtItem, readSettings, settingsItem } from '@/lib/storage/items';
import { toTimestamp } from '@/lib/time/instant';
import { currentWriteContext } from './write-context';
import { readTabContext, saveTabContext, updateTabContext } from './tab-contexts';
import { notifyDataChanged } from './data-changed';
import { grantUndo, takeUndo, type UndoHolder } from './undo-tokens';
import { chunkedImportHandlers } from './backup-import';
import { rememberTargetedLink } from './context-menu';
import { getContact, getContacts } from '@/lib/db/repo/reads/pages';
import { pagePostAuthorIds } from '@/lib/contacts/page-posts';
import { showsPagePosts } from '@/lib/contacts/post-pages';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import type { PageContext } from '@/lib/linkedin/types';
import { t } from '@/lib/i18n';
import { importRunningBadge } from '@/lib/badge/badge-state';
import { withBadgeState } from './badge';
import { recordVisitedProfile, settleJobChange } from '@/lib/db/repo/writes/job-changes';
import { addLoop, closeLoop, deleteLoop, updateLoop } from '@/lib/db/repo/writes/loops';
import { deleteKeyDate, saveKeyDate } from '@/lib/db/repo/writes/key-dates';
import { addIntroduction, deleteIntroduction, updateIntroduction } from '@/lib/db/repo/writes/introductions';
import { addNeed, deleteNeed, updateNeed } from '@/lib/db/repo/writes/needs';
import { starterTemplatesItem } from '@/lib/storage/starter-templates-item';
import { changeSyncPassphrase, setUpSync, syncNow, turnOffSync } from './sync';
import { WrongPassphraseError } from '@/lib/sync/crypto';
import { recordSettingsEdit } from '@/lib/sync/shared-settings';
import { SHARED_SETTINGS } from '@/lib/sync/record-state';

type Handlers = {
  [T in ToBackgroundType]: (message: ToBackgroundMessage<T>, sender: Sender) => Promise<ToBackgroundResult<T>>;
};

/**
 * A visited profile whose headline or company changed since we stored it:
 * suggest congratulating them. Only the profile page itself: an activity
 * page's header may word the headline differently.
 */
async function noticeJobChange(context: PageContext): Promise<void> {
  if (context.page !== 'profile' || !context.profile) return;
  const change = await recordVisitedProfile(getDb(), context.profile, await currentWriteContext());
  if (change) notifyDataChanged();
}

/**
 * Someone first added from their own profile: keep the member id its top card
 * showed (recorded on later visits anyway), so Congratulate can open the composer now.
 */
async function rememberMemberId(tabId: number, profileUrl: string): Promise<void> {
  const profile = (await readTabContext(tabId))?.profile;
  if (profile?.memberId === undefined || profile.profileUrl !== profileUrl) return;
  await recordVisitedProfile(getDb(), { profileUrl, headline: null, memberId: profile.memberId }, await currentWriteContext());
}

/**
 * Runs one write with a fresh write context and, unless `notify` is false,
 * tells the after-write subscribers (badge, nudges) that data changed.
 */
async function write<R>(run: (db: AppDB, context: WriteContext) => Promise<R>, { notify = true }: { notify?: boolean } = {}): Promise<R> {
  const result = await run(getDb(), await currentWriteContext());
  if (notify) notifyDataChanged();
  return result;
}

/** Who holds the right to undo a log this sender made: its tab, or Rapport's own pages. */
function undoHolder(sender: Sender): UndoHolder | null {
  if (isExtensionPage(sender)) return 'pages';
  return sender.tab?.id ?? null;
}

/** Offers Undo for a log just written; bookkeeping only, it never fails the log. */
async function offerUndo(result: LogResult, sender: Sender): Promise<void> {
  const holder = undoHolder(sender);
  if (holder !== null && result.touchpointCreated) await grantUndo(result.touchpoint.id, holder, result.contactCreated);
}

/** What a page is told about a log it asked for. */
const pageLogResult = (result: LogResult): PageLogResult => ({
  contact: contactStatusOf(result.contact),
  touchpointId: result.touchpointCreated ? result.touchpoint.id : null,
});

/**
 * The background is the single writer to IndexedDB: every change made
 * anywhere in Rapport arrives here as a validated message.
 */
export const handlers: Handlers = {
  async pageContextChanged({ context, append }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new RapportError('forbidden', 'Page contexts come from tabs only.');
    await updateTabContext(tabId, context, append === true);
    if (!append) await noticeJobChange(context);
    return null;
  },

  async getTabContext({ tabId }) {
    const stored = await readTabContext(tabId);
    if (stored) return stored;
    // After a worker restart or an extension update the stored context may be gone: ask the page.
    try {
      const context = await sendToTab(tabId, { type: 'getPageContext' });
      await saveTabContext(tabId, context);
      // The page's report never reached a running worker: compare it now, before a log could take its values silently.
      await noticeJobChange(context);
      return context;
    } catch {
      return null; // No content script there (not LinkedIn, or not loaded yet).
    }
  },

  async getTabView({ tabId }, sender) {
    const context = await handlers.getTabContext({ type: 'getTabContext', tabId }, sender);
    return { context, knownAuthors: showsPagePosts(context) ? await getContacts(getDb(), pagePostAuthorIds(context.posts)) : [] };
  },

  async logFromPage({ person, touchpointType }, sender) {
    const result = await write((db, context) => logTouchpoint(db, { person }, { type: touchpointType }, context));
    await offerUndo(result, sender);
    if (result.contactCreated && sender.tab?.id !== undefined) await rememberMemberId(sender.tab.id, person.profileUrl);
    return pageLogResult(result);
  },

  async captureEngagement({ author, post, touchpointType }, sender) {
    const contactId = contactIdFromProfileUrl(author);
    if (contactId === null) throw new RapportError('invalid-message', t('errorNotAProfileUrl'));
    const url = postUrl(post);
    const result = await write((db, context) =>
      logTouchpoint(
        db,
        // Automatic capture never adds people on its own: the author must be in Rapport already (not-found otherwise).
        { contactId },
        {
          type: touchpointType,
          source: 'auto',
          // Once per post, type and day, whatever the page sends again.
          id: autoTouchpointId(post.key, touchpointType, Date.parse(context.now)),
          ...(post.urn ? { postUrn: post.urn } : {}),
          ...(url ? { postUrl: url } : {}),
        },
        context,
      ),
    );
    await offerUndo(result, sender);
    return pageLogResult(result);
  },

  async captureMessage({ person, conversation }, sender) {
    const contactId = contactIdFromProfileUrl(person);
    if (contactId === null) throw new RapportError('invalid-message', t('errorNotAProfileUrl'));
    const { messageCapture } = await readSettings();
    if (messageCapture === 'off' || (conversation === 'group' && messageCapture !== 'also-groups')) throw new RapportError('forbidden', t('errorMessageCaptureOff'));
    const result = await write((db, context) =>
      logTouchpoint(
        db,
        // Never adds people: the person must be in Rapport already (not-found otherwise).
        { contactId },
        // Once per person and day, however many messages are sent.
        { type: 'message', source: 'auto', direction: 'outgoing', id: autoTouchpointId(`message:${contactId}`, 'message', Date.parse(context.now)) },
        context,
      ),
    );
    await offerUndo(result, sender);
    return pageLogResult(result);
  },

  async logTouchpoint({ target, touchpoint }, sender) {
    // Automatic capture never adds people on its own: only the user does, by logging by hand.
    if (touchpoint.source === 'auto' && !('contactId' in target)) throw new RapportError('forbidden', t('errorAutoCaptureNeedsContact'));
    const result = await write((db, context) => logTouchpoint(db, target, touchpoint, context));
    await offerUndo(result, sender);
    return result;
  },

  async undoTouchpoint({ id }, sender) {
    const holder = undoHolder(sender);
    const token = holder === null ? null : await takeUndo(id, holder);
    // Rapport's own pages may delete any touchpoint anyway; only the right to remove the person needs the token.
    if (!token && holder !== 'pages') throw new RapportError('forbidden', t('undoExpired'));
    await write((db, context) => undoLog(db, id, token?.contactCreated === true, context));
    return null;
  },

  async getContactStatus({ profileUrl }) {
    const id = contactIdFromProfileUrl(profileUrl);
    const contact = id === null ? undefined : await getContact(getDb(), id);
    return contact ? contactStatusOf(contact) : null;
  },

  async profileLinkTargeted({ profileUrl, name }, sender) {
    if (sender.tab?.id === undefined) throw new RapportError('forbidden', 'Profile links come from tabs only.');
    await rememberTargetedLink(sender.tab.id, { profileUrl, name });
    return null;
  },

  updateTouchpoint: ({ id, patch }) => write((db, context) => updateTouchpoint(db, id, patch, context)),
  deleteTouchpoint: ({ id }) => write((db, context) => deleteTouchpoint(db, id, context)),
  addContact: ({ person, circle }) => write((db, context) => addPerson(db, person, circle ?? 'wider', context)),
  updateContact: ({ id, patch }) => write((db, context) => updateContact(db, id, patch, context)),
  updateContacts: async ({ ids, change }) => ({ updated: await write((db, context) => updateContacts(db, ids, change, context)) }),
  resetTriageSkips: () => write((db, context) => resetTriageSkips(db, context)),
  snoozeContact: ({ id, until }) => write((db, context) => snoozeContact(db, id, until, context)),
  snoozeAllDue: async ({ until }) => ({ snoozed: await write((db, context) => snoozeAllDue(db, until, context)) }),

  async deleteContact({ id }) {
    await write((db, context) => deleteContact(db, id, context));
    return null;
  },

  async saveNote({ note, person }) {
    // A note alone changes nothing the badge or nudges count; adding the person with it does.
    if (!person) return write((db, context) => saveNote(db, note, context.now), { notify: false });
    if (contactIdFromProfileUrl(person.profileUrl) !== note.contactId) throw new RapportError('invalid-message', t('errorNoteAndPersonMismatch'));
    return write((db, context) =>
      db.transaction('rw', db.contacts, db.touchpoints, db.notes, async () => {
        await upsertPerson(db, person, DEFAULT_CIRCLE_ON_FIRST_LOG, context);
        return saveNote(db, note, context.now);
      }),
    );
  },

  async settleJobChange({ id, outcome }) {
    return (await write((db, context) => settleJobChange(db, id, outcome, context))).change;
  },

  async deleteNote({ id }) {
    // Notes are not counted anywhere the badge or nudges look.
    await write((db) => deleteNote(db, id), { notify: false });
    return null;
  },

  // Small backups for tools and tests. The options page builds the file in its worker and records the backup's date only once it is handed to the download.
  async exportBackup() {
    return exportBackup(getDb(), toTimestamp(Date.now()), await starterTemplatesItem.getValue());
  },

  async importBackup({ backup }) {
    const parsed = parseBackup(backup);
    if (!parsed.ok) throw new RapportError('invalid-import', t('errorNothingImported', parsed.error));
    return write((db, context) => withBadgeState('importRunning', importRunningBadge(), () => restoreBackup(db, parsed.backup, context)));
  },

  ...chunkedImportHandlers,

  async deleteAllData() {
    await write((db) => deleteAllData(db));
    return null;
  },

  async importLinkedInChunk({ chunk }) {
    const parsed = parseImportChunk(chunk);
    if (!parsed.ok) throw new RapportError('invalid-message', t('errorRejectedImportChunk', parsed.error));
    return write(async (db, context) => {
      const result = await writeImportChunk(db, parsed.chunk, context);
      // The welcome page's reminder to import the export is done with.
      await linkedInImportedAtItem.setValue(context.now);
      return result;
    });
  },

  async getSettings() {
    return readSettings();
  },

  async setUpSync({ server, passphrase, recoveryKey }) {
    try {
      return await setUpSync(server, { passphrase, ...(recoveryKey ? { recoveryKey } : {}) });
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw new RapportError('invalid-message', t('syncErrorPassphrase'));
      if ((error as { code?: string }).code === 'permission') throw new RapportError('forbidden', t('syncErrorPermission'));
      const status = (error as { status?: number }).status;
      throw new RapportError('invalid-message', t(status === 401 || status === 403 ? 'syncErrorUnauthorized' : 'syncErrorUnreachable'));
    }
  },

  syncNow: () => syncNow(),

  async changeSyncPassphrase({ passphrase, recoveryKey, newPassphrase }) {
    try {
      await changeSyncPassphrase({ passphrase, ...(recoveryKey ? { recoveryKey } : {}) }, newPassphrase);
      return null;
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw new RapportError('invalid-message', t('syncErrorPassphrase'));
      const status = (error as { status?: number }).status;
      throw new RapportError('invalid-message', t(status === 401 || status === 403 ? 'syncErrorUnauthorized' : status === 409 ? 'syncErrorFailed' : 'syncErrorUnreachable'));
    }
  },

  async turnOffSync({ forgetKeys }) {
    await turnOffSync(forgetKeys);
    return null;
  },

  async updateSettings({ settings }) {
    const previous = await readSettings();
    await settingsItem.setValue(settings);
    // Shared settings sync (device ones, notifications and the toolbar button, do not): the edit waits in the outbox.
    if (SHARED_SETTINGS.some((key) => key !== 'templates' && JSON.stringify(previous[key]) !== JSON.stringify(settings[key]))) await recordSettingsEdit(getDb());
    if (JSON.stringify(previous.cadences) !== JSON.stringify(settings.cadences)) {
      // New cadences move every due date: recompute them all in one pass (with the new settings' context); a shorter one spreads who it makes due.
      await write(
        (db, context) =>
          db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => refreshAllDerived(db, context, undefined, { catchUp: true })),
        { notify: false },
      );
    }
    notifyDataChanged();
    return settings;
  },

  // Open loops count in the badge (docs/nudges.md), so their writes notify; key dates do not.
  addLoop: ({ loop }) => write((db, context) => addLoop(db, loop, context.now)),
  updateLoop: ({ id, patch }) => write((db, context) => updateLoop(db, id, patch, context.now)),
  closeLoop: ({ id }) => write((db, context) => closeLoop(db, id, context.now)),
  async deleteLoop({ id }) {
    await write((db) => deleteLoop(db, id));
    return null;
  },
  saveKeyDate: ({ keyDate }) => write((db, context) => saveKeyDate(db, keyDate, context.now), { notify: false }),
  async deleteKeyDate({ id }) {
    await write((db) => deleteKeyDate(db, id), { notify: false });
    return null;
  },
  // An introduction you made is a give: due dates and strength move, so its writes notify.
  addIntroduction: ({ introduction }) => write((db, context) => addIntroduction(db, introduction, context)),
  updateIntroduction: ({ id, patch }) => write((db, context) => updateIntroduction(db, id, patch, context)),
  deleteIntroduction: ({ id }) => write((db, context) => deleteIntroduction(db, id, context)),
  // Needs change no due date or badge; the pages follow them through their live queries.
  addNeed: ({ need }) => write((db, context) => addNeed(db, need, context.now), { notify: false }),
  updateNeed: ({ id, patch }) => write((db, context) => updateNeed(db, id, patch, context.now), { notify: false }),
  async deleteNeed({ id }) {
    await write((db) => deleteNeed(db, id), { notify: false });
    return null;
  },
  async updateStarterTemplates({ templates }) {
    await starterTemplatesItem.setValue(templates);
    await recordSettingsEdit(getDb());
    return templates;
  },
};

const classify = (sender: Sender) => classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
const isExtensionPage = (sender: Sender) => classify(sender) === 'extensionPage';

export function createMessageListener() {
  return createReceiver<ToBackground>({
    schema: ToBackground,
    classify,
    allow: (type, sender) => accessOf(type) === 'anyContext' || sender === 'extensionPage',
    handle: (message, sender) => (handlers[message.type] as (m: ToBackground, s: Sender) => Promise<unknown>)(message, sender),
    onRejected: (reason) => console.warn('[rapport] rejected message:', reason),
  });
}
