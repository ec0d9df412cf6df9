import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_REMINDER_ALARM, EXPORT_REMINDER_NOTIFICATION } from '@/entrypoints/background/onboarding';
import { fireAlarm, send, settleWorker, shownNotifications, startWorker, stopWorker } from '../../helpers/worker';

const NOW = Date.parse('2026-12-02T09:00:00.000Z');
const DAY = 86_400_000;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await startWorker();
});
afterEach(async () => {
  await stopWorker();
  vi.useRealTimers();
});

const tabUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
const welcomeUrl = () => fakeBrowser.runtime.getURL('/welcome.html');

describe('the first hour, from the background', () => {
  it('opens the welcome page on install and sets a reminder for the same time tomorrow', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await tabUrls()).toContain(welcomeUrl()), { timeout: 1000, interval: 10 });
    expect((await fakeBrowser.alarms.get(EXPORT_REMINDER_ALARM))?.scheduledTime).toBe(NOW + DAY);
  });

  it('opens nothing on an update or a browser update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    await settleWorker();
    expect(await tabUrls()).not.toContain(welcomeUrl());
    expect(await fakeBrowser.alarms.get(EXPORT_REMINDER_ALARM)).toBeFalsy();
  });

  it('reminds to import the export tomorrow, and a click opens the import', async () => {
    const openOptionsPage = vi.fn(async () => undefined);
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    vi.setSystemTime(NOW + DAY);
    await fireAlarm(EXPORT_REMINDER_ALARM);
    await vi.waitFor(() => expect(shownNotifications()[EXPORT_REMINDER_NOTIFICATION]).toMatchObject({ title: 'Your LinkedIn export should be ready' }), {
      timeout: 1000,
      interval: 10,
    });
    await fakeBrowser.notifications.onClicked.trigger(EXPORT_REMINDER_NOTIFICATION);
    await vi.waitFor(() => expect(openOptionsPage).toHaveBeenCalledOnce(), { timeout: 1000, interval: 10 });
  });

  it('says nothing tomorrow when an export was imported meanwhile', async () => {
    const chunk = { contacts: [{ profileUrl: 'https://www.linkedin.com/in/ada-example/', name: 'Ada Example', createIfMissing: true }], touchpoints: [] };
    expect(await send({ type: 'importLinkedInChunk', chunk: JSON.stringify(chunk) })).toMatchObject({ ok: true });
    vi.setSystemTime(NOW + DAY);
    await fireAlarm(EXPORT_REMINDER_ALARM);
    await settleWorker();
    expect(shownNotifications()[EXPORT_REMINDER_NOTIFICATION]).toBeUndefined();
  });
});
