import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db/db';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/storage/settings';
import { backupOf, innerCircle, type SeedPerson } from '../../../fixtures/due-backup';
import { badge, fakeCreateNotification, fireAlarm, restartBrowser, restartWorker, send, settleWorker, shownNotifications, startWorker, stopWorker } from '../../helpers/worker';

/*
 * Paris time throughout (tests/vitest.config.ts pins TZ). Monday 23 November
 * 2026: 09:00 Paris is 08:00Z. Weekends are quiet by default.
 */

const MONDAY_0859 = '2026-11-23T07:59:00.000Z';
const MONDAY_0900 = '2026-11-23T08:00:00.000Z';

function setNow(iso: string) {
  vi.setSystemTime(new Date(iso));
}

async function importPeople(people: SeedPerson[]) {
  expect(await send({ type: 'importBackup', backup: backupOf(people) })).toMatchObject({ ok: true });
}

async function updateSettings(change: (settings: Settings) => Settings) {
  const current = await send<Settings>({ type: 'getSettings' });
  expect(await send({ type: 'updateSettings', settings: change(current.value!) })).toMatchObject({ ok: true });
  await settleWorker();
}

/** Every notification created, in order, across restarts. */
let created: { id: string; title: string; message: string; buttons?: { title: string }[] }[];

function watchNotifications() {
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string, options: { title: string; message: string; buttons?: { title: string }[] }) => {
    created.push({ id, ...options });
    return fakeCreateNotification(id, options);
  }) as unknown as typeof fakeBrowser.notifications.create);
}

/** The browser fires an alarm (as it does when due, or once after waking from sleep). */
async function alarm(name: 'rapport-tick' | 'rapport-digest', iso: string) {
  setNow(iso);
  await fireAlarm(name);
  await settleWorker();
}

const digests = () => created.filter((n) => n.id === 'rapport-digest');

// Noor has been due since 31 October; four people in the inner circle since 1 November are due since 15 November.
const people: SeedPerson[] = [
  { slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2026-11-01T09:00:00.000Z' },
  { slug: 'ali-khan', name: 'Ali Khan', circle: 'inner', since: '2026-11-01T10:00:00.000Z' },
  { slug: 'sam-lee', name: 'Sam Lee', circle: 'inner', since: '2026-11-01T11:00:00.000Z' },
  { slug: 'mia-chen', name: 'Mia Chen', circle: 'inner', since: '2026-11-01T12:00:00.000Z' },
  { slug: 'noor-ali', name: 'Noor Ali', circle: 'key', since: '2026-10-01T12:00:00.000Z' },
];

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setNow('2026-11-22T20:00:00.000Z'); // Sunday evening
  created = [];
  await startWorker();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await settleWorker();
  watchNotifications();
});
afterEach(async () => {
  await stopWorker();
  vi.useRealTimers();
});

describe('alarms', () => {
  it('are created at install: a 15-minute tick and the digest at the next 09:00 that is not quiet', async () => {
    expect(await fakeBrowser.alarms.get('rapport-tick')).toMatchObject({ periodInMinutes: 15 });
    expect(await fakeBrowser.alarms.get('rapport-digest')).toMatchObject({ scheduledTime: Date.parse(MONDAY_0900) });
  });

  it('are created idempotently: an update or a start keeps the existing ones', async () => {
    const before = await fakeBrowser.alarms.getAll();
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    setNow('2026-11-22T20:05:00.000Z');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onStartup.trigger();
    await settleWorker();
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.getAll()).toEqual(before);
  });

  it('are re-created when missing: after a browser restart, and at any cold start of the worker', async () => {
    await restartBrowser(); // the browser dropped every alarm
    expect(await fakeBrowser.alarms.get('rapport-tick')).toMatchObject({ periodInMinutes: 15 });
    expect(await fakeBrowser.alarms.get('rapport-digest')).toMatchObject({ scheduledTime: Date.parse(MONDAY_0900) });
    await fakeBrowser.alarms.clearAll();
    await restartWorker();
    await settleWorker();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(['rapport-digest', 'rapport-tick']);
  });

  it('follow the digest settings: a new time moves the digest alarm, turning digests off removes it', async () => {
    await updateSettings((s) => ({ ...s, notifications: { ...s.notifications, digestTime: '07:30' } }));
    expect(await fakeBrowser.alarms.get('rapport-digest')).toMatchObject({ scheduledTime: Date.parse('2026-11-23T06:30:00.000Z') });
    await updateSettings((s) => ({ ...s, notifications: { ...s.notifications, digest: false } }));
    expect(await fakeBrowser.alarms.get('rapport-digest')).toBeUndefined();
  });
});

