import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { addPerson, deleteContact, resetTriageSkips, snoozeContact, updateContact, upsertPerson } from '@/lib/db/repo/contacts';
import { DEFAULT_CIRCLE_ON_FIRST_LOG, deleteTouchpoint, logTouchpoint, updateTouchpoint } from '@/lib/db/repo/touchpoints';
import { deleteNote, saveNote } from '@/lib/db/repo/notes';
import { deleteAllData, exportBackup, importBackup } from '@/lib/db/repo/backup';
import { refreshAllDerived } from '@/lib/db/repo/derived';
import { writeImportChunk } from '@/lib/db/repo/linkedin-import';
import { parseImportChunk } from '@/lib/model/commands';
import { parseBackup } from '@/lib/backup/backup-format';
import { RapportError } from '@/lib/errors';
import { ToBackground, toBackgroundSpec, type ToBackgroundMessage, type ToBackgroundResult, type ToBackgroundType } from '@/lib/messaging/to-background';
import { classifySender, createReceiver, type Sender } from '@/lib/messaging/receiver';
import { sendToTab } from '@/lib/messaging/client';
import { lastBackupAtItem, linkedInImportedAtItem, readSettings, settingsItem } from '@/lib/storage/items';
import { toTimestamp } from '@/lib/time/instant';
import { currentWriteContext } from './write-context';
import { readTabContext, saveTabContext, updateTabContext } from './tab-contexts';
import { notifyDataChanged } from './data-changed';
import { grantUndo, takeUndo } from './undo-tokens';
import { rememberTargetedLink } from './context-menu';
import { getContact, listTouchpoints } from '@/lib/db/repo/queries';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import type { PageContext } from '@/lib/linkedin/types';
import { t } from '@/lib/i18n';
import { snoozeAllDue } from '@/lib/db/repo/due';
import { importRunningBadge } from '@/lib/badge/badge-state';
import { withBadgeState } from './badge';
import { recordVisitedProfile, settleJobChange } from '@/lib/db/repo/job-changes';

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

  async logTouchpoint({ target, touchpoint }, sender) {
    // Automatic capture never adds people on its own: only the user does, by logging by hand.
    if (touchpoint.source === 'auto' && !('contactId' in target)) throw new RapportError('forbidden', t('errorAutoCaptureNeedsContact'));
    const result = await logTouchpoint(getDb(), target, touchpoint, await currentWriteContext());
    notifyDataChanged();
    const tabId = sender.tab?.id;
    if (tabId !== undefined && result.touchpointCreated && !isExtensionPage(sender)) await grantUndo(result.touchpoint.id, tabId, result.contactCreated);
    return result;
  },

  async undoTouchpoint({ id }, sender) {
    const tabId = sender.tab?.id;
    const token = tabId === undefined ? null : await takeUndo(id, tabId);
    if (!token) throw new RapportError('forbidden', t('undoExpired'));
    const db = getDb();
    const context = await currentWriteContext();
    const touchpoint = await deleteTouchpoint(db, id, context);
    // Undoing the log that added the person removes them again, unless something else was logged since.
    if (token.contactCreated && (await listTouchpoints(db, touchpoint.contactId, 1)).length === 0) await deleteContact(db, touchpoint.contactId, context);
    notifyDataChanged();
    return null;
  },

  async getContactStatus({ profileUrl }) {
    const id = contactIdFromProfileUrl(profileUrl);
    return (id && (await getContact(getDb(), id))) || null;
  },

  async profileLinkTargeted({ profileUrl, name }, sender) {
    if (sender.tab?.id === undefined) throw new RapportError('forbidden', 'Profile links come from tabs only.');
    await rememberTargetedLink(sender.tab.id, { profileUrl, name });
    return null;
  },

  async updateTouchpoint({ id, patch }) {
    const result = await updateTouchpoint(getDb(), id, patch, await currentWriteContext());
    notifyDataChanged();
    return result;
  },

  async deleteTouchpoint({ id }) {
    const result = await deleteTouchpoint(getDb(), id, await currentWriteContext());
    notifyDataChanged();
    return result;
  },

  async addContact({ person, circle }) {
    const contact = await addPerson(getDb(), person, circle ?? 'wider', await currentWriteContext());
    notifyDataChanged();
    return contact;
  },

  async updateContact({ id, patch }) {
    const contact = await updateContact(getDb(), id, patch, await currentWriteContext());
    notifyDataChanged();
    return contact;
  },

  async resetTriageSkips() {
    const count = await resetTriageSkips(getDb(), await currentWriteContext());
    notifyDataChanged();
    return count;
  },

  async snoozeContact({ id, until }) {
    const contact = await snoozeContact(getDb(), id, until, await currentWriteContext());
    notifyDataChanged();
    return contact;
  },

  async snoozeAllDue({ until }) {
    const snoozed = await snoozeAllDue(getDb(), until, await currentWriteContext());
    notifyDataChanged();
    return { snoozed };
  },

  async deleteContact({ id }) {
    await deleteContact(getDb(), id, await currentWriteContext());
    notifyDataChanged();
    return null;
  },

  async saveNote({ note, person }) {
    const db = getDb();
    if (!person) return saveNote(db, note, toTimestamp(Date.now()));
    if (contactIdFromProfileUrl(person.profileUrl) !== note.contactId) throw new RapportError('invalid-message', t('errorNoteAndPersonMismatch'));
    const context = await currentWriteContext();
    const saved = await db.transaction('rw', db.contacts, db.touchpoints, db.notes, async () => {
      await upsertPerson(db, person, DEFAULT_CIRCLE_ON_FIRST_LOG, context);
      return saveNote(db, note, context.now);
    });
    notifyDataChanged();
    return saved;
  },

  async settleJobChange({ id, outcome }) {
    const result = await settleJobChange(getDb(), id, outcome, await currentWriteContext());
    notifyDataChanged();
    return result.change;
  },

  async deleteNote({ id }) {
    await deleteNote(getDb(), id);
    return null;
  },

  async exportBackup() {
    const backup = await exportBackup(getDb(), toTimestamp(Date.now()));
    await lastBackupAtItem.setValue(backup.exportedAt);
    return backup;
  },

  async importBackup({ backup }) {
    const parsed = parseBackup(backup);
    if (!parsed.ok) throw new RapportError('invalid-import', t('errorNothingImported', parsed.error));
    const context = await currentWriteContext();
    const summary = await withBadgeState('importRunning', importRunningBadge(), () => importBackup(getDb(), parsed.backup, context));
    notifyDataChanged();
    return summary;
  },

  async deleteAllData() {
    await deleteAllData(getDb());
    notifyDataChanged();
    return null;
  },

  async importLinkedInChunk({ chunk }) {
    const parsed = parseImportChunk(chunk);
    if (!parsed.ok) throw new RapportError('invalid-message', t('errorRejectedImportChunk', parsed.error));
    const context = await currentWriteContext();
    const result = await writeImportChunk(getDb(), parsed.chunk, context);
    // The welcome page's reminder to import the export is done with.
    await linkedInImportedAtItem.setValue(context.now);
    notifyDataChanged();
    return result;
  },

  async getSettings() {
    return readSettings();
  },

  async updateSettings({ settings }) {
    const previous = await readSettings();
    await settingsItem.setValue(settings);
    if (JSON.stringify(previous.cadences) !== JSON.stringify(settings.cadences)) {
      // New cadences move every due date: recompute them all in one pass; a shorter one spreads who it makes due.
      const db = getDb();
      const context = await currentWriteContext();
      await db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => refreshAllDerived(db, context, undefined, { catchUp: true }));
    }
    notifyDataChanged();
    return settings;
  },
};

const classify = (sender: Sender) => classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
const isExtensionPage = (sender: Sender) => classify(sender) === 'extensionPage';

export function createMessageListener() {
  return createReceiver<ToBackground>({
    schema: ToBackground,
    classify,
    allow: (type, sender) => toBackgroundSpec[type].access === 'anyContext' || sender === 'extensionPage',
    handle: (message, sender) => (handlers[message.type] as (m: ToBackground, s: Sender) => Promise<unknown>)(message, sender),
    onRejected: (reason) => console.warn('[rapport] rejected message:', reason),
  });
}
