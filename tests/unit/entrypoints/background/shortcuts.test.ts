import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db/db';
import { handleCommand } from '@/entrypoints/background/commands';
import { createContextMenu, handleContextMenuClick, nameShownMenu, pruneTargetedLinks, registerContextMenu } from '@/entrypoints/background/context-menu';
import { deliver, senders } from '../../helpers/background';
import { menuItems } from '../../helpers/fake-menus';
import { registerTabContextCleanup } from '@/entrypoints/background/tab-contexts';
import { fakeWindow, profileContext, report } from '../../helpers/tabs';

let TAB: number;
let tab: Parameters<typeof handleCommand>[1];
let browserWindow: Awaited<ReturnType<typeof fakeWindow>>;
const jane = { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' };
let toTab: ReturnType<typeof vi.fn>;
let notifications: { id: string; message: string }[];

beforeEach(async () => {
  toTab = vi.fn(async () => ({ ok: true, value: null }));
  fakeBrowser.tabs.sendMessage = toTab as unknown as typeof fakeBrowser.tabs.sendMessage;
  notifications = [];
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string, options: { message: string }) => {
    notifications.push({ id, message: options.message });
    return id;
  }) as unknown as typeof fakeBrowser.notifications.create);
  browserWindow = await fakeWindow();
  TAB = await browserWindow.open(jane.profileUrl);
  tab = { id: TAB } as Parameters<typeof handleCommand>[1];
});

/** The tab leaves LinkedIn: the browser withholds another site's URL from Rapport (no `tabs` permission). */
async function leaveLinkedIn(tabId: number) {
  await browserWindow.navigate(tabId, 'https://example.com/news');
  const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => {
    const found = await get(id);
    return id === tabId ? { ...found, url: undefined } : found;
  }) as typeof fakeBrowser.tabs.get);
}

async function showProfile(tabId = TAB) {
  await deliver(
    {
      type: 'pageContextChanged',
      context: { url: jane.profileUrl, page: 'profile', profile: { slug: 'jane-doe', profileUrl: jane.profileUrl, name: 'Jane Doe', headline: null, location: null, company: null, avatarUrl: null }, posts: [], degraded: null },
    },
    senders.contentScript(tabId),
  );
}

describe('the log-message keyboard shortcut', () => {
  it('logs a message touchpoint with the person in the active tab and confirms it in the page', async () => {
    await showProfile();
    await handleCommand('log-message', tab);
    const [touchpoint] = await getDb().touchpoints.toArray();
    expect(touchpoint).toMatchObject({ contactId: 'in:jane-doe', type: 'message', source: 'manual' });
    expect(toTab).toHaveBeenCalledWith(TAB, { type: 'touchpointLogged', touchpointId: touchpoint!.id, text: 'Logged a message with Jane Doe, now in Rapport' });
  });

  it('tells the user to open a profile when the tab shows no person, logging nothing', async () => {
    await handleCommand('log-message', tab);
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(toTab).toHaveBeenCalledWith(TAB, { type: 'showNotice', text: expect.stringMatching(/open a LinkedIn profile/) });
  });

  it('logs nothing for the last LinkedIn person once the tab has left LinkedIn, and says so in a notification', async () => {
    registerTabContextCleanup();
    await showProfile();
    await leaveLinkedIn(TAB);
    // No content script on another site: the page cannot show the notice.
    toTab.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await handleCommand('log-message', tab);
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(notifications).toEqual([{ id: 'rapport-notice', message: expect.stringMatching(/open a LinkedIn profile/) }]);
  });

  it('forgets what a tab showed on LinkedIn when it navigates to another site', async () => {
    registerTabContextCleanup();
    await showProfile();
    await browserWindow.navigate(TAB, 'https://example.com/');
    await expect.poll(async () => (await fakeBrowser.storage.session.get(`tabContext:${TAB}`))[`tabContext:${TAB}`]).toBeUndefined();
  });

  it('never logs for a profile the tab has navigated away from before the page reported the new one', async () => {
    await showProfile();
    await browserWindow.navigate(TAB, 'https://www.linkedin.com/in/sam-lee/');
    await handleCommand('log-message', tab);
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(toTab).toHaveBeenCalledWith(TAB, { type: 'showNotice', text: expect.stringMatching(/open a LinkedIn profile/) });
    await report(TAB, profileContext('sam-lee', 'Sam Lee'));
    await handleCommand('log-message', tab);
    expect(await getDb().touchpoints.toArray()).toEqual([expect.objectContaining({ contactId: 'in:sam-lee' })]);
  });

  it('confirms a log in a notification when the page cannot show it', async () => {
    await showProfile();
    toTab.mockRejectedValue(new Error('The page is gone.'));
    await handleCommand('log-message', tab);
    expect(await getDb().touchpoints.count()).toBe(1);
    expect(notifications).toEqual([{ id: 'rapport-notice', message: 'Logged a message with Jane Doe, now in Rapport' }]);
  });

  it('ignores other commands', async () => {
    await showProfile();
    await handleCommand('something-else', tab);
    expect(await getDb().touchpoints.count()).toBe(0);
  });
});