describe('the daily digest', () => {
  beforeEach(async () => {
    await importPeople(people);
  });

  it('comes at 09:00 naming up to three people, longest due first, with Open list and Snooze all 1 day', async () => {
    await alarm('rapport-tick', MONDAY_0859);
    expect(digests()).toEqual([]);
    await alarm('rapport-digest', MONDAY_0900);
    expect(digests()).toEqual([
      {
        id: 'rapport-digest',
        type: 'basic',
        iconUrl: expect.stringMatching(/icon\/128\.png$/),
        title: 'Time for a touchpoint',
        message: 'Noor Ali, Jane Doe, Ali Khan and 2 others are due a touchpoint',
        buttons: [{ title: 'Open list' }, { title: 'Snooze all 1 day' }],
      },
    ]);
    // The next one is Tuesday's.
    expect(await fakeBrowser.alarms.get('rapport-digest')).toMatchObject({ scheduledTime: Date.parse('2026-11-24T08:00:00.000Z') });
  });

  it('is not repeated by later alarms, worker restarts or a browser restart the same day', async () => {
    await alarm('rapport-digest', MONDAY_0900);
    await alarm('rapport-tick', '2026-11-23T08:15:00.000Z');
    await restartWorker();
    await alarm('rapport-tick', '2026-11-23T08:30:00.000Z');
    await alarm('rapport-digest', '2026-11-23T08:31:00.000Z'); // a stray or duplicate firing
    setNow('2026-11-23T13:00:00.000Z');
    await restartBrowser();
    await alarm('rapport-tick', '2026-11-23T13:15:00.000Z');
    expect(digests()).toHaveLength(1);
    // Tuesday brings the next one.
    await alarm('rapport-digest', '2026-11-24T08:00:00.000Z');
    expect(digests()).toHaveLength(2);
  });

  it('after sleep or a closed browser, catches up with one digest only, however many days were missed', async () => {
    // Asleep from Friday evening to Wednesday afternoon: on waking, Chrome fires each missed alarm once.
    setNow('2026-11-20T18:00:00.000Z');
    await alarm('rapport-tick', '2026-11-25T14:00:00.000Z');
    await alarm('rapport-digest', '2026-11-25T14:00:01.000Z');
    expect(digests()).toHaveLength(1);
    // A browser closed over several days: one catch-up at startup.
    setNow('2026-11-27T15:00:00.000Z');
    await restartBrowser();
    await alarm('rapport-tick', '2026-11-27T15:15:00.000Z');
    expect(digests()).toHaveLength(2);
  });

  it('is silent on quiet days (weekends by default) and comes on a weekend when the user wants it', async () => {
    await alarm('rapport-tick', '2026-11-28T09:00:00.000Z'); // Saturday 10:00
    await alarm('rapport-digest', '2026-11-28T09:00:01.000Z');
    expect(digests()).toEqual([]);
    await updateSettings((s) => ({ ...s, notifications: { ...s.notifications, quietDays: [] } }));
    await alarm('rapport-tick', '2026-11-28T09:15:00.000Z');
    expect(digests()).toHaveLength(1);
  });

  it('keeps 09:00 local across the change to summer time', async () => {
    await send({ type: 'deleteAllData' });
    await importPeople(innerCircle(2, '2026-03-01T09:00:00.000Z'));
    await alarm('rapport-digest', '2026-03-27T08:00:00.000Z'); // Friday 27 March, 09:00 CET
    expect(digests()).toHaveLength(1);
    // Monday 30 March, 09:00 CEST = 07:00Z (not 08:00Z).
    expect(await fakeBrowser.alarms.get('rapport-digest')).toMatchObject({ scheduledTime: Date.parse('2026-03-30T07:00:00.000Z') });
    await alarm('rapport-tick', '2026-03-30T06:59:00.000Z');
    expect(digests()).toHaveLength(1);
    await alarm('rapport-digest', '2026-03-30T07:00:00.000Z');
    expect(digests()).toHaveLength(2);
  });

  it('leaves out snoozed people and says nothing when nobody is due', async () => {
    await send({ type: 'snoozeContact', id: 'in:noor-ali', until: '2026-11-30T08:00:00.000Z' });
    await alarm('rapport-digest', MONDAY_0900);
    expect(digests()[0]?.message).toBe('Jane Doe, Ali Khan, Sam Lee and 1 other are due a touchpoint');
    await send({ type: 'snoozeAllDue', until: '2026-11-30T08:00:00.000Z' });
    await alarm('rapport-digest', '2026-11-24T08:00:00.000Z');
    expect(digests()).toHaveLength(1);
  });

  it('can be turned off', async () => {
    await updateSettings((s) => ({ ...s, notifications: { ...s.notifications, digest: false } }));
    await alarm('rapport-tick', '2026-11-23T08:15:00.000Z');
    expect(digests()).toEqual([]);
  });

  it('is a basic notification without buttons where the browser refuses them (Firefox)', async () => {
    // Firefox's notifications schema has no `buttons`: create() fails with them (MDN; toolkit/components/extensions/schemas/notifications.json).
    vi.mocked(fakeBrowser.notifications.create).mockImplementation((async (id: string, options: { buttons?: unknown }) => {
      if (options.buttons) throw new Error('Type error for parameter options (Unexpected property "buttons") for notifications.create.');
      return fakeCreateNotification(id, options);
    }) as unknown as typeof fakeBrowser.notifications.create);
    await alarm('rapport-digest', MONDAY_0900);
    expect(shownNotifications()['rapport-digest']).toEqual({
      type: 'basic',
      iconUrl: expect.any(String),
      title: 'Time for a touchpoint',
      message: 'Noor Ali, Jane Doe, Ali Khan and 2 others are due a touchpoint',
    });
  });
});

