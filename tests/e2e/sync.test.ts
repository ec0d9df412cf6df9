import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import express from 'express';
import expressPouchDb from 'express-pouchdb';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { injected } from './closed-shadow';

/**
 * Two machines: two Chromium profiles, each with the built extension, and a
 * real CouchDB-protocol server (express-pouchdb, in memory) on loopback,
 * started here. Sync is turned on in both through the options page.
 *
 * The browser's permission prompt (permissions.request) cannot be answered
 * by automation, and chrome://extensions' site access (developerPrivate)
 * does not grant optional hosts. So each profile loads a copy of the build
 * whose manifest also lists the loopback server as a host granted at install
 * (harness `grantHosts`): the options page's own permissions.request then
 * resolves true at once. The prompt itself is not exercised here.
 */
PouchDB.plugin(memoryAdapter);
const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
const DB = 'rapport-e2e';
const PASSPHRASE = 'correct horse battery staple';
const JANE = '/in/jane-doe-4a1b2c/';
const NOTE = 'Met Jane at the meetup; she is hiring a designer.';
const MANY = 250;

let server: Server;
let origin: string;
let a: ExtensionHarness;
let b: ExtensionHarness;

type Backup = { contacts: { id: string }[]; touchpoints: { id: string; contactId: string; type: string }[]; notes: { id: string; body: string }[] };
const stored = async (machine: ExtensionHarness) => (await machine.send<Backup>({ type: 'exportBackup' })).value!;
type Status = { lastSyncedAt: string | null; pending: number; running: boolean; error: string | null };
/** Read from an extension page of its own, not the worker, which the last test stops. */
const statusPages = new Map<ExtensionHarness, Page>();
async function status(machine: ExtensionHarness): Promise<Status | null> {
  if (!statusPages.has(machine)) statusPages.set(machine, await machine.openExtensionPage('options.html'));
  return statusPages.get(machine)!.evaluate(async () => ((await chrome.storage.local.get('syncStatus')).syncStatus ?? null) as Status | null);
}

async function turnOnSync(machine: ExtensionHarness): Promise<Page> {
  const options = await machine.openExtensionPage('options.html');
  const section = options.getByRole('region', { name: 'Sync between your computers' });
  await section.getByLabel('Server address (https://…)').fill(origin);
  await section.getByLabel('Database name').fill(DB);
  await section.getByLabel('Passphrase (the same on every computer)').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Turn on sync' }).click();
  try {
    await section.getByRole('button', { name: 'Turn off sync' }).waitFor({ timeout: 20_000 });
  } catch (error) {
    throw new Error(`sync did not turn on; the section says: ${await section.innerText()}`, { cause: error });
  }
  return options;
}

/** Waits for a completed run (started by the test or by the extension) with nothing left to push. */
async function synced(machine: ExtensionHarness, after = 0): Promise<Status> {
  let last: Status | null = null;
  await expect
    .poll(
      async () => {
        last = await status(machine);
        return last !== null && !last.running && last.error === null && last.lastSyncedAt !== null && Date.parse(last.lastSyncedAt) >= after && last.pending === 0;
      },
      { timeout: 60_000, interval: 250 },
    )
    .toBe(true);
  return last!;
}