describe('the context menu on profile links', () => {
  it('is created once, only for LinkedIn profile links', async () => {
    await createContextMenu();
    await createContextMenu();
    expect([...menuItems.values()]).toEqual([
      expect.objectContaining({ title: 'Log touchpoint with this person', contexts: ['link'], targetUrlPatterns: expect.arrayContaining(['https://www.linkedin.com/in/*']), documentUrlPatterns: ['https://www.linkedin.com/*'] }),
    ]);
  });

  it('is named after the person whose link was right-clicked, and logs with them', async () => {
    await createContextMenu();
    await deliver({ type: 'profileLinkTargeted', ...jane }, senders.contentScript(TAB));
    expect(menuItems.get('rapport-log-profile-link')?.title).toBe('Log touchpoint with Jane Doe');
    await handleContextMenuClick({ menuItemId: 'rapport-log-profile-link', linkUrl: 'https://www.linkedin.com/in/jane-doe?trk=x', editable: false, pageUrl: '' }, tab);
    expect(await getDb().contacts.get('in:jane-doe')).toMatchObject({ name: 'Jane Doe', circle: 'wider' });
    expect(await getDb().touchpoints.count()).toBe(1);
  });

  it('keeps a known contact’s full name when the link shows a shorter one (a mention by first name)', async () => {
    await deliver({ type: 'logTouchpoint', target: { person: jane }, touchpoint: { type: 'message' } });
    await deliver({ type: 'profileLinkTargeted', profileUrl: jane.profileUrl, name: 'Jane' }, senders.contentScript(TAB));
    await handleContextMenuClick({ menuItemId: 'rapport-log-profile-link', linkUrl: jane.profileUrl, editable: false, pageUrl: '' }, tab);
    expect(await getDb().contacts.get('in:jane-doe')).toMatchObject({ name: 'Jane Doe' });
    expect(await getDb().touchpoints.count()).toBe(2);
    expect(toTab).toHaveBeenCalledWith(TAB, expect.objectContaining({ type: 'touchpointLogged', text: 'Logged a message with Jane Doe' }));
  });

  it('never guesses a name: a link it knows nothing about is refused with a notice', async () => {
    await deliver({ type: 'profileLinkTargeted', ...jane }, senders.contentScript(TAB));
    await handleContextMenuClick({ menuItemId: 'rapport-log-profile-link', linkUrl: 'https://www.linkedin.com/in/someone-else/', editable: false, pageUrl: '' }, tab);
    expect(await getDb().contacts.count()).toBe(0);
    expect(toTab).toHaveBeenCalledWith(TAB, { type: 'showNotice', text: expect.stringMatching(/could not tell who/) });
  });
});