describe('acting on the digest', () => {
  beforeEach(async () => {
    await importPeople(people);
    await alarm('rapport-digest', MONDAY_0900);
    expect(await badge()).toMatchObject({ text: '5' });
  });

  it('a click opens the due list in a tab, even from a worker started afresh', async () => {
    await restartWorker();
    await fakeBrowser.notifications.onClicked.trigger('rapport-digest');
    await settleWorker();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/dashboard.html#due');
    expect(shownNotifications()).not.toHaveProperty('rapport-digest');
  });

  it('“Open list” opens the due list', async () => {
    await fakeBrowser.notifications.onButtonClicked.trigger('rapport-digest', 0);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/dashboard.html#due');
  });

  it('“Snooze all 1 day” snoozes everyone due until the same time tomorrow; the badge empties', async () => {
    await restartWorker();
    setNow('2026-11-23T08:05:00.000Z');
    await fakeBrowser.notifications.onButtonClicked.trigger('rapport-digest', 1);
    await vi.waitFor(async () => expect((await badge()).text).toBe(''), { timeout: 1000, interval: 10 });
    const snoozed = await getDb().contacts.toArray();
    expect(snoozed.map((c) => c.snoozedUntil)).toEqual(Array(5).fill('2026-11-24T08:05:00.000Z'));
    expect(shownNotifications()).not.toHaveProperty('rapport-digest');
    // Tomorrow's digest names them again.
    await alarm('rapport-digest', '2026-11-24T08:10:00.000Z');
    expect(digests()).toHaveLength(2);
  });
});

