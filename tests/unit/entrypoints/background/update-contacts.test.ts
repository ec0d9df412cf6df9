import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import { badge, restartWorker, send, settleWorker, startWorker, stopWorker, workerDb } from '../../helpers/worker';
import { senders } from '../../helpers/background';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncConfigItem } from '@/lib/sync/sync-items';

const NOW = '2026-12-02T09:00:00.000Z';
const JUNE = '2026-06-01T09:00:00.000Z';

/** Someone imported and untracked, last messaged in June. */
async function importedUntracked(slug: string) {
  const id = `in:${slug}`;
  const contact: Contact = {
    id,
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    name: slug,
    circle: 'untracked',
    tags: [],
    createdAt: JUNE,
    updatedAt: JUNE,
    circleSince: JUNE,
    lastTouchAt: JUNE,
    searchWords: [slug],
  };
  const touchpoint: Touchpoint = { id: `t-${slug}`, contactId: id, type: 'message', focus: 'give', at: JUNE, source: 'import' };
  await workerDb().contacts.put(contact);
  await workerDb().touchpoints.put(touchpoint);
  return id;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
  await startWorker();
});
afterEach(async () => {
  await stopWorker();
  vi.useRealTimers();
});

describe('updateContacts (the People page bulk action)', () => {
  it('puts many people in a circle in one message and the badge shows who it makes due', async () => {
    const ids = [];
    for (const slug of ['ana-a', 'ben-b', 'cat-c']) ids.push(await importedUntracked(slug));
    await settleWorker();
    expect((await badge()).text).toBe('');

    const reply = await send({ type: 'updateContacts', ids, change: { circle: 'key' } });

    expect(reply).toEqual({ ok: true, value: { updated: 3 } });
    // Quiet since June: due at once, spread over the catch-up (the first today).
    await vi.waitFor(async () => expect(Number((await badge()).text)).toBeGreaterThanOrEqual(1), { timeout: 1000, interval: 10 });
    expect((await workerDb().contacts.bulkGet(ids)).every((contact) => contact!.circle === 'key')).toBe(true);
  });

  it('leaves no sync outbox row while sync is off; with sync on (at the worker’s start) every changed person is recorded', async () => {
    const ids = [];
    for (const slug of ['ana-a', 'ben-b']) ids.push(await importedUntracked(slug));
    await settleWorker();
    // The worker's start reads the sync config (off): from then on, nothing is recorded.
    await vi.waitFor(() => expect(workerDb().recordsOutbox).toBe(false), { timeout: 1000, interval: 5 });
    await workerDb().outbox.clear();
    expect(await send({ type: 'updateContacts', ids, change: { circle: 'key' } })).toEqual({ ok: true, value: { updated: 2 } });
    expect(await workerDb().outbox.count()).toBe(0);

    await syncConfigItem.setValue({ enabled: true, server: { url: 'https://couch.example.org/rapport' } } as never);
    // Its run at start stops at the missing host permission: no network here.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    await restartWorker();
    await settleWorker();
    expect(workerDb().recordsOutbox).toBe(true);
    expect(await send({ type: 'updateContacts', ids, change: { circle: 'inner' } })).toEqual({ ok: true, value: { updated: 2 } });
    expect((await workerDb().outbox.toArray()).map((entry) => entry.id).sort()).toEqual(ids.map((id) => `contacts|${id}`));
  });

  it('is refused from a LinkedIn page', async () => {
    const id = await importedUntracked('ana-a');
    const reply = await send({ type: 'updateContacts', ids: [id], change: { circle: 'inner' } }, senders.contentScript());
    expect(reply.ok).toBe(false);
    expect((await workerDb().contacts.get(id))!.circle).toBe('untracked');
  });

  it.each([
    ['no ids', { ids: [], change: { circle: 'key' } }],
    ['an unknown circle', { ids: ['in:ana-a'], change: { circle: 'closest' } }],
    ['two changes at once', { ids: ['in:ana-a'], change: { circle: 'key', kind: 'both' } }],
    ['an empty tag', { ids: ['in:ana-a'], change: { addTag: '   ' } }],
    ['more than 10,000 people', { ids: Array.from({ length: 10_001 }, (_, i) => `in:p-${i}`), change: { circle: 'key' } }],
  ])('rejects %s', async (_name, body) => {
    await importedUntracked('ana-a');
    const reply = await send({ type: 'updateContacts', ...body });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect((await workerDb().contacts.get('in:ana-a'))!.circle).toBe('untracked');
  });
});
