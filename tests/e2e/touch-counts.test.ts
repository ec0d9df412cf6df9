import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';

/**
 * The dashboard's per-day touch counts in real Chromium, where IndexedDB
 * transactions commit as soon as they have nothing pending (fake-indexeddb is
 * more forgiving): counted at install, and kept in step by writes that move
 * people between circles in bulk (a new connection's follow-up completed by an
 * import; every due date recomputed after a cadence change).
 */

const DAY = 86_400_000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();

let rapport: ExtensionHarness;
beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

type Row = { circle: string; give: number; ask: number };
const touchDays = () =>
  rapport.worker.evaluate(
    () =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('touchDays').objectStore('touchDays').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Row[]);
          };
        };
      }),
  );
const byCircle = (rows: Row[]) => rows.reduce<Record<string, number>>((sum, row) => ({ ...sum, [row.circle]: (sum[row.circle] ?? 0) + row.give + row.ask }), {});

describe('touch counts in Chromium', () => {
  it('are counted at install, in the browser’s time zone', async () => {
    await expect.poll(() => rapport.worker.evaluate(async () => (await chrome.storage.local.get('touchDaysTimeZone')).touchDaysTimeZone)).toBe(
      await rapport.worker.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    );
  });

  it('follow a new connection out of `new` when an import completes the 24-7-30 follow-up, and a cadence change', async () => {
    const imported = await rapport.send({
      type: 'importBackup',
      backup: {
        format: 'rapport-backup',
        version: 1,
        exportedAt: iso(0),
        contacts: [
          { id: 'in:sam-counts', profileUrl: 'https://www.linkedin.com/in/sam-counts/', name: 'Sam', circle: 'new', tags: [], createdAt: iso(40), updatedAt: iso(40), circleSince: iso(40) },
          { id: 'in:kim-counts', profileUrl: 'https://www.linkedin.com/in/kim-counts/', name: 'Kim', circle: 'new', tags: [], createdAt: iso(40), updatedAt: iso(40), circleSince: iso(40) },
          { id: 'in:ada-counts', profileUrl: 'https://www.linkedin.com/in/ada-counts/', name: 'Ada', circle: 'inner', tags: [], createdAt: iso(90), updatedAt: iso(90), circleSince: iso(90) },
        ],
        touchpoints: [
          { id: 'c1', contactId: 'in:sam-counts', type: 'message', focus: 'give', at: iso(40), source: 'manual' },
          { id: 'c2', contactId: 'in:sam-counts', type: 'comment', focus: 'give', at: iso(33), source: 'manual' },
          { id: 'c3', contactId: 'in:sam-counts', type: 'meeting', focus: 'give', at: iso(12), source: 'manual' },
          { id: 'k1', contactId: 'in:kim-counts', type: 'message', focus: 'give', at: iso(40), source: 'manual' },
          { id: 'k2', contactId: 'in:kim-counts', type: 'message', focus: 'give', at: iso(33), source: 'manual' },
          { id: 'c4', contactId: 'in:ada-counts', type: 'ask', focus: 'ask', at: iso(5), source: 'manual' },
        ],
        notes: [],
      },
    });
    expect(imported.ok, JSON.stringify(imported.error)).toBe(true);
    const exported = await rapport.send<{ contacts: Array<{ id: string; circle: string }> }>({ type: 'exportBackup' });
    expect(exported.value?.contacts.find((contact) => contact.id === 'in:sam-counts')?.circle).toBe('key');
    expect(byCircle(await touchDays())).toEqual({ key: 3, new: 2, inner: 1 });

    // Shorter follow-up steps (1, 6 and 7 days): Kim's two touches now complete them, so recomputing every
    // due date moves Kim out of `new`, with their touches, in the same transaction.
    type Cadence = { idealDays: number; maxDays: number };
    const settings = await rapport.send<{ cadences: { new: { steps: [Cadence, Cadence, Cadence] } } }>({ type: 'getSettings' });
    const changed = structuredClone(settings.value!);
    changed.cadences.new.steps = [
      { idealDays: 1, maxDays: 2 },
      { idealDays: 6, maxDays: 8 },
      { idealDays: 7, maxDays: 9 },
    ];
    const updated = await rapport.send({ type: 'updateSettings', settings: changed });
    expect(updated.ok, JSON.stringify(updated.error)).toBe(true);
    const after = await rapport.send<{ contacts: Array<{ id: string; circle: string }> }>({ type: 'exportBackup' });
    expect(after.value?.contacts.find((contact) => contact.id === 'in:kim-counts')?.circle).toBe('key');
    expect(byCircle(await touchDays())).toEqual({ key: 5, inner: 1 });
  });
});