describe('individual nudges (off by default)', () => {
  const on = (s: Settings): Settings => ({ ...s, notifications: { ...s.notifications, individualNudges: true } });
  const onlyNudges = (s: Settings): Settings => ({ ...s, notifications: { ...s.notifications, digest: false, individualNudges: true } });
  const nudges = () => created.filter((n) => n.id.startsWith('rapport-nudge:'));

  it('are not sent unless enabled', async () => {
    await importPeople([{ slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2026-11-02T09:00:00.000Z', touches: ['2026-11-02T09:00:00.000Z'] }]);
    await alarm('rapport-tick', '2026-11-23T09:00:00.000Z');
    expect(DEFAULT_SETTINGS.notifications.individualNudges).toBe(false);
    expect(nudges()).toEqual([]);
  });

  it('nudge once when a person newly becomes overdue, not again after restarts', async () => {
    await updateSettings(onlyNudges);
    // Jane's last touch was 2 November, 11:00 Paris: overdue on 23 November at 11:00 (10:00Z).
    await importPeople([{ slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2026-10-01T09:00:00.000Z', touches: ['2026-11-02T10:00:00.000Z'] }]);
    await alarm('rapport-tick', '2026-11-23T09:45:00.000Z');
    expect(nudges()).toEqual([]);
    await alarm('rapport-tick', '2026-11-23T10:00:00.000Z');
    await alarm('rapport-tick', '2026-11-23T10:15:00.000Z');
    await restartWorker();
    await alarm('rapport-tick', '2026-11-23T10:30:00.000Z');
    await restartBrowser();
    await alarm('rapport-tick', '2026-11-23T10:45:00.000Z');
    await alarm('rapport-tick', '2026-11-24T10:00:00.000Z');
    expect(nudges()).toEqual([
      { id: 'rapport-nudge:in:jane-doe', type: 'basic', iconUrl: expect.any(String), title: 'Overdue a touchpoint', message: 'Keep in touch with Jane Doe: your last touchpoint was 21 days ago.' },
    ]);
  });

  it('leave out people the digest already named that day', async () => {
    await updateSettings(on);
    await importPeople([{ slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2026-10-01T09:00:00.000Z', touches: ['2026-11-02T10:00:00.000Z'] }]);
    await alarm('rapport-digest', MONDAY_0900); // due, not yet overdue: named in the digest
    await alarm('rapport-tick', '2026-11-23T10:15:00.000Z'); // now overdue
    expect(digests()).toHaveLength(1);
    expect(nudges()).toEqual([]);
  });

  it('give a new connection its 24-7-30 wording, and a click opens their profile', async () => {
    await updateSettings(onlyNudges);
    // Sam connected on Monday 16 November at 10:00 Paris and had the 24-hour touch.
    await importPeople([{ slug: 'sam-lee', name: 'Sam', circle: 'new', since: '2026-11-16T09:00:00.000Z', touches: ['2026-11-16T18:00:00.000Z'] }]);
    await alarm('rapport-tick', '2026-11-26T08:45:00.000Z'); // step 2 (a week) overdue after 10 days: Thursday 26, 10:00 Paris
    expect(nudges()).toEqual([]);
    await alarm('rapport-tick', '2026-11-26T09:00:00.000Z');
    expect(nudges()).toEqual([
      expect.objectContaining({ id: 'rapport-nudge:in:sam-lee', title: '24-7-30 · Day 7: a personal touch', message: 'Follow up with Sam: it’s been a week since you connected' }),
    ]);
    await restartWorker();
    await fakeBrowser.notifications.onClicked.trigger('rapport-nudge:in:sam-lee');
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain('https://www.linkedin.com/in/sam-lee/');
  });
});

describe('state', () => {
  it('lives in storage.local, versioned, not in the worker', async () => {
    await importPeople(people);
    await alarm('rapport-digest', MONDAY_0900);
    const stored = await fakeBrowser.storage.local.get(['nudgeState', 'nudgeState$']);
    expect(stored).toMatchObject({
      nudgeState: { lastDigestDay: '2026-11-23', notifiedDay: '2026-11-23', notifiedIds: ['in:noor-ali', 'in:jane-doe', 'in:ali-khan'] },
      nudgeState$: { v: 1 },
    });
  });
});

describe('the digest names follow-ups due and the key dates of today and tomorrow', () => {
  it('even when nobody is due a touchpoint; a 29 February birthday on the 28th in 2027 says so', async () => {
    // Entered Inner on Monday 22 Feb 2027: not due for 14 days.
    setNow('2027-02-22T08:00:00.000Z');
    await importPeople([
      { slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2027-02-22T08:00:00.000Z' },
      { slug: 'ali-khan', name: 'Ali Khan', circle: 'inner', since: '2027-02-22T08:00:00.000Z' },
    ]);
    await send({ type: 'addLoop', loop: { contactId: 'in:jane-doe', text: 'send her the pricing deck', dueDay: '2027-02-26' } });
    await send({ type: 'saveKeyDate', keyDate: { contactId: 'in:ali-khan', kind: 'birthday', month: 2, day: 29, year: 1988 } });
    await send({ type: 'saveKeyDate', keyDate: { contactId: 'in:jane-doe', kind: 'other', label: 'Company founded', month: 3, day: 10 } });
    created = [];
    // Friday 26 Feb 2027, 09:00 Paris: the loop is due, and Ali's birthday (29 Feb, kept on the 28th) is not yet tomorrow.
    await alarm('rapport-digest', '2027-02-26T08:00:00.000Z');
    expect(digests().map((n) => n.message)).toEqual(['Follow up with Jane Doe: send her the pricing deck']);
    // Weekends are quiet by default; with no quiet days, Saturday 27 Feb's digest announces Sunday 28 Feb's birthday.
    await updateSettings((settings) => ({ ...settings, notifications: { ...settings.notifications, quietDays: [] } }));
    created = [];
    await alarm('rapport-digest', '2027-02-27T08:00:00.000Z');
    expect(digests().map((n) => n.message)).toEqual([
      'Follow up with Jane Doe: send her the pricing deck\nTomorrow: Ali Khan — Birthday (39) (29 February, kept on the 28th this year)',
    ]);
  });

  it('says nothing of a follow-up once it is done', async () => {
    setNow('2027-02-22T08:00:00.000Z');
    await importPeople([{ slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2027-02-22T08:00:00.000Z' }]);
    const loop = await send<{ id: string }>({ type: 'addLoop', loop: { contactId: 'in:jane-doe', text: 'send the deck', dueDay: '2027-02-23' } });
    await send({ type: 'closeLoop', id: loop.value!.id });
    created = [];
    await alarm('rapport-digest', '2027-02-23T08:00:00.000Z');
    expect(digests()).toEqual([]);
  });
});
