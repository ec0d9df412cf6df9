import { describe, expect, it } from 'vitest';
import { commentedPostOf, isRepostMenuChoice, likeStateOf, repostButtonPostOf } from '@/lib/linkedin/engagement';
import { profileLinkAt } from '@/lib/linkedin/profile-link';
import { autoTouchpointId, shortPostId } from '@/lib/linkedin/post-identity';
import { postKey } from '@/lib/linkedin/parse-post';
import { synthetic } from './fixtures';

describe('recognising the viewer’s own engagement', () => {
  it('reads a V3 Like button’s state from aria-pressed, for the card’s own button only', () => {
    const doc = synthetic('feed.v3.html');
    const like = doc.querySelector('[data-urn="urn:li:activity:7100000000000000001"] button.react-button__trigger')!;
    expect(likeStateOf(like)).toMatchObject({ reacted: false });
    like.setAttribute('aria-pressed', 'true');
    const state = likeStateOf(like)!;
    expect(state.reacted).toBe(true);
    expect(state.post.getAttribute('data-id')).toBe('urn:li:activity:7100000000000000001');
    expect(likeStateOf(doc.querySelector('button.comment-button')!)).toBeNull();
  });

  it('reads a V4 (2026) Like button’s state from its state label', () => {
    const doc = synthetic('feed.v4.html');
    const like = doc.querySelector('button[aria-label^="Reaction button state"]')!;
    expect(likeStateOf(like)).toMatchObject({ reacted: false });
    like.setAttribute('aria-label', 'Reaction button state: like');
    expect(likeStateOf(like)).toMatchObject({ reacted: true });
  });

  it('finds the post a comment was sent on, and only from the comment box', () => {
    const doc = synthetic('feed.v3.html');
    const post = doc.querySelector('[data-urn="urn:li:activity:7100000000000000001"]')!;
    const form = post.appendChild(doc.createElement('form'));
    form.className = 'comments-comment-box__form';
    const submit = form.appendChild(doc.createElement('button'));
    submit.className = 'comments-comment-box__submit-button';
    expect(commentedPostOf(form)?.getAttribute('data-id')).toBe('urn:li:activity:7100000000000000001');
    expect(commentedPostOf(submit)?.getAttribute('data-id')).toBe('urn:li:activity:7100000000000000001');
    expect(commentedPostOf(post.querySelector('button.comment-button')!)).toBeNull();
  });

  it('tells the Repost button and a choice in the menu it opened', () => {
    const doc = synthetic('feed.v3.html');
    const repost = doc.querySelector('[data-urn="urn:li:activity:7100000000000000001"] button.social-reshare-button')!;
    expect(repostButtonPostOf(repost.querySelector('svg')!)?.getAttribute('data-id')).toBe('urn:li:activity:7100000000000000001');
    const menu = doc.createElement('div');
    menu.className = 'artdeco-dropdown__content artdeco-dropdown__content--is-open';
    const item = menu.appendChild(doc.createElement('div'));
    item.setAttribute('role', 'button');
    repost.after(menu);
    expect(isRepostMenuChoice(item)).toBe(true);
    expect(isRepostMenuChoice(repost)).toBe(false);
  });
});

describe('the person behind a profile link', () => {
  const doc = synthetic('feed.v3.html');
  it('takes the visible name LinkedIn pairs with a screen-reader copy', () => {
    expect(profileLinkAt(doc.querySelector('a.update-components-actor__meta-link')!)).toEqual({ profileUrl: 'https://www.linkedin.com/in/jane-doe-4a1b2c/', name: 'Jane Doe' });
  });

  it.each([
    ['a plain link', '<a href="/in/sam-lee-31/">Sam Lee</a>', { profileUrl: 'https://www.linkedin.com/in/sam-lee-31/', name: 'Sam Lee' }],
    ['an image link', '<a href="https://www.linkedin.com/in/sam-lee-31?x=1"><img alt="Sam Lee"></a>', { profileUrl: 'https://www.linkedin.com/in/sam-lee-31/', name: 'Sam Lee' }],
    ['an internal id (never a guessed person)', '<a href="/in/ACoAABcdEfGhIjKlMnOpQrStUv/">Sam Lee</a>', null],
    ['a company', '<a href="/company/acme/">Acme</a>', null],
    ['a link showing its own address', '<a href="/in/sam-lee-31/">linkedin.com/in/sam-lee-31</a>', null],
    ['a link with no text', '<a href="/in/sam-lee-31/"></a>', null],
  ])('%s', (_, html, expected) => {
    const holder = new DOMParser().parseFromString(html, 'text/html');
    expect(profileLinkAt(holder.querySelector('a'))).toEqual(expected);
  });
});

describe('automatic touchpoint ids', () => {
  it('are short and stable per post key, type and local day', () => {
    const v4Key = `componentkey:expanded${'x'.repeat(280)}FeedType_MAIN_FEED_RELEVANCE`;
    const id = autoTouchpointId(v4Key, 'like', Date.parse('2026-11-27T10:00:00'));
    expect(id).toMatch(/^auto:[0-9a-f]{16}:like:2026-11-27$/);
    expect(id.length).toBeLessThan(50);
    expect(autoTouchpointId(v4Key, 'like', Date.parse('2026-11-27T22:00:00'))).toBe(id);
    expect(autoTouchpointId(v4Key, 'like', Date.parse('2026-11-28T08:00:00'))).not.toBe(id);
    expect(autoTouchpointId(v4Key, 'comment', Date.parse('2026-11-27T10:00:00'))).not.toBe(id);
    expect(shortPostId('urn:li:activity:1')).not.toBe(shortPostId('urn:li:activity:2'));
  });

  it('follow the key recognition gives a post', () => {
    const doc = synthetic('feed.v3.html');
    expect(postKey(doc.querySelector('[data-id="urn:li:activity:7100000000000000001"]')!)).toBe('urn:li:activity:7100000000000000001');
  });
});
