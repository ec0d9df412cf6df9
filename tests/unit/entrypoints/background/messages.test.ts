import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { TAB_POSTS_KEPT } from '@/entrypoints/background/tab-contexts';
import { deliver, senders } from '../../helpers/background';

const jane = { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' };
const logJane = { type: 'logTouchpoint', target: { person: jane }, touchpoint: { type: 'like' } };

describe('background messages', () => {
  it('logs a touchpoint sent by one of Rapport’s pages', async () => {
    const reply = await deliver(logJane, senders.extensionPage);
    expect(reply).toMatchObject({ ok: true, value: { contactCreated: true, contact: { id: 'in:jane-doe', circle: 'wider' } } });
    expect(await getDb().touchpoints.count()).toBe(1);
  });

  it('logs a touchpoint a content script asks for with only the person and the type', async () => {
    const reply = await deliver({ type: 'logFromPage', person: jane, touchpointType: 'like' }, senders.contentScript());
    expect(reply).toMatchObject({ ok: true, value: { contact: { name: 'Jane Doe', circle: 'wider' } } });
    expect(await getDb().touchpoints.count()).toBe(1);
  });

  it.each([
    ['an unknown type', { type: 'dropTables' }],
    ['a missing field', { type: 'logTouchpoint', target: { person: jane } }],
    ['an extra field', { ...logJane, sneaky: true }],
    ['a wrong type of touchpoint', { ...logJane, touchpoint: { type: 'stalk' } }],
    ['an oversized name', { ...logJane, target: { person: { ...jane, name: 'x'.repeat(201) } } }],
    ['a profile URL on another site', { ...logJane, target: { person: { ...jane, profileUrl: 'https://evil.example/in/jane-doe/' } } }],
    ['not an object', 'logTouchpoint'],
    ['null', null],
  ])('rejects %s with a clear error and writes nothing', async (_, message) => {
    const reply = await deliver(message);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringMatching(/^Rejected message/) } });
    expect(await getDb().contacts.count()).toBe(0);
    expect(await getDb().touchpoints.count()).toBe(0);
  });

  it.each([
    ['deleteAllData', { type: 'deleteAllData' }],
    ['importBackup', { type: 'importBackup', backup: { format: 'rapport-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', contacts: [], touchpoints: [], notes: [] } }],
    ['deleteContact', { type: 'deleteContact', id: 'in:jane-doe' }],
    ['deleteTouchpoint', { type: 'deleteTouchpoint', id: 'x' }],
  ])('refuses %s from a content script', async (_, message) => {
    await deliver(logJane, senders.extensionPage);
    expect(await deliver(message, senders.contentScript())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await getDb().contacts.count()).toBe(1);
  });

  it('lets a content script read settings (auto-capture needs them) but not change them', async () => {
    const read = await deliver({ type: 'getSettings' }, senders.contentScript());
    expect(read).toMatchObject({ ok: true, value: { autoCapture: true } });
    const settings = { ...(read as { value: { autoCapture: boolean } }).value, autoCapture: false };
    expect(await deliver({ type: 'updateSettings', settings }, senders.contentScript())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await deliver({ type: 'getSettings' })).toMatchObject({ ok: true, value: { autoCapture: true } });
  });

  it.each([
    ['another extension', senders.otherExtension],
    ['a web page', senders.webPage],
  ])('refuses every message from %s', async (_, sender) => {
    expect(await deliver(logJane, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('remembers what each tab shows, taking the tab from the sender', async () => {
    const context = { url: 'https://www.linkedin.com/in/jane-doe/', page: 'profile', profile: null, posts: [], degraded: null };
    expect(await deliver({ type: 'pageContextChanged', context }, senders.contentScript(42))).toEqual({ ok: true, value: null });
    expect(await deliver({ type: 'getTabContext', tabId: 42 })).toEqual({ ok: true, value: context });
  });

  it('answers a tab’s view: its context with those of its posts’ authors who are in Rapport, in one reply', async () => {
    await deliver(logJane, senders.extensionPage);
    const byPerson = (slug: string, n: number) => ({
      urn: null,
      key: `componentkey:v${n}`,
      author: { kind: 'person', name: slug, slug, profileUrl: `https://www.linkedin.com/in/${slug}/` },
      text: null,
    });
    const company = { urn: null, key: 'componentkey:c', author: { kind: 'company', name: 'Acme', slug: null, profileUrl: 'https://www.linkedin.com/company/acme/' }, text: null };
    const feed = { url: 'https://www.linkedin.com/feed/', page: 'feed', profile: null, posts: [byPerson('sam-lee', 1), byPerson('jane-doe', 2), company, byPerson('jane-doe', 3)], degraded: null };
    await deliver({ type: 'pageContextChanged', context: feed }, senders.contentScript(44));
    const view = (await deliver({ type: 'getTabView', tabId: 44 })) as { ok: true; value: { context: unknown; knownAuthors: Array<{ id: string }> } };
    expect(view.value.context).toEqual(feed);
    expect(view.value.knownAuthors.map((contact) => contact.id)).toEqual(['in:jane-doe']);
    // A page without a post list (a profile) reads no authors; a tab without a report has no context.
    await deliver({ type: 'pageContextChanged', context: { ...feed, url: 'https://www.linkedin.com/in/jane-doe/', page: 'profile' } }, senders.contentScript(45));
    expect(await deliver({ type: 'getTabView', tabId: 45 })).toMatchObject({ ok: true, value: { knownAuthors: [] } });
    expect(await deliver({ type: 'getTabView', tabId: 46 })).toEqual({ ok: true, value: { context: null, knownAuthors: [] } });
    // Pages only: a content script may not ask who of a page's authors is in Rapport.
    expect(await deliver({ type: 'getTabView', tabId: 44 }, senders.contentScript(44))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('adds appended posts to the tab’s context (once per key, bounded), and replaces it after a navigation', async () => {
    const post = (n: number) => ({ urn: null, key: `componentkey:p${n}`, author: null, text: `post ${n}` });
    const feed = { url: 'https://www.linkedin.com/feed/', page: 'feed', profile: null, posts: [post(1), post(2)], degraded: null };
    const tab = senders.contentScript(43);
    await deliver({ type: 'pageContextChanged', context: feed }, tab);
    // Two batches sent back to back must both land.
    await Promise.all([
      deliver({ type: 'pageContextChanged', context: { ...feed, posts: [post(2), post(3)] }, append: true }, tab),
      deliver({ type: 'pageContextChanged', context: { ...feed, posts: [post(4)] }, append: true }, tab),
    ]);
    const stored = await deliver({ type: 'getTabContext', tabId: 43 });
    expect((stored as { value: { posts: Array<{ key: string }> } }).value.posts.map((p) => p.key)).toEqual([1, 2, 3, 4].map((n) => `componentkey:p${n}`));

    const many = Array.from({ length: 150 }, (_, i) => post(100 + i));
    await deliver({ type: 'pageContextChanged', context: { ...feed, posts: many }, append: true }, tab);
    const bounded = (await deliver({ type: 'getTabContext', tabId: 43 })) as { value: { posts: Array<{ key: string }> } };
    expect(bounded.value.posts).toHaveLength(TAB_POSTS_KEPT);
    expect(bounded.value.posts.at(-1)?.key).toBe('componentkey:p249');

    const profile = { url: 'https://www.linkedin.com/in/jane-doe/', page: 'profile', profile: null, posts: [post(9)], degraded: null };
    await deliver({ type: 'pageContextChanged', context: profile, append: true }, tab);
    expect(await deliver({ type: 'getTabContext', tabId: 43 })).toEqual({ ok: true, value: profile });
  });

  it('reports a missing contact as not-found', async () => {
    expect(await deliver({ type: 'snoozeContact', id: 'in:nobody', until: null })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('saving a note about someone not in Rapport yet', () => {
  const note = { id: 'note:1', contactId: 'in:jane-doe', body: 'Met at MWC', baseUpdatedAt: null };

  it('adds the person and the note in one message', async () => {
    const reply = await deliver({ type: 'saveNote', note, person: { ...jane, headline: 'CTO' } });
    expect(reply).toMatchObject({ ok: true, value: { id: 'note:1', body: 'Met at MWC' } });
    expect(await getDb().contacts.get('in:jane-doe')).toMatchObject({ name: 'Jane Doe', headline: 'CTO', circle: 'wider' });
    expect(await getDb().notes.count()).toBe(1);
  });

  it('writes nothing when the note and the person do not match', async () => {
    const reply = await deliver({ type: 'saveNote', note: { ...note, contactId: 'in:sam-lee' }, person: jane });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await getDb().contacts.count()).toBe(0);
    expect(await getDb().notes.count()).toBe(0);
  });

  it('adds nobody when the note is refused (a conflict)', async () => {
    const reply = await deliver({ type: 'saveNote', note: { ...note, baseUpdatedAt: '2026-01-01T00:00:00.000Z' }, person: jane });
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await getDb().contacts.count()).toBe(0);
  });
});
