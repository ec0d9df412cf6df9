import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTabContextStore, REPORT_WAIT_MS, type TabContextState } from '@/lib/stores/tab-context-store';
import { connectPagesToBackground, deliver } from '../../helpers/background';
import { fakeWindow, profileContext, rapportPage, report } from '../../helpers/tabs';

const JANE = 'https://www.linkedin.com/in/jane-doe/';
const SAM = 'https://www.linkedin.com/in/sam-lee/';
let stop: (() => void) | undefined;

function follow() {
  const store = createTabContextStore({ fixedTabId: null, follow: true });
  stop = store.start();
  return store;
}
const shownName = (state: TabContextState) => (state.status === 'ready' ? (state.context?.profile?.name ?? null) : state.status);

/**
 * Holds back the answer to the panel's first "which tab?" question (its own window's tabs): answered
 * from a snapshot taken at once, as a real browser answers, and delivered only on `release()`. The
 * background's own queries pass.
 */
function holdFirstQuestion() {
  const query = browser.tabs.query.bind(browser.tabs);
  let release!: () => void;
  let taken!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const snapshotTaken = new Promise<void>((resolve) => (taken = resolve));
  let asked = false;
  const spy = vi.spyOn(browser.tabs, 'query').mockImplementation(async (info) => {
    if (asked || !info.currentWindow) return query(info);
    asked = true;
    const answer = structuredClone(await query(info));
    taken();
    await held;
    return answer;
  });
  return { snapshotTaken, release, restore: () => spy.mockRestore() };
}

