import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { launchExtension, type ExtensionHarness } from './harness';
import { EXPECTED, exportZip } from '../fixtures/linkedin-export/synthetic-export';

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

interface Backup {
  contacts: { id: string; circle: string; [key: string]: unknown }[];
  touchpoints: { id: string; contactId: string; at: string; type: string; source: string }[];
}
const backup = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!;
const zip = { name: 'Basic_LinkedInDataExport_11-27-2026.zip', mimeType: 'application/zip', buffer: Buffer.from(exportZip()) };

describe('importing LinkedIn’s data export through the options page', () => {
  it('creates the expected contacts and touchpoints, and importing again changes nothing', async () => {
    const options = await rapport.openExtensionPage('options.html');
    await options.getByLabel('Import LinkedIn data export').setInputFiles(zip);
    await options.getByText('Import finished: 6 people added, 0 updated, 9 touchpoints added.').waitFor();
    await options.getByText('2 rows were left out:').waitFor();
    await options.getByText('6 messages became 6 touchpoints (one per person, conversation and day).').waitFor();

    const first = await backup();
    const contacts = Object.fromEntries(first.contacts.map((contact) => [contact.id, contact]));
    expect(Object.keys(contacts).sort()).toEqual(Object.keys(EXPECTED.contacts).sort());
    for (const [id, expected] of Object.entries(EXPECTED.contacts)) expect(contacts[id]).toMatchObject({ ...expected, circle: 'untracked', tags: [] });
    const byContact: Record<string, [string, string][]> = {};
    for (const touchpoint of [...first.touchpoints].sort((a, b) => (a.at < b.at ? -1 : 1))) {
      expect(touchpoint.source).toBe('import');
      (byContact[touchpoint.contactId] ??= []).push([touchpoint.at, touchpoint.type]);
    }
    expect(byContact).toEqual(EXPECTED.touchpoints);

    // The keep-in-touch step suggests the two-way conversations and puts one in a circle in one click.
    const step = options.getByRole('region', { name: 'Choose who to keep in touch with' });
    await step.getByText('Bea Marlowe').waitFor();
    await step.getByText('Eli Novak').waitFor();
    await step.getByRole('button', { name: 'Put Bea Marlowe in Wider' }).click();
    await step.getByText('In Wider').waitFor();
    const afterTracking = await backup();
    expect(afterTracking.contacts.find((contact) => contact.id === 'in:bea-marlowe-42')).toMatchObject({ circle: 'wider' });

    await options.getByLabel('Import LinkedIn data export').setInputFiles(zip);
    await options.getByText('Import finished: nothing new. Everything in these files is already in Rapport.').waitFor();
    const second = await backup();
    expect({ ...second, exportedAt: null }).toEqual({ ...afterTracking, exportedAt: null });

    // The skipped rows download as CSV.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download the rows left out (CSV)' }).click()]);
    const skipped = readFileSync((await download.path())!, 'utf8');
    expect(skipped).toContain('a draft that was never sent');
    expect(skipped).toContain('Zed Nobody');
    await options.close();
  });

  it('refuses a foreign file with a message naming it, and writes nothing', async () => {
    const before = await backup();
    const options = await rapport.openExtensionPage('options.html');
    await options.getByLabel('Import LinkedIn data export').setInputFiles({ name: 'holiday.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ 'notes.txt': strToU8('hello') })) });
    await expect(options.getByRole('alert').textContent()).resolves.toMatch(/“holiday\.zip” holds none of the files Rapport imports.*Nothing was imported\./);
    await options.getByLabel('Import LinkedIn data export').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from('First Name,Last Name,URL,Connected On\n"Ada,Lovelace,https://www.linkedin.com/in/ada,12 Mar 2024\n') });
    await expect(options.getByRole('alert').textContent()).resolves.toMatch(/“Connections\.csv” is not valid CSV: a quoted field is never closed/);
    // A file of the export that names no person (the user's own reactions) is read and explained, not refused.
    await options.getByLabel('Import LinkedIn data export').setInputFiles({ name: 'Reactions.csv', mimeType: 'text/csv', buffer: Buffer.from('Date,Type,Link\r\n2025-06-16 11:04:59,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1\r\n') });
    await options.getByText('Import finished: these files hold no one Rapport can import. The files and rows below say why.').waitFor();
    expect({ ...(await backup()), exportedAt: null }).toEqual({ ...before, exportedAt: null });
    await options.close();
  });

  it('exports contacts and touchpoints as CSV, and shows when the last backup was made', async () => {
    const options = await rapport.openExtensionPage('options.html');
    // Only a backup file handed to the download counts as a backup (not a CSV export, not a read of the data).
    await options.getByText(/not exported a backup/).waitFor();
    await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export backup' }).click()]);
    await options.getByText(/^Last backup: /).waitFor();
    const [contactsFile] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export contacts (CSV)' }).click()]);
    expect(contactsFile.suggestedFilename()).toMatch(/^rapport-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const contactsCsv = readFileSync((await contactsFile.path())!, 'utf8');
    expect(contactsCsv.split('\r\n')[0]).toBe('\uFEFFName,Profile URL,Circle,Kind,Tags,Headline,Company,Location,Last touch,Due,Overdue from,Snoozed until,Connected on,Invited by,Added to Rapport');
    expect(contactsCsv).toContain('Bea Marlowe,https://www.linkedin.com/in/bea-marlowe-42/,wider,');
    const [touchpointsFile] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export touchpoints (CSV)' }).click()]);
    const touchpointsCsv = readFileSync((await touchpointsFile.path())!, 'utf8');
    expect(touchpointsCsv.split('\r\n').filter(Boolean)).toHaveLength(1 + 9);
    expect(touchpointsCsv).toContain('Endorsed: Welding');
    await options.close();
  });
});
