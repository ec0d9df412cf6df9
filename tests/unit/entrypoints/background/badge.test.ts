import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db/db';
import { BADGE_COLORS } from '@/lib/badge/badge-state';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { backupOf, innerCircle, type SeedPerson } from '../../../fixtures/due-backup';
import { badge, fireAlarm, workerDb, restartBrowser, restartWorker, send, settleWorker, startWorker, stopWorker } from '../../helpers/worker';

const DUE = BADGE_COLORS.due.toUpperCase();
const OVERDUE = BADGE_COLORS.overdue.toUpperCase();

/** The badge shows `text` (and `color`) within a second. (Under fake timers each check moves the clock 10 ms.) */
async function expectBadge(text: string, color?: string) {
  await vi.waitFor(async () => expect(await badge()).toMatchObject(color ? { text, color } : { text }), { timeout: 1000, interval: 10 });
}

function setNow(iso: string) {
  vi.setSystemTime(new Date(iso));
}

/** Time passes without any write: the 15-minute alarm fires. */
async function tickAt(iso: string) {
  setNow(iso);
  await fireAlarm('rapport-tick');
  await settleWorker();
}

async function importPeople(people: SeedPerson[]) {
  expect(await send({ type: 'importBackup', backup: backupOf(people) })).toMatchObject({ ok: true });
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setNow('2026-11-02T09:00:00.000Z');
  await startWorker();
});
afterEach(async () => {
  await stopWorker();
  vi.useRealTimers();
});

