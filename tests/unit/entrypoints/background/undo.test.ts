import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db/db';
import { handleCommand } from '@/entrypoints/background/commands';
import { grantUndo, takeUndo, UNDO_TOKENS_KEPT, UNDO_WINDOW_MS } from '@/entrypoints/background/undo-tokens';
import { deliver, senders } from '../../helpers/background';
import { fakeWindow } from '../../helpers/tabs';

/**
 * Undo takes back exactly one log (issue 20, item 5): the touchpoint it
 * wrote, and the person only when that log added them and nothing else has
 * been recorded for them since. Recording the right to undo is bookkeeping
 * (item 10): it never turns a written log into a reported failure.
 */

const TAB = 5;
const jane = { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' };
const JANE = 'in:jane-doe';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** A first log from the popup or side panel (an extension page), as QuickLog sends it. */
async function logFromPopup(type = 'message'): Promise<string> {
  const reply = (await deliver({ type: 'logTouchpoint', target: { person: jane }, touchpoint: { type } })) as Reply<{ touchpoint: { id: string } }>;
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.touchpoint.id;
}

/** A first log from the button on Jane's profile (a content script in tab `TAB`). */
async function logFromProfileButton(type = 'message'): Promise<string> {
  const reply = (await deliver({ type: 'logFromPage', person: jane, touchpointType: type }, senders.contentScript(TAB))) as Reply<{ touchpointId: string }>;
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.touchpointId;
}

const undoFromPopup = (id: string) => deliver({ type: 'undoTouchpoint', id });
const undoFromTab = (id: string) => deliver({ type: 'undoTouchpoint', id }, senders.contentScript(TAB));
const note = (id: string) => ({ id, contactId: JANE, body: 'Met at the Lyon meetup', baseUpdatedAt: null });

afterEach(() => {
  vi.useRealTimers();
});

describe('Undo after a first log in the popup or side panel', () => {
  it('removes the person the log added when nothing else was recorded for them', async () => {
    const id = await logFromPopup();
    expect(await undoFromPopup(id)).toEqual({ ok: true, value: null });
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('keeps the person and the note written since, taking back only that touchpoint', async () => {
    const id = await logFromPopup();
    await deliver({ type: 'saveNote', note: note('n1') });
    expect(await undoFromPopup(id)).toEqual({ ok: true, value: null });
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(await getDb().contacts.get(JANE)).toMatchObject({ name: 'Jane Doe' });
    expect(await getDb().notes.get('n1')).toMatchObject({ body: 'Met at the Lyon meetup' });
  });

  it.each([
    ['tags', { tags: ['investor'] }],
    ['a circle', { circle: 'key' }],
    ['a kind', { kind: 'strategic' }],
  ])('keeps the person once %s was set for them', async (_, patch) => {
    const id = await logFromPopup();
    expect(await deliver({ type: 'updateContact', id: JANE, patch })).toMatchObject({ ok: true });
    await undoFromPopup(id);
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(await getDb().contacts.get(JANE)).toMatchObject(patch);
  });

  it('keeps the person and their other touchpoints when a later log is there', async () => {
    const first = await logFromPopup('message');
    const second = (await deliver({ type: 'logTouchpoint', target: { contactId: JANE }, touchpoint: { type: 'call' } })) as Reply<{ touchpoint: { id: string } }>;
    await undoFromPopup(first);
    expect(await getDb().contacts.count()).toBe(1);
    expect((await getDb().touchpoints.toArray()).map((touchpoint) => touchpoint.id)).toEqual([second.ok && second.value.touchpoint.id]);
  });

  it('after its window, still takes back the touchpoint but never the person', async () => {
    const id = await logFromPopup();
    vi.useFakeTimers({ now: Date.now() + UNDO_WINDOW_MS + 1_000, toFake: ['Date'] });
    expect(await undoFromPopup(id)).toEqual({ ok: true, value: null });
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(await getDb().contacts.count()).toBe(1);
  });
});

describe('Undo in the page', () => {
  it('keeps a note written about the person within its window', async () => {
    const id = await logFromProfileButton();
    await deliver({ type: 'saveNote', note: note('n1') });
    expect(await undoFromTab(id)).toEqual({ ok: true, value: null });
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(await getDb().notes.count()).toBe(1);
    expect(await getDb().contacts.count()).toBe(1);
  });

  it('removes the person its log added when nothing else happened', async () => {
    const id = await logFromProfileButton();
    await undoFromTab(id);
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('cannot undo a log made in Rapport’s own pages', async () => {
    const id = await logFromPopup();
    expect(await undoFromTab(id)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await getDb().touchpoints.count()).toBe(1);
  });
});

describe('Undo bookkeeping never turns a written log into a failure', () => {
  function fillSessionStorage() {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  }

  it('reports a log from the page as written when its Undo cannot be recorded', async () => {
    fillSessionStorage();
    const reply = await deliver({ type: 'logFromPage', person: jane, touchpointType: 'message' }, senders.contentScript(TAB));
    expect(reply).toMatchObject({ ok: true, value: { contact: { name: 'Jane Doe' } } });
    expect(await getDb().touchpoints.count()).toBe(1);
  });

  it('reports a log from the popup as written when its Undo cannot be recorded', async () => {
    fillSessionStorage();
    expect(await deliver({ type: 'logTouchpoint', target: { person: jane }, touchpoint: { type: 'message' } })).toMatchObject({ ok: true });
    expect(await getDb().touchpoints.count()).toBe(1);
  });

  it('confirms a shortcut log in the page (not an error) when its Undo cannot be recorded', async () => {
    const toTab = vi.fn(async () => ({ ok: true, value: null }));
    fakeBrowser.tabs.sendMessage = toTab as unknown as typeof fakeBrowser.tabs.sendMessage;
    // A real tab showing Jane's profile: the shortcut acts only on what the tab shows now.
    const tabId = await (await fakeWindow()).open(jane.profileUrl);
    const context = { url: jane.profileUrl, page: 'profile', profile: { slug: 'jane-doe', profileUrl: jane.profileUrl, name: 'Jane Doe', headline: null, location: null, company: null, avatarUrl: null }, posts: [], degraded: null };
    await deliver({ type: 'pageContextChanged', context }, senders.contentScript(tabId));
    fillSessionStorage();
    await handleCommand('log-message', { id: tabId, url: jane.profileUrl } as Parameters<typeof handleCommand>[1]);
    expect(await getDb().touchpoints.count()).toBe(1);
    expect(toTab).toHaveBeenCalledWith(tabId, expect.objectContaining({ type: 'touchpointLogged', text: 'Logged a message with Jane Doe, now in Rapport' }));
    expect(toTab).not.toHaveBeenCalledWith(tabId, expect.objectContaining({ type: 'showNotice' }));
  });
});

describe('undo tokens', () => {
  const stored = async () => Object.keys(((await fakeBrowser.storage.session.get('undoTokens')) as { undoTokens?: object }).undoTokens ?? {});

  it('are pruned: expired ones go with the next write, and at most a fixed number are kept', async () => {
    const start = Date.parse('2026-12-02T10:00:00Z');
    await grantUndo('old', TAB, false, start);
    await grantUndo('fresh', TAB, false, start + UNDO_WINDOW_MS + 1);
    expect(await stored()).toEqual(['fresh']);
    for (let i = 0; i < UNDO_TOKENS_KEPT + 10; i++) await grantUndo(`burst-${i}`, TAB, false, start + UNDO_WINDOW_MS + 2 + i);
    const kept = await stored();
    expect(kept).toHaveLength(UNDO_TOKENS_KEPT);
    expect(kept).toContain(`burst-${UNDO_TOKENS_KEPT + 9}`);
  });

  it('are each taken once, only by their holder, and not after the window', async () => {
    const now = Date.parse('2026-12-02T10:00:00Z');
    await grantUndo('t1', TAB, true, now);
    expect(await takeUndo('t1', 99, now)).toBeNull();
    expect(await takeUndo('t1', 'pages', now)).toBeNull();
    expect(await takeUndo('t1', TAB, now)).toMatchObject({ contactCreated: true });
    expect(await takeUndo('t1', TAB, now)).toBeNull();
    await grantUndo('t2', 'pages', false, now);
    expect(await takeUndo('t2', 'pages', now + UNDO_WINDOW_MS + 1)).toBeNull();
  });

  it('granted at the same moment are all kept', async () => {
    await Promise.all(['a', 'b', 'c'].map((id) => grantUndo(id, TAB, false)));
    expect((await stored()).sort()).toEqual(['a', 'b', 'c']);
  });
});

beforeEach(() => {
  fakeBrowser.tabs.sendMessage = (async () => ({ ok: true, value: null })) as unknown as typeof fakeBrowser.tabs.sendMessage;
});
