import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLORS } from '@/lib/badge/badge-state';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import { badge, send, settleWorker, startWorker, stopWorker, workerDb } from '../../helpers/worker';

const NOW = '2026-12-02T09:00:00.000Z';

/** Someone put in Key a week ago whose last message was in June, stored as the rule before v6 did: due 30 days after circling. */
async function storedByOldRule(slug: string) {
  const id = `in:${slug}`;
  const contact: Contact = {
    id,
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    name: slug,
    circle: 'key',
    tags: [],
    createdAt: '2026-06-01T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
    circleSince: '2026-11-25T09:00:00.000Z',
    lastTouchAt: '2026-06-01T09:00:00.000Z',
    dueAt: '2026-12-25T09:00:00.000Z',
    overdueAt: '2027-01-09T09:00:00.000Z',
    quietSince: '2026-06-01T09:00:00.000Z',
    searchWords: [slug],
  };
  const touchpoint: Touchpoint = { id: `t-${slug}`, contactId: id, type: 'message', focus: 'give', at: '2026-06-01T09:00:00.000Z', source: 'import' };
  await workerDb().contacts.put(contact);
  await workerDb().touchpoints.put(touchpoint);
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

describe('the background after the update to the last-touch rule', () => {
  it('recomputes stored due dates once the update is installed, spreading who it makes due, and the badge shows them', async () => {
    for (const slug of ['ana-a', 'ben-b', 'cat-c']) await storedByOldRule(slug);
    await settleWorker();
    expect((await badge()).text).toBe('');

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await vi.waitFor(async () => expect(await badge()).toEqual({ text: '2', color: BADGE_COLORS.due.toUpperCase() }), { timeout: 1000, interval: 10 });
    const waiting = (await workerDb().contacts.toArray()).filter((contact) => contact.catchUpAt !== undefined && contact.catchUpAt > NOW);
    expect(waiting).toHaveLength(1);
  });

  it('does nothing on a fresh install (nothing stored by an older rule)', async () => {
    await storedByOldRule('ana-a');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settleWorker();
    expect((await workerDb().contacts.get('in:ana-a'))!.dueAt).toBe('2026-12-25T09:00:00.000Z');
  });

  it('circling someone whose last touch was months ago makes them due at once through the message, badge included', async () => {
    await send({ type: 'addContact', person: { profileUrl: 'https://www.linkedin.com/in/dee-d/', name: 'Dee D' }, circle: 'untracked' });
    await send({ type: 'logTouchpoint', target: { contactId: 'in:dee-d' }, touchpoint: { type: 'message', at: '2026-05-01T09:00:00.000Z' } });
    expect(await send({ type: 'updateContact', id: 'in:dee-d', patch: { circle: 'key' } })).toMatchObject({ ok: true, value: { catchUpAt: NOW, dueAt: NOW } });
    await vi.waitFor(async () => expect((await badge()).text).toBe('1'), { timeout: 1000, interval: 10 });
  });
});
