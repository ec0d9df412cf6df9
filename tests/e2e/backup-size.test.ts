import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';

/**
 * A backup larger than one runtime message may be (Chrome refuses 64 MiB):
 * a few hundred long notes. It must round-trip through the options page:
 * import, export, delete everything, import the exported file. Invented people.
 */

const PEOPLE = 860;
const NOTE_CHARS = 98_000;
const MIB = 1024 * 1024;
const AT = '2026-11-02T09:00:00.000Z';

let rapport: ExtensionHarness;
let folder: string;

const noteBody = (i: number) => `Note ${i}: ${'Met at the synthetic meetup; talked about climbing, coffee and compilers. '.repeat(NOTE_CHARS / 70)}`.slice(0, NOTE_CHARS);

function bigBackup(): string {
  const contacts = [];
  const touchpoints = [];
  const notes = [];
  for (let i = 0; i < PEOPLE; i++) {
    const slug = `synthetic-person-${i}`;
    contacts.push({ id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: `Synthetic Person ${i}`, circle: 'key', tags: [], createdAt: AT, updatedAt: AT, circleSince: AT });
    touchpoints.push({ id: `tp-${i}`, contactId: `in:${slug}`, type: 'message', focus: 'give', at: AT, source: 'manual' });
    notes.push({ id: `note-${i}`, contactId: `in:${slug}`, body: noteBody(i), createdAt: AT, updatedAt: AT });
  }
  return JSON.stringify({ format: 'rapport-backup', version: 1, exportedAt: AT, contacts, touchpoints, notes, jobChanges: [] });
}

/** Counts and one note, read straight from the extension's IndexedDB in its service worker. */
async function stored() {
  return rapport.worker.evaluate(
    () =>
      new Promise<{ contacts: number; touchpoints: number; notes: number; lastNote: string }>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['contacts', 'touchpoints', 'notes'], 'readonly');
          const result = { contacts: 0, touchpoints: 0, notes: 0, lastNote: '' };
          tx.objectStore('contacts').count().onsuccess = (e) => (result.contacts = (e.target as IDBRequest<number>).result);
          tx.objectStore('touchpoints').count().onsuccess = (e) => (result.touchpoints = (e.target as IDBRequest<number>).result);
          tx.objectStore('notes').count().onsuccess = (e) => (result.notes = (e.target as IDBRequest<number>).result);
          tx.objectStore('notes').get('note-859').onsuccess = (e) => (result.lastNote = (e.target as IDBRequest<{ body: string } | undefined>).result?.body ?? '');
          tx.oncomplete = () => {
            open.result.close();
            resolve(result);
          };
        };
      }),
  );
}

beforeAll(async () => {
  rapport = await launchExtension();
  folder = mkdtempSync(join(tmpdir(), 'rapport-big-backup-'));
});
afterAll(async () => {
  await rapport?.close();
  rmSync(folder, { recursive: true, force: true });
});

it('round-trips a backup of more than 80 MiB through the options page', { timeout: 420_000 }, async () => {
  const source = join(folder, 'big.json');
  writeFileSync(source, bigBackup());
  expect(statSync(source).size).toBeGreaterThan(80 * MIB);
  const expected = { contacts: PEOPLE, touchpoints: PEOPLE, notes: PEOPLE, lastNote: noteBody(PEOPLE - 1) };

  const options = await rapport.openExtensionPage('options.html');
  await options.getByRole('button', { name: 'Export backup' }).waitFor();
  expect(await options.getByText(/You have not exported a backup yet/).count()).toBe(0); // nothing to lose yet
  await options.getByLabel('Import backup').setInputFiles(source);
  await options.getByText(`Backup imported: ${PEOPLE} contacts added`, { exact: false }).waitFor({ timeout: 180_000 });
  expect(await stored()).toEqual(expected);
  await options.getByText(/You have not exported a backup yet/).waitFor(); // now there is

  // Export: the file is handed to the download, and only then is the backup's date shown.
  const [download] = await Promise.all([options.waitForEvent('download', { timeout: 180_000 }), options.getByRole('button', { name: 'Export backup' }).click()]);
  const exported = await download.path();
  expect(statSync(exported).size).toBeGreaterThan(80 * MIB);
  await options.getByText(`Backup saved: ${PEOPLE} contacts, ${PEOPLE} touchpoints, ${PEOPLE} notes.`).waitFor({ timeout: 60_000 });
  await options.getByText(/^Last backup: /).waitFor();

  await options.getByRole('button', { name: 'Delete all data' }).click();
  await options.getByRole('dialog', { name: 'Delete all data?' }).getByRole('button', { name: 'Delete everything' }).click();
  await options.getByText('All contacts, touchpoints and notes were deleted.').waitFor();
  expect(await stored()).toEqual({ contacts: 0, touchpoints: 0, notes: 0, lastNote: '' });

  await options.getByLabel('Import backup').setInputFiles(exported);
  await options.getByText(`Backup imported: ${PEOPLE} contacts added`, { exact: false }).waitFor({ timeout: 180_000 });
  expect(await stored()).toEqual(expected);
  await options.close();
});
