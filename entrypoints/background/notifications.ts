import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { getContact } from '@/lib/db/repo/reads/pages';
import { snoozeAllDue } from '@/lib/db/repo/writes/contacts';
import { addLocalDays } from '@/lib/time/zoned';
import { toTimestamp } from '@/lib/time/instant';
import type { NotificationText } from '@/lib/nudges/wording';
import { t } from '@/lib/i18n';
import { currentWriteContext } from './write-context';
import { notifyDataChanged } from './data-changed';

/**
 * Showing notifications and acting on clicks. Every handler reads what it
 * needs from storage, so a click on a notification shown by a worker that has
 * since stopped works the same.
 */

/** One id for the digest: a new day's digest replaces an unread one instead of piling up. */
export const DIGEST_NOTIFICATION = 'rapport-digest';
const NUDGE_PREFIX = 'rapport-nudge:';

/**
 * Where a click on the digest leads: the dashboard's due list, opened as a
 * tab. A tab works in Chrome and Firefox alike, while opening the popup or the
 * side panel needs a user gesture that a notification click does not
 * reliably give.
 */
export const DUE_LIST_PATH = '/dashboard.html';
export const DUE_LIST_HASH = '#due';

const DIGEST_BUTTONS = ['openList', 'snoozeAll'] as const;

function options({ title, message }: NotificationText) {
  return { type: 'basic' as const, iconUrl: browser.runtime.getURL('/icon/128.png'), title, message };
}

/**
 * The digest with Chrome's buttons. Firefox's notifications have no buttons:
 * its schema rejects the option (while it declares an `onButtonClicked` that
 * never fires), so where the browser refuses them the digest is shown as a
 * basic notification. Capability, not the browser's name, decides.
 */
export async function showDigest(text: NotificationText): Promise<void> {
  const basic = options(text);
  try {
    await browser.notifications.create(DIGEST_NOTIFICATION, { ...basic, buttons: [{ title: t('openDueList') }, { title: t('snoozeAllOneDay') }] });
  } catch {
    await browser.notifications.create(DIGEST_NOTIFICATION, basic);
  }
}

export async function showNudge(contactId: string, text: NotificationText): Promise<void> {
  await browser.notifications.create(`${NUDGE_PREFIX}${contactId}`, options(text));
}

async function openTab(url: string): Promise<void> {
  const tab = await browser.tabs.create({ url, active: true });
  // Firefox for Android has no windows API.
  if (tab.windowId !== undefined && browser.windows) await browser.windows.update(tab.windowId, { focused: true });
}

export async function openDueList(): Promise<void> {
  await openTab(`${browser.runtime.getURL(DUE_LIST_PATH)}${DUE_LIST_HASH}`);
}

/** Snoozes everyone due for one day: the digest's second button. */
export async function snoozeEveryoneDueOneDay(now: number = Date.now()): Promise<number> {
  const context = await currentWriteContext(() => now);
  // The same wall-clock time tomorrow (lib/nudges/snooze.ts's 'day', without bundling its month arithmetic here).
  const snoozed = await snoozeAllDue(getDb(), toTimestamp(addLocalDays(now, 1, context.timeZone)), context);
  notifyDataChanged();
  return snoozed;
}

async function onClicked(id: string): Promise<void> {
  if (id === DIGEST_NOTIFICATION) {
    await openDueList();
  } else if (id.startsWith(NUDGE_PREFIX)) {
    // A nudge names one person: open their profile, where logging the touchpoint is one click.
    const contact = await getContact(getDb(), id.slice(NUDGE_PREFIX.length));
    if (contact) await openTab(contact.profileUrl);
    else await openDueList();
  }
  await browser.notifications.clear(id);
}

async function onButtonClicked(id: string, index: number): Promise<void> {
  if (id !== DIGEST_NOTIFICATION) return;
  if (DIGEST_BUTTONS[index] === 'openList') await openDueList();
  if (DIGEST_BUTTONS[index] === 'snoozeAll') await snoozeEveryoneDueOneDay();
  await browser.notifications.clear(id);
}

const logged =
  <A extends unknown[]>(handler: (...args: A) => Promise<void>) =>
  (...args: A) =>
    handler(...args).catch((error: unknown) => console.error('[rapport] notification action failed', error));

export function registerNotificationHandlers(): void {
  browser.notifications.onClicked.addListener(logged(onClicked));
  browser.notifications.onButtonClicked?.addListener(logged(onButtonClicked));
}
