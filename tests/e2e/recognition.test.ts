import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitForTabContext, type ExtensionHarness } from './harness';
import { hasRealPages, realHtml, syntheticHtml } from '../unit/lib/linkedin/fixtures';

/**
 * The content script in real Chromium: pages served as https://www.linkedin.com/…,
 * what the background stores for the tab (what the popup and side panel show).
 */

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  // Records every message the background receives, to see what each batch carried.
  await rapport.worker.evaluate(() => {
    const seen: unknown[] = [];
    (globalThis as any).rapportSeen = seen;
    chrome.runtime.onMessage.addListener((message) => void seen.push(message));
  });
});
afterAll(async () => {
  await rapport?.close();
});

const seenMessages = () => rapport.worker.evaluate(() => (globalThis as any).rapportSeen as Array<{ type: string; append?: true; context: { url: string; posts: Array<{ key: string }> } }>);
const keys = (context: { posts: Array<{ key: string }> }) => context.posts.map((p) => p.key);
// Real saved pages carry LinkedIn's scripts: block them, as the network is closed anyway.
const NO_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

describe('recognition in Chromium', () => {
  it('a feed page served as https://www.linkedin.com/feed/ reports its posts with their authors', async () => {
    rapport.serve('/feed/', syntheticHtml('feed.v3.html'));
    const { tabId, page } = await rapport.openLinkedIn('/feed/');
    const context = await waitForTabContext(rapport, tabId, (c) => c.posts.length > 0);
    expect(context.page).toBe('feed');
    expect(context.posts.map((p: any) => p.author && `${p.author.kind}:${p.author.name}`)).toEqual([
      'person:Jane Doe',
      'person:Chris Park', // a quote post: its own author, not the quoted one
      'company:Acme Robotics',
      'company:Globex',
      'company:Globex',
    ]);
    await page.close();
  });

  it('infinite scroll: appended posts are reported, and only they, in one message', async () => {
    rapport.serve('/feed/?scroll', syntheticHtml('feed.v4.html'));
    const { tabId, page } = await rapport.openLinkedIn('/feed/?scroll');
    const url = 'https://www.linkedin.com/feed/?scroll';
    await waitForTabContext(rapport, tabId, (c) => c.url === url && c.posts.length === 5);
    const before = (await seenMessages()).filter((m) => m.context?.url === url).length;
    await page.evaluate(() => {
      const list = document.querySelector('[data-testid="mainFeed"]')!;
      const template = list.querySelector('[role="listitem"]')!;
      const batch = [1, 2, 3].map((n) => {
        const item = template.cloneNode(true) as Element;
        item.setAttribute('componentkey', `expandedAppended${n}FeedType_MAIN_FEED_RELEVANCE`);
        return item;
      });
      list.append(...batch);
    });
    const context = await waitForTabContext(rapport, tabId, (c) => c.posts.length === 8);
    expect(keys(context).slice(5)).toEqual(['componentkey:Appended1', 'componentkey:Appended2', 'componentkey:Appended3']);
    const after = (await seenMessages()).filter((m) => m.context?.url === url).slice(before);
    expect(after).toHaveLength(1);
    expect(after[0]!.append).toBe(true);
    expect(keys(after[0]!.context)).toEqual(['componentkey:Appended1', 'componentkey:Appended2', 'componentkey:Appended3']);
    await page.close();
  });

  it('SPA navigation: history.pushState to a profile with the DOM swapped updates the reported context', async () => {
    rapport.serve('/feed/?spa', syntheticHtml('feed.v3.html'));
    const { tabId, page } = await rapport.openLinkedIn('/feed/?spa');
    await waitForTabContext(rapport, tabId, (c) => c.page === 'feed');
    const profileHtml = syntheticHtml('profile-viewer-vs-viewed.v3.html');
    // The page's own script navigates (main world), as LinkedIn's router does.
    await page.evaluate((html) => {
      history.pushState({}, '', '/in/jane-doe-4a1b2c/');
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.title = next.title;
      document.body.replaceWith(document.adoptNode(next.body));
    }, profileHtml);
    const context = await waitForTabContext(rapport, tabId, (c) => c.page === 'profile' && c.profile !== null);
    expect(context).toMatchObject({
      url: 'https://www.linkedin.com/in/jane-doe-4a1b2c/',
      profile: { slug: 'jane-doe-4a1b2c', name: 'Jane Doe', headline: 'Product lead | Mentor' },
      degraded: null,
      // The feed's cards left with the old page: they are not posts of this one.
      posts: [],
    });
    // The popup, opened for that tab, names the person.
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByText('Jane Doe').first().waitFor();
    await popup.close();
    await page.close();
  });

  it('a profile page that never shows a name is reported as degraded, and the popup says so while offering the person at the address', async () => {
    rapport.serve('/in/nobody-here-1/', '<!doctype html><title>LinkedIn</title><main><h2>Something new</h2></main>');
    const { tabId, page } = await rapport.openLinkedIn('/in/nobody-here-1/');
    const context = await waitForTabContext(rapport, tabId, (c) => c.degraded !== null);
    expect(context).toMatchObject({
      page: 'profile',
      profile: null,
      degraded: 'profile-name-not-found',
      address: { slug: 'nobody-here-1', profileUrl: 'https://www.linkedin.com/in/nobody-here-1/', name: null },
    });
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByText('Rapport could not read this page, but the address names the person: you can still log for nobody-here-1.').waitFor();
    await popup.getByRole('heading', { name: 'nobody-here-1' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('the getPageContext handler answers with the current context', async () => {
    rapport.serve('/feed/?ask', syntheticHtml('feed.v4.html'));
    const { tabId, page } = await rapport.openLinkedIn('/feed/?ask');
    await waitForTabContext(rapport, tabId, (c) => c.posts.length === 5);
    const reply = await rapport.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'getPageContext' }), tabId);
    expect(reply).toMatchObject({ ok: true, value: { url: 'https://www.linkedin.com/feed/?ask', page: 'feed' } });
    expect((reply as any).value.posts).toHaveLength(5);
    await page.close();
  });
});

describe.runIf(hasRealPages)('real saved pages in Chromium', () => {
  it('the 2026 React feed reports its eight posts with authors and componentkey keys', async () => {
    rapport.serve('/feed/?real2026', realHtml('feed/sravanpusuluri02__portfolio__Feed _ LinkedIn.html'), NO_SCRIPTS);
    const { tabId, page } = await rapport.openLinkedIn('/feed/?real2026');
    const context = await waitForTabContext(rapport, tabId, (c) => c.posts.length === 8);
    expect(context.posts.map((p: any) => p.author?.name ?? null)).toEqual([
      'Elvis S.',
      'Microsoft Azure',
      'Google for Developers',
      'Mohd Intzar Ali',
      null,
      'Tableau',
      'Aurimas Griciūnas',
      'Khushi Patel',
    ]);
    expect(context.posts.every((p: any) => p.urn === null && p.key.startsWith('componentkey:'))).toBe(true);
    await page.close();
  });

  it('a 2025 profile reports the viewed person, not the viewer', async () => {
    rapport.serve('/in/laxmimerit/', realHtml('profile/ChaitanyaKiran14__LinkedinUserProfileScraper__test.html'), NO_SCRIPTS);
    const { tabId, page } = await rapport.openLinkedIn('/in/laxmimerit/');
    const context = await waitForTabContext(rapport, tabId, (c) => c.profile !== null);
    expect(context.profile).toMatchObject({ slug: 'laxmimerit', name: 'Laxmi Kant Tiwari', location: 'Mumbai, Maharashtra, India' });
    await page.close();
  });
});

