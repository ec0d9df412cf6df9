import { describe, expect, it } from 'vitest';
import { createPostTracker } from '@/lib/linkedin/post-tracker';
import { parsePosts } from '@/lib/linkedin/parse-post';
import { synthetic } from './fixtures';

describe('following appended posts', () => {
  it('returns only posts not seen before, from the added nodes alone', () => {
    const doc = synthetic('feed.v3.html');
    const tracker = createPostTracker();
    expect(tracker.start(doc)).toEqual(parsePosts(doc));
    const list = doc.querySelector('.scaffold-finite-scroll__content')!;
    // LinkedIn appends a page of cards: one new, one already shown (re-rendered).
    const fresh = doc.querySelector('[data-id="urn:li:activity:7100000000000000003"]')!.cloneNode(true) as Element;
    fresh.setAttribute('data-id', 'urn:li:activity:7100000000000000099');
    fresh.querySelector('[data-urn]')!.setAttribute('data-urn', 'urn:li:activity:7100000000000000099');
    const again = doc.querySelector('[data-id="urn:li:activity:7100000000000000004"]')!.cloneNode(true) as Element;
    list.append(fresh, again);
    expect(tracker.added([fresh, again]).map((p) => p.key)).toEqual(['urn:li:activity:7100000000000000099']);
    expect(tracker.added([fresh])).toEqual([]);
  });

  it('picks up an occluded card once LinkedIn renders its content', () => {
    const doc = synthetic('feed.v3.html');
    const tracker = createPostTracker();
    tracker.start(doc);
    const wrapper = doc.querySelector('[data-id="urn:li:activity:7100000000000000006"] .occludable-update')!;
    const card = doc.querySelector('[data-id="urn:li:activity:7100000000000000003"] .feed-shared-update-v2')!.cloneNode(true) as Element;
    card.setAttribute('data-urn', 'urn:li:activity:7100000000000000006');
    wrapper.append(card);
    expect(tracker.added([card])).toMatchObject([{ key: 'urn:li:activity:7100000000000000006', author: { name: 'Acme Robotics' } }]);
  });

  it('forgets cards that leave the page, so a card rendered again is new', () => {
    const doc = synthetic('feed.v3.html');
    const tracker = createPostTracker();
    tracker.start(doc);
    expect(tracker.removed()).toEqual([]);
    const card = doc.querySelector('[data-id="urn:li:activity:7100000000000000002"]')!;
    card.remove();
    expect(tracker.removed()).toEqual(['urn:li:activity:7100000000000000002']);
    expect(tracker.removed()).toEqual([]);
    doc.querySelector('.scaffold-finite-scroll__content')!.append(card);
    expect(tracker.added([card]).map((p) => p.key)).toEqual(['urn:li:activity:7100000000000000002']);
  });

  it('ignores nodes outside posts and nodes no longer in the page', () => {
    const doc = synthetic('feed.v3.html');
    const tracker = createPostTracker();
    const detached = doc.querySelector('[data-id="urn:li:activity:7100000000000000001"]')!.cloneNode(true);
    expect(tracker.added([doc.querySelector('header')!, detached, doc.createTextNode('x')])).toEqual([]);
  });
});
