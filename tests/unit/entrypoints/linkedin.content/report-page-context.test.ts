import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import reportPageContext, { DEGRADED_AFTER_MS } from '@/entrypoints/linkedin.content/features/report-page-context';
import { POST_TEXT_KEPT } from '@/entrypoints/linkedin.content/page-context';
import { syntheticHtml } from '../../lib/linkedin/fixtures';

/** Puts a fixture's body into the test document, as LinkedIn's app would render it. */
function show(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

let ctx: ContentScriptContext;
let controller: AbortController;
let sent: ReturnType<typeof vi.fn>;

beforeEach(() => {
  ctx = new ContentScriptContext('linkedin');
  controller = new AbortController();
  sent = vi.fn(() => Promise.resolve(undefined));
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(sent as never);
});
afterEach(() => {
  controller.abort();
  ctx.notifyInvalidated();
  vi.useRealTimers();
});

const start = (url: string) => reportPageContext.init({ url: new URL(url), document, script: ctx }, controller.signal);
const messages = () => sent.mock.calls.map(([m]) => m as { context: { posts: Array<{ key: string; text: string | null }>; profile: unknown; degraded: unknown }; append?: true });

describe('reporting the tab’s context', () => {
  it('reports the page once, then only the posts appended later, one message per batch', async () => {
    show(syntheticHtml('feed.v3.html'));
    start('https://www.linkedin.com/feed/');
    expect(messages()).toHaveLength(1);
    expect(messages()[0]).toMatchObject({ type: 'pageContextChanged', context: { url: 'https://www.linkedin.com/feed/', page: 'feed' } });
    expect(messages()[0]!.context.posts).toHaveLength(5);
    expect(messages()[0]!.append).toBeUndefined();

    const list = document.querySelector('.scaffold-finite-scroll__content')!;
    for (const n of [97, 98]) {
      const card = document.querySelector('[data-id="urn:li:activity:7100000000000000003"]')!.cloneNode(true) as Element;
      card.setAttribute('data-id', `urn:li:activity:71000000000000000${n}`);
      card.querySelector('[data-urn]')!.setAttribute('data-urn', `urn:li:activity:71000000000000000${n}`);
      list.append(card);
    }
    await vi.waitFor(() => expect(messages()).toHaveLength(2));
    expect(messages()[1]!.append).toBe(true);
    expect(messages()[1]!.context.posts.map((p) => p.key)).toEqual(['urn:li:activity:7100000000000000097', 'urn:li:activity:7100000000000000098']);
  });

  it('reports the person once LinkedIn renders them, and drops the previous page’s posts (SPA navigation: the URL changes before the DOM)', async () => {
    show(syntheticHtml('feed.v3.html'));
    start('https://www.linkedin.com/in/jane-doe-4a1b2c/');
    expect(messages()[0]!.context.profile).toBeNull();
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await vi.waitFor(() => expect(messages().at(-1)!.context.profile).toMatchObject({ name: 'Jane Doe', slug: 'jane-doe-4a1b2c' }));
    expect(messages()).toHaveLength(2);
    expect(messages()[1]!.append).toBeUndefined();
    expect(messages()[1]!.context.posts).toEqual([]);
  });

  it('sends only the first part of a post’s text (docs/privacy.md)', () => {
    show(syntheticHtml('feed.v4.html'));
    const box = document.querySelector('[data-testid="expandable-text-box"]')!;
    box.textContent = 'word '.repeat(400);
    start('https://www.linkedin.com/feed/');
    const text = messages()[0]!.context.posts[0]!.text!;
    expect(text).toHaveLength(POST_TEXT_KEPT);
    expect(text.endsWith('…')).toBe(true);
  });

  it('records a degraded recognition when a profile page shows no name in time', () => {
    vi.useFakeTimers();
    show('<main><h1>Nothing to recognise</h1></main>');
    start('https://www.linkedin.com/in/jane-doe-4a1b2c/');
    expect(messages()[0]!.context.degraded).toBeNull();
    vi.advanceTimersByTime(DEGRADED_AFTER_MS);
    expect(messages().at(-1)!.context).toMatchObject({ profile: null, degraded: 'profile-name-not-found' });
  });

  it('stops observing once the navigation is left', async () => {
    show(syntheticHtml('feed.v3.html'));
    start('https://www.linkedin.com/feed/');
    controller.abort();
    const card = document.querySelector('[data-id="urn:li:activity:7100000000000000003"]')!.cloneNode(true) as Element;
    card.setAttribute('data-id', 'urn:li:activity:7100000000000000096');
    card.querySelector('[data-urn]')!.setAttribute('data-urn', 'urn:li:activity:7100000000000000096');
    document.querySelector('.scaffold-finite-scroll__content')!.append(card);
    await new Promise((r) => setTimeout(r, 150));
    expect(messages()).toHaveLength(1);
  });
});