describe('the context menu in Firefox (menus.onShown, targetElementId)', () => {
  // Firefox's `menus`: the same items, plus onShown/refresh; the content script answers getMenuTargetLink from menus.getTargetElement.
  let refresh: ReturnType<typeof vi.fn>;
  const erika = { profileUrl: 'https://www.linkedin.com/in/erika-musterfrau/', name: 'Erika Musterfrau' };
  const shown = { menuIds: ['rapport-log-profile-link'], linkUrl: erika.profileUrl, targetElementId: 42 };
  beforeEach(async () => {
    refresh = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { menus: { onShown: { addListener: () => undefined }, update: fakeBrowser.contextMenus.update, refresh } });
    toTab.mockImplementation(async (_tab: number, message: { type: string; targetElementId?: number }) =>
      message.type === 'getMenuTargetLink' ? { ok: true, value: message.targetElementId === 42 ? erika : null } : { ok: true, value: null },
    );
    await createContextMenu();
  });
  afterEach(() => {
    delete (fakeBrowser as { menus?: unknown }).menus; // Chrome has none: the other tests run without it
  });

  it('names the open menu after the right-clicked link and redraws it, without any report from the page', async () => {
    await nameShownMenu(shown, tab);
    expect(toTab).toHaveBeenCalledWith(TAB, { type: 'getMenuTargetLink', targetElementId: 42 });
    expect(menuItems.get('rapport-log-profile-link')?.title).toBe('Log touchpoint with Erika Musterfrau');
    expect(refresh).toHaveBeenCalledOnce();
  });

  it('never shows a previous person: an element that is not the menu’s link gives the generic title', async () => {
    await deliver({ type: 'profileLinkTargeted', ...jane }, senders.contentScript(TAB));
    expect(menuItems.get('rapport-log-profile-link')?.title).toBe('Log touchpoint with Jane Doe');
    await nameShownMenu({ ...shown, linkUrl: 'https://www.linkedin.com/in/someone-else/' }, tab);
    expect(menuItems.get('rapport-log-profile-link')?.title).toBe('Log touchpoint with this person');
    expect(refresh).toHaveBeenCalledOnce();
  });

  it('logs with the link that was right-clicked, read when the item is chosen (no stored report needed)', async () => {
    await handleContextMenuClick({ menuItemId: 'rapport-log-profile-link', linkUrl: `${erika.profileUrl}?trk=x`, editable: false, pageUrl: '', targetElementId: 42 }, tab);
    expect(await getDb().contacts.get('in:erika-musterfrau')).toMatchObject({ name: 'Erika Musterfrau' });
    expect(await getDb().touchpoints.count()).toBe(1);
  });

  it('refuses when the page no longer has the element (a stale id) and nothing was reported', async () => {
    await handleContextMenuClick({ menuItemId: 'rapport-log-profile-link', linkUrl: erika.profileUrl, editable: false, pageUrl: '', targetElementId: 7 }, tab);
    expect(await getDb().contacts.count()).toBe(0);
    expect(toTab).toHaveBeenCalledWith(TAB, { type: 'showNotice', text: expect.stringMatching(/could not tell who/) });
  });
});

describe('the links remembered for the context menu', () => {
  const stored = async (tabId: number) => (await fakeBrowser.storage.session.get(`targetedLink:${tabId}`))[`targetedLink:${tabId}`];

  it('are forgotten when their tab closes (one key per tab would otherwise grow all session)', async () => {
    registerContextMenu();
    await deliver({ type: 'profileLinkTargeted', ...jane }, senders.contentScript(TAB));
    expect(await stored(TAB)).toMatchObject({ profileUrl: jane.profileUrl });
    // The browser closes the tab (fake-browser's tabs.remove looks the window up by the tab's id, so the event is fired as the browser would).
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { isWindowClosing: false, windowId: browserWindow.id });
    await expect.poll(() => stored(TAB)).toBeUndefined();
  });

  it('of tabs closed while the background was not listening are pruned at start, open tabs keep theirs', async () => {
    const other = 4242; // a tab closed while no listener ran: it is not among the open tabs
    await deliver({ type: 'profileLinkTargeted', ...jane }, senders.contentScript(TAB));
    await deliver({ type: 'profileLinkTargeted', ...jane }, senders.contentScript(other));
    expect(await stored(other)).toBeDefined();
    await fakeBrowser.storage.session.set({ unrelated: 1 });
    await pruneTargetedLinks();
    expect(await stored(other)).toBeUndefined();
    expect(await stored(TAB)).toMatchObject({ profileUrl: jane.profileUrl });
    expect(await fakeBrowser.storage.session.get('unrelated')).toEqual({ unrelated: 1 });
  });
});

