import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDb } from '@/lib/db/db';
import { installFakeI18n } from './i18n';
import { installFakeMenusAndCommands } from './fake-menus';
import { installFakeToolbar } from './fake-toolbar';
import { senders } from './background';
import type { Sender } from '@/lib/messaging/receiver';
import type * as WorkerDbModule from '@/lib/db/db';
import type * as WorkerBadgeModule from '@/entrypoints/background/badge';
import type * as WorkerNudgesModule from '@/entrypoints/background/nudges';

/**
 * The background as a browser runs it: `main()` of a freshly loaded module
 * graph (no globals survive from a previous worker), listening to the fake
 * browser's events. Tests talk to it only through those events.
 */

type Worker = {
  db: typeof WorkerDbModule;
  badge: typeof WorkerBadgeModule;
  nudges: typeof WorkerNudgesModule;
};
let worker: Worker | undefined;

/** The running worker's own database (its module graph's instance), e.g. to make it fail. */
export function workerDb() {
  if (!worker) throw new Error('No worker is running');
  return worker.db.getDb();
}

/** Waits until the running worker has finished what it started (badge updates, nudge runs). */
export async function settleWorker(): Promise<void> {
  if (!worker) return;
  await worker.nudges.serially(() => Promise.resolve());
  await worker.badge.scheduleBadgeUpdate();
  await worker.nudges.serially(() => Promise.resolve());
}

/** Stops the running worker after it settled, closing its database connection. */
export async function stopWorker(): Promise<void> {
  await settleWorker();
  worker?.db.closeDb();
  worker = undefined;
}

async function loadWorker(): Promise<void> {
  await stopWorker();
  vi.resetModules();
  worker = {
    db: await import('@/lib/db/db'),
    badge: await import('@/entrypoints/background/badge'),
    nudges: await import('@/entrypoints/background/nudges'),
  };
  const { main } = await import('@/entrypoints/background/index');
  main();
}

type Snapshot = Record<string, unknown>;

/** The fake's own `notifications.create`, captured before any test spies on it (restoring state is not creating a notification). */
export const fakeCreateNotification = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as (id: string, options: object) => Promise<string>;

async function keepOnly(areas: { local: boolean; session: boolean }, restoreRest: () => Promise<void>): Promise<void> {
  const local: Snapshot = await fakeBrowser.storage.local.get(null);
  const session: Snapshot = await fakeBrowser.storage.session.get(null);
  fakeBrowser.reset();
  installFakeI18n();
  installFakeMenusAndCommands();
  installFakeToolbar();
  if (areas.local) await fakeBrowser.storage.local.set(local);
  if (areas.session) await fakeBrowser.storage.session.set(session);
  await restoreRest();
}

/** Starts the service worker for the first time (the extension was just installed). */
export async function startWorker(): Promise<void> {
  await loadWorker();
}

/**
 * The worker was stopped (30 s idle) and is started again by an event:
 * storage, alarms, notifications and the badge survive; every listener and global is gone.
 */
export async function restartWorker(): Promise<void> {
  await settleWorker();
  const alarms = await fakeBrowser.alarms.getAll();
  const badge = { text: await fakeBrowser.action.getBadgeText({}), color: await fakeBrowser.action.getBadgeBackgroundColor({}) };
  const notifications = fakeBrowser.notifications.getAllCreateOptions();
  await keepOnly({ local: true, session: true }, async () => {
    for (const { name, scheduledTime, periodInMinutes } of alarms) await fakeBrowser.alarms.create(name, { when: scheduledTime, periodInMinutes });
    for (const [id, options] of Object.entries(notifications)) await fakeCreateNotification(id, options);
    await fakeBrowser.action.setBadgeText({ text: badge.text });
    await fakeBrowser.action.setBadgeBackgroundColor({ color: badge.color });
  });
  await loadWorker();
}

/**
 * The browser was closed and started again (or the machine slept through a
 * restart): only `storage.local` and IndexedDB survive; alarms, notifications,
 * the badge and `storage.session` are gone. Ends once the startup work is done.
 */
export async function restartBrowser(): Promise<void> {
  await settleWorker();
  await keepOnly({ local: true, session: false }, async () => undefined);
  closeDb();
  await loadWorker();
  await fakeBrowser.runtime.onStartup.trigger();
  await settleWorker();
}

/** Delivers a message to the running worker as one of Rapport's pages would send it. */
export async function send<T = unknown>(message: unknown, sender: Sender = senders.extensionPage): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return reply as unknown as { ok: boolean; value?: T };
}

/** Fires an alarm at the running worker as the browser would, and waits for its work. */
export async function fireAlarm(name: string): Promise<void> {
  const alarm = (await fakeBrowser.alarms.get(name)) ?? { name, scheduledTime: Date.now(), persistAcrossSessions: false };
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
}

export async function badge(): Promise<{ text: string; color: string }> {
  const [r, g, b] = await fakeBrowser.action.getBadgeBackgroundColor({});
  const hex = `#${[r, g, b].map((part) => part!.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  return { text: await fakeBrowser.action.getBadgeText({}), color: hex };
}

export function shownNotifications() {
  return fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string; message: string; buttons?: { title: string }[] }>;
}
