import { describe, expect, it } from 'vitest';
import { profileLinkAt } from '@/lib/linkedin/profile-link';
import { autoTouchpointId, shortPostId } from '@/lib/linkedin/post-identity';
import { postKey } from '@/lib/linkedin/parse-post';
import { synthetic } from './fixtures';

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