beforeEach(() => {
  connectPagesToBackground();
});
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('the tab the side panel follows', () => {
  it('is the active tab of its window, and the next one the user switches to', async () => {
    const window = await fakeWindow();
    const jane = await window.open(JANE);
    const sam = await window.open(SAM, { active: false });
    await report(jane, profileContext('jane-doe', 'Jane Doe'));
    await report(sam, profileContext('sam-lee', 'Sam Lee'));
    const store = follow();
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Jane Doe'));
    await window.activate(sam);
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Sam Lee'));
  });

  it('when the panel is itself a tab (sidepanel.html), is the tab the user was on before, skipping Rapport’s own pages', async () => {
    const window = await fakeWindow();
    const jane = await window.open(JANE, { active: false, lastAccessed: 2000 });
    const sam = await window.open(SAM, { active: false, lastAccessed: 1000 });
    await window.open(rapportPage('options.html'), { active: false, lastAccessed: 3000 });
    const panel = await window.open(rapportPage('sidepanel.html'), { lastAccessed: 4000 });
    window.asTab(panel);
    await report(jane, profileContext('jane-doe', 'Jane Doe'));
    await report(sam, profileContext('sam-lee', 'Sam Lee'));
    const store = follow();
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Jane Doe'));
    // Switching to the panel's own tab keeps showing the page; switching to another page follows it.
    await window.activate(panel);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownName(store.getState())).toBe('Jane Doe');
    await window.activate(sam);
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Sam Lee'));
  });

  it('shows the tab switched to while it was still finding the first one: the older answer never wins', async () => {
    const window = await fakeWindow();
    const sam = await window.open(SAM);
    await report(sam, profileContext('sam-lee', 'Sam Lee'));
    // The first question ("which tab?") is answered late (Sam's tab, active at the time), after the user has opened Jane's profile.
    const question = holdFirstQuestion();
    const store = follow();
    await question.snapshotTaken;
    const jane = await window.open(JANE);
    await report(jane, profileContext('jane-doe', 'Jane Doe'));
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Jane Doe'));
    question.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownName(store.getState())).toBe('Jane Doe');
    question.restore();
  });

  it('shows the profile a tab chosen while still blank went on to load, although the choice saw it blank', async () => {
    const window = await fakeWindow();
    const tab = await window.open('about:blank');
    // The question "which tab?" is answered from a snapshot of the blank tab; meanwhile it loads Jane's profile and reports.
    const question = holdFirstQuestion();
    const store = follow();
    await question.snapshotTaken;
    await window.navigate(tab, JANE);
    await report(tab, profileContext('jane-doe', 'Jane Doe'));
    // (fake-browser asks again on that navigation, so this shows the outcome, not the race itself: in Chromium the
    // navigation's onUpdated can be delivered between the query's answer and getCurrent's, and was then ignored.)
    await new Promise((resolve) => setTimeout(resolve, 20));
    question.release();
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Jane Doe'));
    question.restore();
  });

  it('leaves a tab that turns into one of Rapport’s own pages (the welcome page opened on install) for the LinkedIn tab the user opened', async () => {
    const window = await fakeWindow();
    const panel = await window.open(rapportPage('sidepanel.html'), { lastAccessed: 1000 });
    window.asTab(panel);
    const linkedIn = await window.open('about:blank', { active: false, lastAccessed: 2000 });
    // Still blank when the panel asks, and active: the tab Chromium opens for the welcome page.
    const welcome = await window.open('about:blank', { lastAccessed: 3000 });
    const store = follow();
    await vi.waitFor(() => expect(store.getState()).toMatchObject({ status: 'ready', tabId: welcome }));
    // (Not `window.navigate`: fake-browser announces an activation when an active tab navigates, which browsers do not.)
    await fakeBrowser.tabs.update(welcome, { url: rapportPage('welcome.html'), active: false });
    // The LinkedIn tab loads in the background: no tab switch announces it.
    await window.navigate(linkedIn, JANE);
    // The panel follows it at once, waiting for its report (not only once the report comes: nothing else would announce it).
    await vi.waitFor(() => expect(store.getState()).toEqual({ status: 'loading' }));
    await report(linkedIn, profileContext('jane-doe', 'Jane Doe'));
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Jane Doe'));
  });

  it('follows an SPA navigation: “loading” until the page reports the new URL, never the previous person', async () => {
    const window = await fakeWindow();
    const tab = await window.open(JANE);
    await report(tab, profileContext('jane-doe', 'Jane Doe'));
    const store = follow();
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Jane Doe'));
    await window.navigate(tab, SAM);
    expect(store.getState().status).toBe('loading');
    await report(tab, profileContext('sam-lee', 'Sam Lee'));
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Sam Lee'));
  });

  it('shows nothing once the tab leaves LinkedIn, although its last report is still stored', async () => {
    const window = await fakeWindow();
    const tab = await window.open(JANE);
    await report(tab, profileContext('jane-doe', 'Jane Doe'));
    const store = follow();
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Jane Doe'));
    await window.navigate(tab, 'https://example.com/');
    await vi.waitFor(() => expect(store.getState()).toMatchObject({ status: 'ready', tabId: tab, context: null }));
  });

  it('gives up waiting for a LinkedIn page that never reports, showing nobody', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const window = await fakeWindow();
    const tab = await window.open(JANE);
    await report(tab, profileContext('jane-doe', 'Jane Doe'));
    const store = follow();
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Jane Doe'));
    await window.navigate(tab, 'https://www.linkedin.com/jobs/');
    expect(store.getState().status).toBe('loading');
    await vi.advanceTimersByTimeAsync(REPORT_WAIT_MS);
    expect(store.getState()).toMatchObject({ status: 'ready', context: null });
  });

  it('stays on a given tab (?tabId=) whatever tab is active', async () => {
    const window = await fakeWindow();
    const jane = await window.open(JANE, { active: false });
    const sam = await window.open(SAM);
    await report(jane, profileContext('jane-doe', 'Jane Doe'));
    await report(sam, profileContext('sam-lee', 'Sam Lee'));
    const store = createTabContextStore({ fixedTabId: jane, follow: true });
    stop = store.start();
    await vi.waitFor(() => expect(shownName(store.getState())).toBe('Jane Doe'));
    await window.activate(sam);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownName(store.getState())).toBe('Jane Doe');
  });
});

describe('the tab’s view', () => {
  const post = (slug: string, n: number) => ({ urn: null, key: `componentkey:k${n}`, author: { kind: 'person' as const, name: slug, slug, profileUrl: `https://www.linkedin.com/in/${slug}/` }, text: null });
  const feed = { url: 'https://www.linkedin.com/feed/', page: 'feed' as const, profile: null, posts: [post('sam-lee', 1), post('jane-doe', 2)], degraded: null };

  it('comes with those of the posts’ authors who are in Rapport (one reply), and not with a later report they were not read for', async () => {
    await deliver({ type: 'logTouchpoint', target: { person: { profileUrl: JANE, name: 'Jane Doe' } }, touchpoint: { type: 'like' } });
    const window = await fakeWindow();
    const tab = await window.open('https://www.linkedin.com/feed/');
    await report(tab, feed);
    const store = follow();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    const first = store.getState();
    expect(first.status === 'ready' && first.context?.posts).toHaveLength(2);
    expect(first.status === 'ready' && first.knownAuthors?.map((contact) => contact.id)).toEqual(['in:jane-doe']);

    await report(tab, { ...feed, posts: [post('sam-lee', 3)] });
    await vi.waitFor(() => expect(store.getState().status === 'ready' && store.getState()).toMatchObject({ context: { posts: [{ key: 'componentkey:k3' }] } }));
    expect(store.getState()).not.toHaveProperty('knownAuthors');
  });
});
