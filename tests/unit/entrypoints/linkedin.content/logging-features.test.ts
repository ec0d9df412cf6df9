import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import profileLogButton from '@/entrypoints/linkedin.content/features/profile-log-button';
import autoCapture, { UNDO_REACTION_MS } from '@/entrypoints/linkedin.content/features/auto-capture';
import profileLinkTarget from '@/entrypoints/linkedin.content/features/profile-link-target';
import { dismissToast } from '@/entrypoints/linkedin.content/toast';
import type { Feature } from '@/lib/features/define-feature';
import { getDb } from '@/lib/db/db';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { settingsItem } from '@/lib/storage/items';
import { syntheticHtml } from '../../lib/linkedin/fixtures';
import { connectPagesToBackground, deliver, senders } from '../../helpers/background';
import { menuItems } from '../../helpers/fake-menus';
import { createContextMenu } from '@/entrypoints/background/context-menu';

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

const shadow = () => document.querySelector('rapport-log-button')?.shadowRoot ?? null;
const toast = () => document.querySelector('rapport-toast')?.shadowRoot?.querySelector('.toast')?.textContent ?? null;

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
    await vi.waitFor(() => expect(shadow()!.querySelector('button.log')!.textContent).toBe('Log touchpoint · Not in Rapport'));
  });

  it('logs a message in one click, adding the person, and updates its label at once', async () => {
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await start(profileLogButton, JANE);
    const button = shadow()!.querySelector<HTMLButtonElement>('button.log')!;
    await vi.waitFor(() => expect(button.textContent).toContain('Not in Rapport'));
    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('Log touchpoint · Last touched today'));
    expect(await getDb().contacts.get('in:jane-doe-4a1b2c')).toMatchObject({ name: 'Jane Doe', circle: 'wider' });
    expect(await getDb().touchpoints.toArray()).toMatchObject([{ type: 'message', source: 'manual' }]);
    expect(toast()).toContain('Logged Message with Jane Doe.');
  });

  it('logs another type from its small menu, operable with the keyboard', async () => {
    show(syntheticHtml('profile-viewer-vs-viewed.v3.html'));
    await start(profileLogButton, JANE);
    const root = shadow()!;
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-label="Choose the type of touchpoint"]')!;
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    root.querySelector('.chip')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    [...root.querySelectorAll<HTMLButtonElement>('.menu button')].find((b) => b.textContent === 'Call')!.click();
    await vi.waitFor(async () => expect(await getDb().touchpoints.toArray()).toMatchObject([{ type: 'call' }]));
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
    button.click();
    await vi.waitFor(() => expect(toast()).toMatch(/^Logged Message with <img/));
    expect(document.querySelector('rapport-toast')!.shadowRoot!.querySelector('img')).toBeNull();
    expect(shadow()!.querySelector('img')).toBeNull();
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

  async function withJaneInRapport() {
    await deliver({ type: 'logTouchpoint', target: { person: { profileUrl: JANE, name: 'Jane Doe' } }, touchpoint: { type: 'message', at: '2026-01-01T09:00:00.000Z' } });
  }
  const autoTouchpoints = async () => (await getDb().touchpoints.toArray()).filter((t) => t.source === 'auto');

  it('logs a like on a post by someone in Rapport, once per post and day, with the post’s URN', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    likeOf(POST).setAttribute('aria-pressed', 'true');
    await vi.waitFor(async () => expect(await autoTouchpoints()).toHaveLength(1));
    expect((await autoTouchpoints())[0]).toMatchObject({ contactId: 'in:jane-doe-4a1b2c', type: 'like', postUrn: POST, source: 'auto' });
    await vi.waitFor(() => expect(toast()).toContain('Rapport logged your Like on Jane Doe’s post.'));
  });

  it('removes the like when the reaction is taken back within 10 seconds', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    likeOf(POST).setAttribute('aria-pressed', 'true');
    await vi.waitFor(async () => expect(await autoTouchpoints()).toHaveLength(1));
    likeOf(POST).setAttribute('aria-pressed', 'false');
    await vi.waitFor(async () => expect(await autoTouchpoints()).toHaveLength(0));
    expect(await getDb().contacts.count()).toBe(1);
  });

  it('keeps the like when the reaction is taken back later', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    likeOf(POST).setAttribute('aria-pressed', 'true');
    await vi.waitFor(async () => expect(await autoTouchpoints()).toHaveLength(1));
    vi.useFakeTimers({ now: Date.now() + UNDO_REACTION_MS + 1000, toFake: ['Date'] });
    likeOf(POST).setAttribute('aria-pressed', 'false');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await autoTouchpoints()).toHaveLength(1);
  });

  it('never adds the author of a post who is not in Rapport', async () => {
    show(syntheticHtml('feed.v3.html'));
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    likeOf(POST).setAttribute('aria-pressed', 'true');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await getDb().contacts.count()).toBe(0);
    expect(await getDb().touchpoints.count()).toBe(0);
  });

  it('logs a comment when the comment form is sent, not before', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    const post = document.querySelector(`[data-urn="${POST}"]`)!;
    // The comment box LinkedIn opens under the post (V3 2025 structure).
    const form = post.appendChild(document.createElement('form'));
    form.className = 'comments-comment-box__form';
    form.innerHTML = '<div contenteditable="true">Great news!</div><button class="comments-comment-box__submit-button" type="submit">Post</button>';
    form.addEventListener('submit', (event) => event.preventDefault());
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    (form.querySelector('[contenteditable]') as HTMLElement).dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(await autoTouchpoints()).toHaveLength(0);
    form.requestSubmit();
    await vi.waitFor(async () => expect(await autoTouchpoints()).toMatchObject([{ type: 'comment', postUrn: POST }]));
  });

  it('logs a share when a choice is made in the menu the Repost button opened', async () => {
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    const post = document.querySelector(`[data-urn="${POST}"]`)!;
    const repost = post.querySelector<HTMLButtonElement>('button.social-reshare-button')!;
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    repost.click();
    const menu = document.createElement('div');
    menu.className = 'artdeco-dropdown__content artdeco-dropdown__content--is-open';
    menu.innerHTML = '<ul><li><div role="button" class="artdeco-dropdown__item">Repost with your thoughts</div></li><li><div role="button" class="artdeco-dropdown__item">Repost</div></li></ul>';
    repost.after(menu);
    expect(await autoTouchpoints()).toHaveLength(0);
    (menu.querySelectorAll('[role="button"]')[1] as HTMLElement).click();
    await vi.waitFor(async () => expect(await autoTouchpoints()).toMatchObject([{ type: 'share', postUrn: POST }]));
  });

  it('does nothing when the user turned automatic capture off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoCapture: false });
    await withJaneInRapport();
    show(syntheticHtml('feed.v3.html'));
    await start(autoCapture, 'https://www.linkedin.com/feed/');
    likeOf(POST).setAttribute('aria-pressed', 'true');
    await new Promise((resolve) => setTimeout(resolve, 100));
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
