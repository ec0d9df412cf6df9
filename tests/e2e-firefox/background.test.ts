import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, launchFirefox, type FirefoxHarness } from './harness';
import { backupOf } from '../fixtures/due-backup';

/**
 * The background in Firefox: an MV2 event page (not a service worker), the
 * toolbar's `browserAction` badge, alarms and the digest notification
 * (Firefox's notifications have no buttons).
 */

let rapport: FirefoxHarness;

beforeAll(async () => {
  rapport = await launchFirefox();
});
afterAll(async () => {
  await rapport?.close();
});

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const RED = [196, 50, 10, 255];
const BLUE = [10, 102, 194, 255];

/** What the toolbar badge shows, read from Firefox itself. */
const readBadge = () =>
  rapport.inExtension(async (browser) => ({
    text: await browser.browserAction.getBadgeText({}),
    color: await browser.browserAction.getBadgeBackgroundColor({}),
    title: await browser.browserAction.getTitle({}),
  }));

/** Waits until the badge shows `text` (how fast is the benchmarks' business: badge.afterLog). */
async function expectBadge(text: string) {
  await expect.poll(async () => (await readBadge()).text).toBe(text);
  return readBadge();
}

describe('the Firefox versions the README states', () => {
  it('are the Firefox running these tests and the strict_min_version the built manifest declares', async () => {
    const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    const found = await rapport.inExtension(async (browser) => {
      const manifest = browser.runtime.getManifest() as { browser_specific_settings?: { gecko?: { strict_min_version?: string }; gecko_android?: { strict_min_version?: string } } };
      return {
        version: (await browser.runtime.getBrowserInfo()).version,
        desktop: manifest.browser_specific_settings?.gecko?.strict_min_version,
        android: manifest.browser_specific_settings?.gecko_android?.strict_min_version,
      };
    });
    const tested = /\*\*Firefox ESR (\d+)\*\* \(Debian's `firefox-esr`, ([\d.]+)esr\)/.exec(readme);
    expect(tested, 'README names the tested Firefox ESR').not.toBeNull();
    expect(found.version.split('.')[0]).toBe(tested![1]);
    expect(found.version).toBe(tested![2]);
    expect(readme).toContain(`declares \`strict_min_version\` **${found.desktop}**`);
    expect(readme).toContain(`**${found.android}** for Firefox for Android`);
    // Versions between the declared minimum and the tested one are said to be untested.
    expect(readme).toContain(`Firefox ${parseInt(found.desktop!, 10)}–${parseInt(tested![1]!, 10) - 1} and Firefox for Android are not tested`);
  });
});

describe('the background page in Firefox', () => {
  it('runs the MV2 build: a background page, the browserAction and the sidebar', async () => {
    const found = await rapport.inExtension(async (browser) => {
      const manifest = browser.runtime.getManifest() as { manifest_version: number; background?: { scripts?: string[] }; sidebar_action?: { default_panel: string } };
      const background = await browser.runtime.getBackgroundPage();
      return {
        version: manifest.manifest_version,
        scripts: manifest.background?.scripts,
        sidebar: manifest.sidebar_action?.default_panel,
        backgroundOrigin: background?.location.origin === location.origin,
        platform: (await browser.runtime.getBrowserInfo()).name,
      };
    });
    expect(found).toEqual({
      version: 2,
      scripts: [`${EXTENSION_ORIGIN}/background.js`],
      sidebar: `${EXTENSION_ORIGIN}/sidepanel.html`,
      backgroundOrigin: true,
      platform: 'Firefox',
    });
  });

  it('starts with an empty badge and its alarms (digest, tick, tomorrow\'s export reminder)', async () => {
    expect((await readBadge()).text).toBe('');
    const alarms = () => rapport.inExtension((browser) => browser.alarms.getAll());
    await expect.poll(async () => (await alarms()).map((alarm) => alarm.name).sort()).toEqual(['rapport-digest', 'rapport-export-reminder', 'rapport-tick']);
    const all = await alarms();
    expect(all.find((alarm) => alarm.name === 'rapport-export-reminder')?.scheduledTime).toBeGreaterThan(Date.now());
    expect(all.find((alarm) => alarm.name === 'rapport-tick')).toMatchObject({ periodInMinutes: 15 });
    expect(all.find((alarm) => alarm.name === 'rapport-digest')?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('counts who is due after a backup is imported, and drops after a log', async () => {
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
    const imported = await rapport.send({ type: 'importBackup', backup });
    expect(imported.ok).toBe(true);
    const afterImport = await expectBadge('4');
    expect(afterImport.color).toEqual(RED);
    expect(afterImport.title).toBe('Rapport: 4 people are due a touchpoint (1 overdue)');

    await rapport.send({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'comment' } });
    const afterLog = await expectBadge('3');
    expect(afterLog.color).toEqual(BLUE);
  });

  it('shows the count again at start-up: the reloaded add-on’s new background page sets the badge from IndexedDB', async () => {
    await rapport.reloadExtension();
    const atStartUp = await expectBadge('3');
    expect(atStartUp.title).toBe('Rapport: 3 people are due a touchpoint');
    // The alarms are there again too.
    const names = await rapport.inExtension(async (browser) => (await browser.alarms.getAll()).map((alarm) => alarm.name).sort());
    expect(names).toEqual(['rapport-digest', 'rapport-tick']);
  });

  it('shows the digest as a notification (Firefox’s have no buttons) when the tick alarm fires', async () => {
    const settings = (await rapport.send<{ notifications: object }>({ type: 'getSettings' })).value!;
    await rapport.send({ type: 'updateSettings', settings: { ...settings, notifications: { ...settings.notifications, quietDays: [], digestTime: '00:00' } } });
    // Today's digest time was used up at install (nobody was due then): start a new day.
    await rapport.inExtension((browser) => browser.storage.local.remove('nudgeState'));
    // Headless Firefox has no alert service: a notification is closed as soon as it is created, so getAll() stays
    // empty. Its onClosed event, which every extension page receives, says which one the background created.
    await rapport.inExtension((browser) => {
      const seen: string[] = ((window as unknown as { closedNotifications: string[] }).closedNotifications = []);
      browser.notifications.onClosed.addListener((id) => void seen.push(id));
    });
    await rapport.inExtension((browser) => browser.alarms.create('rapport-tick', { when: Date.now() }));
    const closed = () => rapport.inExtension(() => (window as unknown as { closedNotifications: string[] }).closedNotifications);
    await expect.poll(closed).toEqual(['rapport-digest']);
    const state = await rapport.inExtension(async (browser) => (await browser.storage.local.get('nudgeState')).nudgeState);
    expect(state).toMatchObject({ notifiedIds: expect.arrayContaining(['in:ali-khan', 'in:sam-lee', 'in:mia-chen']) });
  });
});
