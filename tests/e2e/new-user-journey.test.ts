import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { injected } from './closed-shadow';
import { profilePageV3 } from '../fixtures/linkedin/profile-top-card.v3';

/**
 * A new user's first session, end to end in Chromium with the built extension:
 * install, import a LinkedIn export, choose circles, browse a profile, log from
 * the page, watch the badge, write a note in the side panel, export a backup,
 * delete everything, import the backup, and find everything back.
 */

const DAY = 86_400_000;
const OWN = 'https://www.linkedin.com/in/robin-quill-0a1b2c';
/** LinkedIn's Connections.csv date format ("17 Jun 2021"), for a day relative to today. */
const connectedOn = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const messageDate = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

/** A synthetic export (invented people): Bea, an old friend you write to; Dana, connected three days ago. */
function exportZip(): Uint8Array {
  const connections = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    `Bea,Marlowe,https://www.linkedin.com/in/bea-marlowe-42,,Marlowe & Co,Founder,${connectedOn(700)}`,
    `Dana,Okafor,https://www.linkedin.com/in/dana-okafor,,Kuzey,Engineer,${connectedOn(3)}`,
  ].join('\n');
  const messages = [
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT',
    `conv-1,,Bea Marlowe,https://www.linkedin.com/in/bea-marlowe-42,Robin Quill,${OWN},${messageDate(40)},,Coffee soon?,INBOX,No`,
    `conv-1,,Robin Quill,${OWN},Bea Marlowe,https://www.linkedin.com/in/bea-marlowe-42,${messageDate(39)},,Yes please,INBOX,No`,
  ].join('\r\n');
  return zipSync({ 'Connections.csv': strToU8(connections), 'messages.csv': strToU8(messages) });
}

type Backup = {
  contacts: Array<{ id: string; name: string; circle: string; circleSince: string }>;
  touchpoints: Array<{ contactId: string; type: string; source: string }>;
  notes: Array<{ contactId: string; body: string }>;
};

let rapport: ExtensionHarness;
const stored = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!;
const badge = () => rapport.worker.evaluate(() => chrome.action.getBadgeText({}));

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve('/in/dana-okafor/', profilePageV3({ slug: 'dana-okafor', name: 'Dana Okafor', headline: 'Engineer at Kuzey' }));
});
afterAll(async () => {
  await rapport?.close();
});

it('takes a new user from install to a restored backup without losing anything', async () => {
  // Installed: the worker runs, nobody is due.
  await expect.poll(badge).toBe('');

  // Import the LinkedIn export through the options page.
  const options = await rapport.openExtensionPage('options.html');
  await options.getByLabel('Import LinkedIn data export').setInputFiles({ name: 'Complete_LinkedInDataExport.zip', mimeType: 'application/zip', buffer: Buffer.from(exportZip()) });
  await options.getByText(/^Import finished: 2 people added/).waitFor({ timeout: 30_000 });
  expect((await stored()).contacts.map((c) => [c.name, c.circle])).toEqual([
    ['Bea Marlowe', 'untracked'],
    ['Dana Okafor', 'untracked'],
  ]);

  // Choose who to keep in touch with: Bea, suggested because you write to each other, goes in the inner circle.
  await options.getByLabel('Circle', { exact: true }).selectOption('inner');
  await options.getByRole('button', { name: 'Put Bea Marlowe in Inner' }).click();
  await expect.poll(async () => (await stored()).contacts.find((c) => c.name === 'Bea Marlowe')?.circle).toBe('inner');
  // Her last message was over a year ago: she is due at once, and the badge says so (docs/nudges.md).
  await expect.poll(badge).toBe('1');

  // Browse Dana's profile: the page shows the Log touchpoint button; Dana is known but untracked.
  const { page: profile, tabId } = await rapport.openLinkedIn('/in/dana-okafor/');
  const button = injected(profile, 'rapport-log-button', 'button.log'); // in a closed shadow root: see closed-shadow.ts
  const status = injected(profile, 'rapport-log-button', '.status'); // apart from the action, coloured, with an icon
  await expect.poll(() => status.textContent()).toMatch(/Never touched$/);

  // Put Dana in the new-connection circle from the popup: connected three days ago, her acknowledgement is overdue.
  const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.getByRole('heading', { name: 'Dana Okafor' }).waitFor();
  await popup.getByRole('group', { name: 'Circle' }).getByRole('button', { name: 'New' }).click();
  await expect.poll(badge).toBe('2');
  await popup.close();

  // Log from the button on the page: the first step is done, only Bea is left.
  await profile.reload();
  await expect.poll(() => status.textContent()).toMatch(/Never touched · overdue$/);
  await button.click();
  await expect.poll(() => status.textContent()).toMatch(/Last touched today$/);
  await expect.poll(badge).toBe('1');

  // Write a note in the side panel, which follows the LinkedIn tab; close it straight away.
  await profile.bringToFront();
  const panel = await rapport.openExtensionPage('sidepanel.html');
  const note = panel.getByRole('textbox', { name: 'New note about Dana Okafor' });
  await note.fill('Met at the Lyon meetup. Loves climbing.');
  await panel.close({ runBeforeUnload: true });
  await expect.poll(async () => (await stored()).notes.map((n) => n.body)).toEqual(['Met at the Lyon meetup. Loves climbing.']);

  // Export a backup.
  const before = await stored();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export backup' }).click()]);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'rapport-backup', version: 1 });

  // Delete all data.
  await options.getByRole('button', { name: 'Delete all data' }).click();
  await options.getByRole('dialog', { name: 'Delete all data?' }).getByRole('button', { name: 'Delete everything' }).click();
  await options.getByText('All contacts, touchpoints and notes were deleted.').waitFor();
  expect(await stored()).toMatchObject({ contacts: [], touchpoints: [], notes: [] });
  await profile.reload();
  await expect.poll(() => status.textContent()).toMatch(/Not in Rapport$/);

  // Import the backup: everything is back, field for field, and the badge agrees.
  await options.getByLabel('Import backup').setInputFiles(file);
  await options.getByText(/^Backup imported: 2 contacts added/).waitFor();
  const after = await stored();
  expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });
  expect(after.contacts.find((c) => c.name === 'Dana Okafor')).toMatchObject({ circle: 'new' });
  expect(after.touchpoints.filter((t) => t.contactId === 'in:dana-okafor' && t.source === 'manual')).toHaveLength(1);
  await expect.poll(badge).toBe('1');
  await profile.reload();
  await expect.poll(() => status.textContent()).toMatch(/Last touched today$/);
});