describe('undo from the page', () => {
  const logJane = { type: 'logFromPage', person: jane, touchpointType: 'like' };
  type Logged = { value: { touchpointId: string } };

  it('lets the tab that logged undo it within the window, removing a person the log added', async () => {
    const reply = (await deliver(logJane, senders.contentScript(TAB))) as Logged;
    expect(await deliver({ type: 'undoTouchpoint', id: reply.value.touchpointId }, senders.contentScript(TAB))).toEqual({ ok: true, value: null });
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('refuses another tab, a second undo, and an undo after the window', async () => {
    const first = (await deliver(logJane, senders.contentScript(TAB))) as Logged;
    expect(await deliver({ type: 'undoTouchpoint', id: first.value.touchpointId }, senders.contentScript(99))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await getDb().touchpoints.count()).toBe(1);

    const second = (await deliver({ ...logJane, touchpointType: 'comment' }, senders.contentScript(TAB))) as Logged;
    vi.useFakeTimers({ now: Date.now() + 16_000, toFake: ['Date'] });
    expect(await deliver({ type: 'undoTouchpoint', id: second.value.touchpointId }, senders.contentScript(TAB))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    vi.useRealTimers();
    expect(await getDb().touchpoints.count()).toBe(2);
  });

  it('keeps a person who already existed when their touchpoint is undone', async () => {
    await deliver({ type: 'logTouchpoint', target: { person: jane }, touchpoint: { type: 'message' } });
    const auto = { type: 'captureEngagement', author: jane.profileUrl, post: { key: 'urn:li:activity:1', urn: 'urn:li:activity:1' }, touchpointType: 'like' };
    const reply = (await deliver(auto, senders.contentScript(TAB))) as Logged;
    await deliver({ type: 'undoTouchpoint', id: reply.value.touchpointId }, senders.contentScript(TAB));
    expect(await getDb().contacts.count()).toBe(1);
    expect(await getDb().touchpoints.count()).toBe(1);
  });
});

describe('automatic capture', () => {
  it('never adds a person on its own', async () => {
    const capture = { type: 'captureEngagement', author: jane.profileUrl, post: { key: 'urn:li:activity:1', urn: 'urn:li:activity:1' }, touchpointType: 'like' };
    expect(await deliver(capture, senders.contentScript(TAB))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // Nor may one of Rapport's pages pass an automatic touchpoint off for a person to add.
    const reply = await deliver({ type: 'logTouchpoint', target: { person: jane }, touchpoint: { type: 'like', source: 'auto' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await getDb().contacts.count()).toBe(0);
  });
});

describe('contact status for the injected button', () => {
  it('answers null for someone not in Rapport and where the contact stands otherwise', async () => {
    expect(await deliver({ type: 'getContactStatus', profileUrl: jane.profileUrl }, senders.contentScript())).toEqual({ ok: true, value: null });
    await deliver({ type: 'logTouchpoint', target: { person: jane }, touchpoint: { type: 'message' } });
    expect(await deliver({ type: 'getContactStatus', profileUrl: jane.profileUrl }, senders.contentScript())).toMatchObject({ ok: true, value: { name: 'Jane Doe', circle: 'wider' } });
  });
});