beforeAll(async () => {
  const app = express();
  app.use('/', expressPouchDb(MemoryPouch, { mode: 'minimumForPouchDB', logPath: '/dev/null' }));
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The user's database exists on the server (Rapport does not create databases: it connects with skip_setup).
  expect((await fetch(`${origin}/${DB}`, { method: 'PUT' })).status).toBe(201);
  a = await launchExtension({ allowOrigins: [origin], grantHosts: [`${origin}/*`] });
  b = await launchExtension({ allowOrigins: [origin], grantHosts: [`${origin}/*`] });
  const profile = readFileSync('tests/fixtures/linkedin/profile-viewer-vs-viewed.v3.html', 'utf8');
  a.serve(JANE, profile);
  b.serve(JANE, profile);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('sync between two Chromium profiles', () => {
  it('turns on in both through the options page; the first shows a recovery key, the second opens the same account', async () => {
    const optionsA = await turnOnSync(a);
    await optionsA.getByText(/^Your recovery key\./).waitFor();
    await synced(a);
    const optionsB = await turnOnSync(b);
    expect(await optionsB.getByText(/^Your recovery key\./).count()).toBe(0);
    await synced(b);
    expect(await optionsB.getByText(/^Last synced /).isVisible()).toBe(true);
    // The server holds the key document and nothing readable.
    const raw = await new MemoryPouch(DB).allDocs({ include_docs: true });
    expect(raw.rows.map((row) => row.id)).toContain('rapport-keys');
  });

  it('a log and a note on a profile in one machine show in the other: badge, timeline and note', async () => {
    const since = Date.now();
    const { page: profileA } = await a.openLinkedIn(JANE);
    await injected(profileA, 'rapport-log-button', 'button.log').click();
    await expect.poll(() => injected(profileA, 'rapport-log-button', '.status').textContent()).toMatch(/Last touched today$/);
    const touchpoint = (await stored(a)).touchpoints[0]!;
    const note = await a.send({ type: 'saveNote', note: { id: 'note-jane-1', contactId: 'in:jane-doe-4a1b2c', body: NOTE, baseUpdatedAt: null } });
    expect(note.ok).toBe(true);
    // Sync runs on its own a few seconds after a local write.
    await synced(a, since);
    const server = await new MemoryPouch(DB).allDocs({ include_docs: true });
    expect(JSON.stringify(server.rows)).not.toMatch(/jane|Jane|hiring|meetup/);

    await b.send({ type: 'syncNow' });
    await synced(b, since);
    const inB = await stored(b);
    expect(inB.contacts.map((contact) => contact.id)).toEqual(['in:jane-doe-4a1b2c']);
    expect(inB.touchpoints).toEqual([expect.objectContaining({ id: touchpoint.id, contactId: 'in:jane-doe-4a1b2c', type: touchpoint.type })]);
    expect(inB.notes.map((n) => n.body)).toEqual([NOTE]);

    // The page badge in B knows Jane, the toolbar badge matches A's, the side panel shows the timeline and the note.
    const { page: profileB, tabId } = await b.openLinkedIn(JANE);
    await expect.poll(() => injected(profileB, 'rapport-log-button', '.status').textContent()).toMatch(/Last touched today$/);
    const badgeOf = (machine: ExtensionHarness, tab?: number) => machine.worker.evaluate((id) => chrome.action.getBadgeText(id === undefined ? {} : { tabId: id }), tab);
    expect(await badgeOf(b, tabId)).toBe(await badgeOf(a, (await a.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.linkedin.com/in/*' }))[0]?.id))));
    const panel = await b.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const person = panel.getByRole('article', { name: 'Jane Doe' });
    await person.getByRole('heading', { level: 2, name: 'Jane Doe' }).waitFor();
    await expect.poll(() => panel.locator('textarea').evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value))).toContain(NOTE);
    await expect.poll(() => person.getByText(/message/i).count()).toBeGreaterThan(0);
    await panel.close();
    await profileA.close();
    await profileB.close();
  });

  it('a service worker stopped mid-sync resumes at its next start, with nothing lost or duplicated', async () => {
    for (let i = 0; i < MANY; i++) {
      const reply = await a.send({ type: 'logTouchpoint', target: { person: { profileUrl: `https://www.linkedin.com/in/person-${i}/`, name: `Person ${i}` } }, touchpoint: { type: 'call' } });
      expect(reply.ok).toBe(true);
    }
    const since = Date.now();
    await a.send({ type: 'syncNow' });
    await synced(a, since);
    const inA = await stored(a);
    expect(inA.contacts).toHaveLength(MANY + 1);

    // B starts a run; once part of it has arrived, its worker is stopped (as the browser stops an idle one).
    const optionsB = await b.openExtensionPage('options.html');
    void optionsB.evaluate(() => chrome.runtime.sendMessage({ type: 'syncNow' }).catch(() => null));
    const total = inA.touchpoints.length;
    await expect.poll(async () => (await status(b))?.running, { interval: 20 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Stopped through DevTools, as the browser stops a worker (ServiceWorker.stopWorker on its running version).
    const cdp = await b.context.newCDPSession(optionsB);
    const versions = new Map<string, { scriptURL: string; runningStatus: string }>();
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const version of event.versions) versions.set(version.versionId, version);
    });
    await cdp.send('ServiceWorker.enable');
    const running = () => [...versions].find(([, version]) => version.scriptURL.startsWith(`chrome-extension://${b.extensionId}/`) && version.runningStatus === 'running');
    await expect.poll(() => running() !== undefined).toBe(true);
    await cdp.send('ServiceWorker.stopWorker', { versionId: running()![0] });
    await expect.poll(() => running() === undefined, { timeout: 10_000 }).toBe(true);
    // Cut off mid-way: the run never finished (its status still says running) and not all of A's touchpoints
    // had arrived (counted in IndexedDB from the page, which does not wake the worker).
    expect((await status(b))?.running).toBe(true);
    const partial = await statusPages.get(b)!.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('rapport');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('touchpoints').objectStore('touchpoints').count();
            count.onsuccess = () => {
              open.result.close();
              resolve(count.result);
            };
          };
        }),
    );
    expect(partial).toBeLessThan(total);
    console.log(`B had ${partial} of ${total} touchpoints when its worker was stopped`);
    await stored(b); // a message starts the worker again
    // Woken again (by that message), it syncs at start-up and finishes what was cut off.
    await synced(b, since);
    const inB = await stored(b);
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
    expect(ids(inB.contacts)).toEqual(ids(inA.contacts));
    expect(ids(inB.touchpoints)).toEqual(ids(inA.touchpoints));
    expect(ids(inB.notes)).toEqual(ids(inA.notes));
    // Nothing duplicated on the server either: one document per record, the key document and the shared settings record.
    expect((await new MemoryPouch(DB).info()).doc_count).toBe(inA.contacts.length + inA.touchpoints.length + inA.notes.length + 2);
    await optionsB.close();
  }, 240_000);
});
