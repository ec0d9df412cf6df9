import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { backupOf } from '../fixtures/due-backup';

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** What the toolbar badge shows, read from the browser itself. */
async function readBadge() {
  return rapport.worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));
}

/** Waits until the badge shows `text`, failing after a second. */
async function expectBadge(text: string) {
  const deadline = Date.now() + 1000;
  let last = await readBadge();
  while (last.text !== text && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    last = await readBadge();
  }
  expect(last.text).toBe(text);
  return last;
}

const RED = [196, 50, 10, 255];
const BLUE = [10, 102, 194, 255];

describe('the badge in Chromium', () => {
  it('starts empty, with the alarms in place', async () => {
    await expectBadge('');
    // The worker creates the alarms at install without anyone waiting on it: on a loaded machine that can take a moment.
    const alarms = () => rapport.worker.evaluate(() => chrome.alarms.getAll());
    await expect.poll(async () => (await alarms()).map((alarm) => alarm.name).sort(), { timeout: 5000 }).toEqual(['rapport-digest', 'rapport-export-reminder', 'rapport-tick']); // the reminder: tomorrow, to import the LinkedIn export (welcome page)
    const [digest, tick] = ['rapport-digest', 'rapport-tick'].map(async (name) => (await alarms()).find((alarm) => alarm.name === name));
    expect(await tick).toMatchObject({ periodInMinutes: 15 });
    expect((await digest)?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('shows how many people are due after importing a backup, and drops as touchpoints are logged and people snoozed', async () => {
    const backup = backupOf([
      // Inner circle, untouched for 30 days: overdue (21).
      { slug: 'jane-doe', name: 'Jane Doe', circle: 'inner', since: daysAgo(60), touches: [daysAgo(30)] },
      // Inner, 16 days: due (14) but not overdue.
      { slug: 'ali-khan', name: 'Ali Khan', circle: 'inner', since: daysAgo(16) },
      { slug: 'sam-lee', name: 'Sam Lee', circle: 'key', since: daysAgo(35) },
      { slug: 'mia-chen', name: 'Mia Chen', circle: 'wider', since: daysAgo(95) },
      // Not due: recently touched, or untracked.
      { slug: 'noor-ali', name: 'Noor Ali', circle: 'inner', since: daysAgo(60), touches: [daysAgo(2)] },
      { slug: 'old-friend', name: 'Old Friend', circle: 'untracked', since: daysAgo(900) },
    ]);
    const options = await rapport.openExtensionPage('options.html');
    await options.getByLabel('Import backup').setInputFiles({ name: 'due.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await options.getByText(/Backup imported: 6 contacts added/).waitFor();
    const afterImport = await expectBadge('4');
    expect(afterImport.color).toEqual(RED);
    expect(afterImport.title).toBe('Rapport: 4 people are due a touchpoint (1 overdue)');

    await rapport.send({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'comment' } });
    const afterLog = await expectBadge('3');
    expect(afterLog.color).toEqual(BLUE);

    await rapport.send({ type: 'snoozeContact', id: 'in:ali-khan', until: new Date(Date.now() + 7 * DAY).toISOString() });
    await expectBadge('2');
    await options.close();
  });

  it('follows a cadence changed on the options page', async () => {
    const options = await rapport.openExtensionPage('options.html');
    await options.getByRole('spinbutton', { name: 'Key Due after (days)' }).fill('40');
    await options.getByRole('spinbutton', { name: 'Key Overdue after (days)' }).fill('50');
    await options.getByText('Settings saved.').waitFor(); // saved by itself after a pause
    await expectBadge('1'); // Sam (key, 35 days) is no longer due; Mia (wider) still is.
    await options.close();
  });

  it('shows a digest notification with its buttons, created by the background', async () => {
    const settings = (await rapport.send<{ notifications: object }>({ type: 'getSettings' })).value!;
    await rapport.send({ type: 'updateSettings', settings: { ...settings, notifications: { ...settings.notifications, quietDays: [], digestTime: '00:00' } } });
    // Today's digest time was used up when the extension was installed (nobody was due then): start a new day.
    await rapport.worker.evaluate(() => chrome.storage.local.remove('nudgeState'));
    await rapport.worker.evaluate(() => chrome.alarms.create('rapport-tick', { when: Date.now() }));
    let shown: Record<string, unknown> = {};
    for (let attempt = 0; attempt < 50 && !shown['rapport-digest']; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      shown = await rapport.worker.evaluate(() => chrome.notifications.getAll());
    }
    expect(Object.keys(shown)).toEqual(['rapport-digest']);
    const state = await rapport.worker.evaluate(async () => (await chrome.storage.local.get('nudgeState')).nudgeState);
    expect(state).toMatchObject({ notifiedIds: ['in:mia-chen'] });
  });

  it('empties when everyone due is snoozed', async () => {
    expect(await rapport.send({ type: 'snoozeAllDue', until: new Date(Date.now() + DAY).toISOString() })).toEqual({ ok: true, value: { snoozed: 1 } });
    await expectBadge('');
  });

  it('counts a person owed a thank-you, once however many helped asks, until they are thanked in the dashboard', async () => {
    // Noor was touched two days ago: not due. Two asks that helped, neither thanked yet.
    for (const note of ['An intro to Acme', 'A review of my deck']) {
      const logged = await rapport.send<{ touchpoint: { id: string } }>({ type: 'logTouchpoint', target: { contactId: 'in:noor-ali' }, touchpoint: { type: 'ask', note } });
      await rapport.send({ type: 'updateTouchpoint', id: logged.value!.touchpoint.id, patch: { outcome: 'helped' } });
    }
    const owed = await expectBadge('1');
    expect(owed.title).toBe('Rapport: 1 person is due a touchpoint (1 to thank for their help)');

    const dashboard = await rapport.openExtensionPage('dashboard.html');
    const thanks = dashboard.getByRole('list', { name: 'Thank-yous due' });
    await thanks.getByText('Thank Noor Ali for their help: An intro to Acme').waitFor();
    await thanks.getByRole('button', { name: /Noor Ali/ }).first().click();
    await expect.poll(() => thanks.getByRole('listitem').count()).toBe(1);
    await expectBadge('1');
    await thanks.getByRole('button', { name: /Noor Ali/ }).click();
    await thanks.waitFor({ state: 'detached' });
    await expectBadge('');
    await dashboard.close();
  });
});