describe('the badge follows time: due and overdue transitions for every circle', () => {
  // Added Monday 2 November 2026, 10:00 Paris (no DST change in the weeks after).
  const since = '2026-11-02T09:00:00.000Z';

  it.each([
    ['inner', 14, 21],
    ['key', 30, 45],
    ['wider', 90, 120],
  ] as const)('%s: due after %i days (blue), overdue after %i (red)', async (circle, ideal, max) => {
    await importPeople([{ slug: 'jane-doe', name: 'Jane Doe', circle, since }]);
    const day = (n: number, minutes = 0) => new Date(Date.parse(since) + n * 86_400_000 + minutes * 60_000).toISOString();
    await tickAt(day(ideal, -1));
    await expectBadge('');
    await tickAt(day(ideal));
    await expectBadge('1', DUE);
    await tickAt(day(max, -1));
    await expectBadge('1', DUE);
    await tickAt(day(max));
    await expectBadge('1', OVERDUE);
  });

  it('new: the 24-7-30 steps, each due and overdue in turn, then the contact moves to key', async () => {
    await importPeople([{ slug: 'sam-lee', name: 'Sam Lee', circle: 'new', since }]);
    await tickAt('2026-11-03T08:59:00.000Z');
    await expectBadge('');
    await tickAt('2026-11-03T09:00:00.000Z'); // a day after connecting
    await expectBadge('1', DUE);
    await tickAt('2026-11-04T09:00:00.000Z');
    await expectBadge('1', OVERDUE);
    await send({ type: 'logTouchpoint', target: { contactId: 'in:sam-lee' }, touchpoint: { type: 'message' } });
    await expectBadge('');
    await tickAt('2026-11-09T09:00:00.000Z'); // a week after connecting
    await expectBadge('1', DUE);
    await tickAt('2026-11-12T09:00:00.000Z');
    await expectBadge('1', OVERDUE);
    await send({ type: 'logTouchpoint', target: { contactId: 'in:sam-lee' }, touchpoint: { type: 'message' } });
    await tickAt('2026-12-02T09:00:00.000Z'); // a month after connecting
    await expectBadge('1', DUE);
    setNow('2026-12-02T09:00:00.000Z');
    await send({ type: 'logTouchpoint', target: { contactId: 'in:sam-lee' }, touchpoint: { type: 'meeting' } });
    await expectBadge('');
    expect(await getDb().contacts.get('in:sam-lee')).toMatchObject({ circle: 'key', dueAt: '2027-01-01T09:00:00.000Z' });
  });

  it('untracked: never due', async () => {
    await importPeople([{ slug: 'old-friend', name: 'Old Friend', circle: 'untracked', since: '2020-01-01T00:00:00.000Z' }]);
    await tickAt('2030-01-01T00:00:00.000Z');
    await expectBadge('');
  });

  it('a snoozed contact is neither due nor overdue until the snooze ends', async () => {
    await importPeople([{ slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2026-09-01T09:00:00.000Z', snoozedUntil: '2026-11-10T09:00:00.000Z' }]);
    await expectBadge('');
    await tickAt('2026-11-10T09:00:00.000Z');
    await expectBadge('1', OVERDUE);
  });
});

describe('the badge after every kind of write, within a second', () => {
  const longAgo = '2026-09-01T09:00:00.000Z'; // inner since then: overdue on 2 November

  beforeEach(async () => {
    await importPeople([...innerCircle(3, longAgo), { slug: 'wide-one', name: 'Wide One', circle: 'wider', since: '2026-10-01T09:00:00.000Z' }]);
    await expectBadge('3', OVERDUE);
  });

  it('logging a touchpoint', async () => {
    await send({ type: 'logTouchpoint', target: { contactId: 'in:person-1' }, touchpoint: { type: 'comment' } });
    await expectBadge('2', OVERDUE);
  });

  it('snoozing one person, then everyone due', async () => {
    await send({ type: 'snoozeContact', id: 'in:person-2', until: '2026-11-09T09:00:00.000Z' });
    await expectBadge('2', OVERDUE);
    expect(await send({ type: 'snoozeAllDue', until: '2026-11-03T09:00:00.000Z' })).toEqual({ ok: true, value: { snoozed: 2 } });
    await expectBadge('');
  });

  it('changing a circle', async () => {
    await send({ type: 'updateContact', id: 'in:person-3', patch: { circle: 'untracked' } });
    await expectBadge('2', OVERDUE);
  });

  it('importing', async () => {
    await importPeople(innerCircle(2, longAgo, 'more'));
    await expectBadge('5', OVERDUE);
  });

  it('deleting a contact, then all data', async () => {
    await send({ type: 'deleteContact', id: 'in:person-1' });
    await expectBadge('2', OVERDUE);
    await send({ type: 'deleteAllData' });
    await expectBadge('');
  });

  it('changing cadences (every due date is recomputed)', async () => {
    const cadences = { ...DEFAULT_SETTINGS.cadences, inner: { idealDays: 60, maxDays: 90 }, wider: { idealDays: 14, maxDays: 60 } };
    await send({ type: 'updateSettings', settings: { ...DEFAULT_SETTINGS, cadences } });
    // Inner people (62 days) are now due but not overdue; the wider one (32 days) is due too.
    await expectBadge('4', DUE);
  });

  it('deleting a touchpoint brings the person back', async () => {
    const logged = await send<{ touchpoint: { id: string } }>({ type: 'logTouchpoint', target: { contactId: 'in:person-1' }, touchpoint: { type: 'like' } });
    await expectBadge('2');
    await send({ type: 'deleteTouchpoint', id: logged.value!.touchpoint.id });
    await expectBadge('3');
  });
});

describe('the badge in other states', () => {
  it('reads “99+” beyond 99 people', async () => {
    await importPeople(innerCircle(150, '2026-10-15T09:00:00.000Z'));
    await expectBadge('99+', DUE);
    expect(await fakeBrowser.action.getTitle({})).toBe('Rapport: More than 99 people are due a touchpoint');
  });

  it('shows “…” while an import runs, then the count', async () => {
    const texts: string[] = [];
    const setBadgeText = fakeBrowser.action.setBadgeText.bind(fakeBrowser.action);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async (details) => {
      texts.push(details.text ?? '');
      return setBadgeText(details);
    });
    await importPeople(innerCircle(2, '2026-10-15T09:00:00.000Z'));
    await expectBadge('2', DUE);
    expect(texts).toContain('…');
    expect(texts.at(-1)).toBe('2');
  });

  it('shows “!” with the reason in its tooltip when the data cannot be read, and recovers', async () => {
    await importPeople(innerCircle(1, '2026-10-15T09:00:00.000Z'));
    await expectBadge('1');
    const where = vi.spyOn(workerDb().contacts, 'where').mockImplementation(() => {
      throw Object.assign(new Error('the disk is gone'), { name: 'DatabaseClosedError' });
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await tickAt('2026-11-02T09:15:00.000Z');
    await expectBadge('!', BADGE_COLORS.error.toUpperCase());
    expect(await fakeBrowser.action.getTitle({})).toMatch(/^Rapport: could not read your data \(.*the disk is gone.*\)/);
    where.mockRestore();
    await tickAt('2026-11-02T09:30:00.000Z');
    await expectBadge('1');
  });
});

describe('the badge at a cold start', () => {
  it('is recomputed when the browser starts (the browser forgot it)', async () => {
    await importPeople(innerCircle(2, '2026-10-15T09:00:00.000Z'));
    await expectBadge('2');
    await restartBrowser();
    await expectBadge('2', DUE);
  });

  it('is recomputed by a worker started without any lifecycle event (e.g. the extension re-enabled)', async () => {
    await importPeople(innerCircle(2, '2026-10-15T09:00:00.000Z'));
    await expectBadge('2');
    await fakeBrowser.action.setBadgeText({ text: '7' });
    setNow('2026-11-10T09:00:00.000Z');
    await restartWorker();
    await expectBadge('2', OVERDUE);
  });
});

describe('the badge counts people with a follow-up due', () => {
  it('from local midnight of the loop’s day, once per person, and no longer after Done', async () => {
    // Both entered Inner today: not due a touchpoint for 14 days.
    await importPeople([
      { slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2026-11-02T09:00:00.000Z' },
      { slug: 'ali-khan', name: 'Ali Khan', circle: 'inner', since: '2026-11-02T09:00:00.000Z' },
    ]);
    const first = await send<{ id: string }>({ type: 'addLoop', loop: { contactId: 'in:jane-doe', text: 'Send the deck', dueDay: '2026-11-03' } });
    await send({ type: 'addLoop', loop: { contactId: 'in:jane-doe', text: 'Ask about the launch', dueDay: '2026-11-03' } });
    await expectBadge('');
    // 23:59 in Paris on the 2nd, then 00:00 on the 3rd (UTC+1).
    await tickAt('2026-11-02T22:59:00.000Z');
    await expectBadge('');
    await tickAt('2026-11-02T23:00:00.000Z');
    await expectBadge('1', DUE);
    expect(await fakeBrowser.action.getTitle({})).toMatch(/1 person is due a touchpoint \(1 with a follow-up due\)/);
    // Someone both due and with a follow-up counts once.
    await send({ type: 'addLoop', loop: { contactId: 'in:ali-khan', text: 'Intro to Sam', dueDay: '2026-11-16' } });
    await tickAt('2026-11-16T10:00:00.000Z');
    await expectBadge('2', DUE);
    await send({ type: 'closeLoop', id: first.value!.id });
    await expectBadge('2', DUE);
  });
});

describe('the badge counts people owed a thank-you', () => {
  /** Logs an ask to `contactId` and sets its outcome; returns its id. */
  async function ask(contactId: string, outcome: 'helped' | 'declined' | 'pending') {
    const logged = await send<{ touchpoint: { id: string } }>({ type: 'logTouchpoint', target: { contactId }, touchpoint: { type: 'ask', note: 'An intro?' } });
    const id = logged.value!.touchpoint.id;
    await send({ type: 'updateTouchpoint', id, patch: { outcome } });
    return id;
  }

  it('once per person however many helped asks, not for pending or declined ones, until thanked', async () => {
    // Both entered Inner today: not due a touchpoint for 14 days.
    await importPeople([
      { slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2026-11-02T09:00:00.000Z' },
      { slug: 'ali-khan', name: 'Ali Khan', circle: 'inner', since: '2026-11-02T09:00:00.000Z' },
    ]);
    await ask('in:ali-khan', 'pending');
    await ask('in:ali-khan', 'declined');
    await expectBadge('');
    const first = await ask('in:jane-doe', 'helped');
    const second = await ask('in:jane-doe', 'helped');
    await expectBadge('1', DUE);
    expect(await fakeBrowser.action.getTitle({})).toMatch(/1 person is due a touchpoint \(1 to thank for their help\)/);
    await send({ type: 'updateTouchpoint', id: first, patch: { thanked: true } });
    await expectBadge('1', DUE);
    await send({ type: 'updateTouchpoint', id: second, patch: { thanked: true } });
    await expectBadge('');
  });

  it('counts someone owed thanks who is also due a touchpoint or has a follow-up due only once', async () => {
    await importPeople([{ slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: '2026-11-02T09:00:00.000Z' }]);
    await ask('in:jane-doe', 'helped');
    await send({ type: 'addLoop', loop: { contactId: 'in:jane-doe', text: 'Send the deck', dueDay: '2026-11-02' } });
    // The count stays 1 with the loop added: wait for the recount's tooltip.
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).toMatch(/1 person is due a touchpoint \(1 with a follow-up due\) \(1 to thank for their help\)/), { timeout: 1000, interval: 10 });
    await expectBadge('1', DUE);
    // 14 days after the ask: due a touchpoint as well, still one person.
    await tickAt('2026-11-17T10:00:00.000Z');
    await expectBadge('1');
  });
});
