import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import profileLogButton from '@/entrypoints/linkedin.content/features/profile-log-button';
import autoCapture, { UNDO_REACTION_MS } from '@/entrypoints/linkedin.content/features/auto-capture';
import profileLinkTarget from '@/entrypoints/linkedin.content/features/profile-link-target';
import { dismissToast } from '@/entrypoints/linkedin.content/toast';
import { shadowRootOf, unsearchableText } from '@/entrypoints/linkedin.content/shadow-host';
import type { Feature } from '@/lib/features/define-feature';
import { getDb } from '@/lib/db/db';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { settingsItem } from '@/lib/storage/items';
import { lastLogTypeItem } from '@/lib/storage/last-log-type';
import { syntheticHtml } from '../../lib/linkedin/fixtures';
import { connectPagesToBackground, deliver, senders } from '../../helpers/background';
import { menuItems } from '../../helpers/fake-menus';
import { createContextMenu } from '@/entrypoints/background/context-menu';
import { userClick, userKey } from '../../helpers/user-gesture';
import { card, feed2026, LINKEDIN_BEHAVIOUR } from '../../../fixtures/linkedin/cards-2026';

const TAB = 7;
let ctx: ContentScriptContext;
let controller: AbortController;

function show(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

async function start(feature: Feature, url: string) {
  await feature.init({ url: new URL(url), document, script: ctx }, controller.signal);
}

// The roots are closed: the page sees none (host.shadowRoot is null); the content script's own map is the way in.
const shadow = () => shadowRootOf(document.querySelector('rapport-log-button'));
// Status and toast text are drawn from an attribute (not findable by the page's window.find): read what is shown.
/** The status beside the action: its drawn words and its kind (the class that colours it and picks its icon). */
const status = () => {
  const element = shadow()?.querySelector('.status');
  return element ? `${element.className.replace('status ', '')}: ${unsearchableText(element)}` : null;
};
const toast = () => unsearchableText(shadowRootOf(document.querySelector('rapport-toast'))?.querySelector('.toast .text'));
const toastUndo = () => [...(shadowRootOf(document.querySelector('rapport-toast'))?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Undo');

beforeEach(() => {
  ctx = new ContentScriptContext('linkedin');
  controller = new AbortController();
  connectPagesToBackground(senders.contentScript(TAB));
});
afterEach(() => {
  controller.abort();
  ctx.notifyInvalidated();
  dismissToast();
  vi.useRealTimers();
});

const JANE = 'https://www.linkedin.com/in/jane-doe-4a1b2c/';

describe('the Log touchpoint button on profiles', () => {
  it('sits after the viewed person’s name and says they are not in Rapport', async () => {
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await start(profileLogButton, JANE);
    const host = document.querySelector('rapport-log-button')!;
    expect(host).not.toBeNull();
    expect(host.previousElementSibling?.matches('a[href$="/overlay/about-this-profile/"], h1')).toBe(true);
    await vi.waitFor(() => expect(status()).toBe('none: Not in Rapport'));
    // The action is apart from the status and names the type it logs.
    expect(shadow()!.querySelector('button.log')!.textContent).toBe('Log a message');
  });

  it('logs a message in one click, adding the person, and updates its label at once', async () => {
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await start(profileLogButton, JANE);
    const button = shadow()!.querySelector<HTMLButtonElement>('button.log')!;
    await vi.waitFor(() => expect(status()).toContain('Not in Rapport'));
    button.click(); // a page script's click (untrusted) does nothing
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await getDb().contacts.count()).toBe(0);
    userClick(button);
    await vi.waitFor(() => expect(status()).toBe('ok: Last touched today'));
    expect(await getDb().contacts.get('in:jane-doe-4a1b2c')).toMatchObject({ name: 'Jane Doe', circle: 'wider' });
    expect(await getDb().touchpoints.toArray()).toMatchObject([{ type: 'message', source: 'manual' }]);
    expect(toast()).toBe('Logged a message with Jane Doe, now in Rapport');
  });

  it('Undo in its toast removes the touchpoint and says “Undone.”, a confirmation that stays on screen', async () => {
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await start(profileLogButton, JANE);
    const button = shadow()!.querySelector<HTMLButtonElement>('button.log')!;
    await vi.waitFor(() => expect(status()).toContain('Not in Rapport'));
    userClick(button);
    await vi.waitFor(() => expect(toast()).toContain('Logged a message with Jane Doe'));
    userClick(toastUndo()!);
    await vi.waitFor(async () => expect(await getDb().touchpoints.count()).toBe(0));
    await vi.waitFor(() => expect(toast()).toBe('Undone.'));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the undo's promise has settled: the confirmation is still shown
    expect(toast()).toBe('Undone.');
    await vi.waitFor(() => expect(status()).toContain('Not in Rapport'));
  });

  it('on a profile it cannot read, floats in the corner by address with nothing on its host the page could read', async () => {
    const html = syntheticHtml('profile-unreadable.v4.html');
    document.title = new DOMParser().parseFromString(html, 'text/html').title;
    show(html);
    await start(profileLogButton, 'https://www.linkedin.com/in/aiko-tanaka-3/');
    const host = await vi.waitFor(() => document.querySelector('rapport-log-button') ?? Promise.reject(new Error('no button yet')), { timeout: 6000 });
    expect(host.parentElement).toBe(document.body);
    // The page sees an element with no shadow root, no attribute (no `by-address` class) and no text.
    expect([host.shadowRoot, host.attributes.length, host.className, host.textContent]).toEqual([null, 0, '', '']);
    const root = shadowRootOf(host)!;
    expect(root.querySelector('.who')?.textContent).toBe('Aiko Tanaka');
    expect(root.querySelector('style')?.textContent).toMatch(/:host \{ position: fixed;/);
    const button = root.querySelector<HTMLButtonElement>('button.log')!;
    await vi.waitFor(() => expect(status()).toContain('Not in Rapport'));
    userClick(button);
    await vi.waitFor(async () => expect(await getDb().touchpoints.toArray()).toMatchObject([{ contactId: 'in:aiko-tanaka-3', type: 'message' }]));
    expect(host.attributes.length).toBe(0);
  });

  it('logs another type from a real menu (arrow keys, Escape, focus back to ▾) and remembers it as the main action', async () => {
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await start(profileLogButton, JANE);
    const root = shadow()!;
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-label="Choose the type of touchpoint"]')!;
    const menu = root.querySelector<HTMLElement>('[role="menu"]')!;
    const items = [...root.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    expect(items.map((item) => item.textContent)).toEqual(['Like', 'Comment', 'Share', 'Message', 'Meeting', 'Call', 'Email', 'Intro', 'Congrats', 'Ask', 'Other', 'Endorsement', 'Recommendation']);
    expect(toggle.getAttribute('aria-haspopup')).toBe('menu');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false'); // scripted clicks do nothing
    userClick(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.activeElement).toBe(items[0]);
    userKey(root.activeElement!, 'ArrowUp');
    expect(root.activeElement).toBe(items.at(-1)); // wraps
    userKey(root.activeElement!, 'Home');
    userKey(root.activeElement!, 'ArrowDown');
    expect(root.activeElement).toBe(items[1]);
    userKey(root.activeElement!, 'Escape');
    expect([menu.hidden, toggle.getAttribute('aria-expanded'), root.activeElement]).toEqual([true, 'false', toggle]);
    userKey(toggle, 'ArrowDown'); // opens on the first item
    expect(root.activeElement).toBe(items[0]);
    for (let i = 0; i < 5; i++) userKey(root.activeElement!, 'ArrowDown');
    expect(root.activeElement!.textContent).toBe('Call');
    (root.activeElement as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await getDb().touchpoints.count()).toBe(0);
    userClick(root.activeElement!);
    await vi.waitFor(async () => expect(await getDb().touchpoints.toArray()).toMatchObject([{ type: 'call' }]));
    expect(root.activeElement).toBe(toggle);
    expect(root.querySelector('button.log')!.textContent).toBe('Log a call');
    expect(await lastLogTypeItem.getValue()).toMatchObject({ person: 'call' });
  });

  it('colours the status apart from the action: due and overdue look different', async () => {
    const now = Date.now();
    const day = 86_400_000;
    await deliver({ type: 'logTouchpoint', target: { person: { profileUrl: JANE, name: 'Jane Doe' }, circle: 'inner' }, touchpoint: { type: 'message', at: new Date(now - 17 * day).toISOString() } });
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await start(profileLogButton, JANE);
    await vi.waitFor(() => expect(status()).toMatch(/^due: Last touched .* · due$/));
    controller.abort();
    controller = new AbortController();
    await deliver({ type: 'logTouchpoint', target: { person: { profileUrl: 'https://www.linkedin.com/in/tag-tester/', name: 'Tag Tester' }, circle: 'inner' }, touchpoint: { type: 'message', at: new Date(now - 40 * day).toISOString() } });
    show(syntheticHtml('profile-html-name.v3.html'));
    await start(profileLogButton, 'https://www.linkedin.com/in/tag-tester/');
    await vi.waitFor(() => expect(status()).toMatch(/^overdue: Last touched .* · overdue$/));
  });

  it('comes back when LinkedIn re-renders the header', async () => {
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await start(profileLogButton, JANE);
    const heading = document.querySelector('a[href$="/overlay/about-this-profile/"]')!;
    const parent = heading.parentElement!;
    const rerendered = heading.cloneNode(true);
    parent.replaceChildren(rerendered); // our button goes with the old header
    expect(document.querySelector('rapport-log-button')).toBeNull();
    await vi.waitFor(() => expect(document.querySelector('rapport-log-button')?.previousElementSibling).toBe(rerendered));
  });

  it('shows a name that looks like HTML as text', async () => {
    show(syntheticHtml('profile-html-name.v3.html'));
    await start(profileLogButton, 'https://www.linkedin.com/in/tag-tester/');
    const button = shadow()!.querySelector<HTMLButtonElement>('button.log')!;
    userClick(button);
    await vi.waitFor(() => expect(toast()).toMatch(/^Logged a message with <img/));
    expect(shadowRootOf(document.querySelector('rapport-toast'))!.querySelector('img')).toBeNull();
    expect(shadow()!.querySelector('img')).toBeNull();
  });

  it('keeps its status out of the page’s reach: closed root, no attributes, no light-DOM text', async () => {
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await start(profileLogButton, JANE);
    await vi.waitFor(() => expect(status()).toContain('Not in Rapport'));
    const host = document.querySelector('rapport-log-button')!;
    expect(host.shadowRoot).toBeNull();
    expect(host.attributes).toHaveLength(0);
    expect(host.textContent).toBe('');
    userClick(shadow()!.querySelector('button.log')!);
    await vi.waitFor(() => expect(toast()).toContain('Logged a message with Jane Doe'));
    const toastHost = document.querySelector('rapport-toast')!;
    expect([toastHost.shadowRoot, toastHost.attributes.length, toastHost.textContent]).toEqual([null, 0, '']);
    expect(document.body.textContent).not.toMatch(/Rapport|Last touched|Logged/);
    // Not even inside the closed roots is it DOM text (which the page's window.find would match).
    expect(shadow()!.textContent).not.toMatch(/Rapport|Last touched/);
    expect(shadowRootOf(toastHost)!.textContent).not.toMatch(/Logged|Jane/);
  });

  it('stays away when it cannot tell who the page is about (a logged-out wall at a profile URL)', async () => {
    show(syntheticHtml('authwall.guest.html'));
    await start(profileLogButton, JANE);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(document.querySelector('rapport-log-button')).toBeNull();
  });
});

describe('automatic capture', () => {
  const likeOf = (urn: string) => document.querySelector(`[data-urn="${urn}"] button.react-button__trigger`)!;
  const POST = 'urn:li:activity:7100000000000000001';
  let stopLinkedIn: AbortController;

  /** LinkedIn's own script on the 2022–25 feed: any click on Like toggles its aria-pressed (a script's click too). */
  function playLinkedInV3() {
    document.addEventListener(
      'click',
      (event) => {
        const like = (event.target as Element).closest('button.react-button__trigger');
        if (like) like.setAttribute('aria-pressed', like.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      },
      { signal: stopLinkedIn.signal },
    );
  }

  beforeEach(() => {
    stopLinkedIn = new AbortController();
  });
  afterEach(() => {
    stopLinkedIn.abort();
    (window as unknown as { __linkedinStop?: () => void }).__linkedinStop?.();
  });

  async function withJaneInRapport() {
    await deliver({ type: 'logTouchpoint', target: { person: { profileUrl: JANE, name: 'Jane Doe' } }, touchpoint: { type: 'message', at: '2026-01-01T09:00:00.000Z' } });
  }
  const autoTouchpoints = async () => (await getDb().touchpoints.toArray()).filter((t) => t.source === 'auto');
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('logs a like the user makes on a post by someone in Rapport, once per post and day, with the post’s URN', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    playLinkedInV3();
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    userClick(likeOf(POST));
    await vi.waitFor(async () => expect(await autoTouchpoints()).toHaveLength(1));
    expect((await autoTouchpoints())[0]).toMatchObject({ contactId: 'in:jane-doe-4a1b2c', type: 'like', postUrn: POST, source: 'auto' });
    await vi.waitFor(() => expect(toast()).toContain('Logged a like with Jane Doe'));
  });

  it('Undo in its toast removes the like and the confirmation stays on screen', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    playLinkedInV3();
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    userClick(likeOf(POST));
    await vi.waitFor(() => expect(toast()).toContain('Logged a like with Jane Doe'));
    userClick(toastUndo()!);
    await vi.waitFor(async () => expect(await autoTouchpoints()).toHaveLength(0));
    await vi.waitFor(() => expect(toast()).toBe('Undone.'));
    await settle();
    expect(toast()).toBe('Undone.');
  });

  it('logs nothing when a page script presses Like, clicks it or sets aria-pressed', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    playLinkedInV3();
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    (likeOf(POST) as HTMLElement).click();
    likeOf(POST).setAttribute('aria-pressed', 'false');
    likeOf(POST).setAttribute('aria-pressed', 'true');
    await settle();
    expect(await autoTouchpoints()).toHaveLength(0);
  });

  it('logs a like on a 2026 card (no URN: keyed by the card) in a Portuguese UI', async () => {
    await withJaneInRapport();
    show(feed2026([card({ token: 'AAA', author: { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' }, language: 'pt' })]));
    new Function(LINKEDIN_BEHAVIOUR)();
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    userClick(document.querySelector('button[componentkey="AAA-like"]')!);
    await vi.waitFor(async () => expect(await autoTouchpoints()).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', type: 'like' }]));
    expect((await autoTouchpoints())[0]!.postUrn).toBeUndefined();
  });

  it('removes the like when the user takes the reaction back within 10 seconds', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    playLinkedInV3();
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    userClick(likeOf(POST));
    await vi.waitFor(async () => expect(await autoTouchpoints()).toHaveLength(1));
    likeOf(POST).setAttribute('aria-pressed', 'false'); // a script taking it back: no undo
    likeOf(POST).setAttribute('aria-pressed', 'true');
    await settle();
    expect(await autoTouchpoints()).toHaveLength(1);
    userClick(likeOf(POST));
    await vi.waitFor(async () => expect(await autoTouchpoints()).toHaveLength(0));
    expect(await getDb().contacts.count()).toBe(1);
  });

  it('keeps the like when the reaction is taken back later', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    playLinkedInV3();
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    userClick(likeOf(POST));
    await vi.waitFor(async () => expect(await autoTouchpoints()).toHaveLength(1));
    vi.useFakeTimers({ now: Date.now() + UNDO_REACTION_MS + 1000, toFake: ['Date'] });
    userClick(likeOf(POST));
    await settle();
    expect(await autoTouchpoints()).toHaveLength(1);
  });

  it('never adds the author of a post who is not in Rapport', async () => {
    show(syntheticHtml('feed.v3.html'));
    playLinkedInV3();
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    userClick(likeOf(POST));
    await settle();
    expect(await getDb().contacts.count()).toBe(0);
    expect(await getDb().touchpoints.count()).toBe(0);
  });

  it('logs a comment when the user sends it from the comment box, not before, and never for a script’s submit', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    const post = document.querySelector(`[data-urn="${POST}"]`)!;
    // The comment box LinkedIn opens under the post (V3 2025 structure); sending empties the editor.
    const form = post.appendChild(document.createElement('form'));
    form.className = 'comments-comment-box__form';
    form.innerHTML = '<div class="ql-editor" contenteditable="true" role="textbox">Great news!</div><button class="comments-comment-box__submit-button" type="submit">Post</button>';
    const editor = form.querySelector('.ql-editor')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      editor.textContent = '';
    });
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    form.requestSubmit(); // a page script: the browser fires a trusted submit, yet no user sent anything
    await settle();
    expect(await autoTouchpoints()).toHaveLength(0);
    editor.textContent = 'Great news!';
    userClick(form.querySelector('button')!);
    form.requestSubmit(); // what the browser does for the user's click (happy-dom does not)
    await vi.waitFor(async () => expect(await autoTouchpoints()).toMatchObject([{ type: 'comment', postUrn: POST }]));
  });

  it('logs a share when the user reposts at once from the Repost menu, and nothing for “Save” on another post', async () => {
    await withJaneInRapport();
    show(feed2026([card({ token: 'AAA', author: { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' } }), card({ token: 'BBB', author: { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' } })]));
    new Function(LINKEDIN_BEHAVIOUR)();
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    userClick(document.querySelector('button[componentkey="AAA-repost"]')!);
    userClick(document.querySelector('[componentkey="expandedBBBFeedType_MAIN_FEED_RELEVANCE"] button[aria-label^="Open control menu"]')!);
    userClick(document.querySelector('[data-choice="save"]')!);
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(await autoTouchpoints()).toHaveLength(0);
    userClick(document.querySelector('button[componentkey="AAA-repost"]')!);
    userClick(document.querySelector('[data-choice="now"]')!);
    await vi.waitFor(async () => expect(await autoTouchpoints()).toMatchObject([{ type: 'share', contactId: 'in:jane-doe-4a1b2c' }]), { timeout: 3000 });
  });

  it('does nothing when the user turned automatic capture off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoCapture: false });
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    playLinkedInV3();
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    userClick(likeOf(POST));
    await settle();
    expect(await autoTouchpoints()).toHaveLength(0);
  });
});

describe('the context menu’s person', () => {
  it('is the one whose profile link is right-clicked, named as the link shows them', async () => {
    await createContextMenu();
    show(syntheticHtml('feed.v3.html'));
    await start(profileLinkTarget, 'https://www.linkedin.com/feed/');
    const link = document.querySelector('a.update-components-actor__meta-link')!;
    link.querySelector('span[aria-hidden="true"]')!.dispatchEvent(new MouseEvent('mousedown', { button: 2, bubbles: true }));
    await vi.waitFor(() => expect(menuItems.get('rapport-log-profile-link')?.title).toBe('Log touchpoint with Jane Doe'));
  });
});
