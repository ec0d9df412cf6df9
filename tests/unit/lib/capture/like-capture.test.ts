import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchLikes } from '@/lib/capture/like-capture';
import { userClick, userKey } from '../../helpers/user-gesture';
import { cardOf, JANE, likeOf, SAM, showFeed, stopLinkedIn, wait } from './page';

let controller: AbortController;
let events: string[];

function watch() {
  watchLikes(document, controller.signal, {
    reacted: (post) => events.push(`liked ${post.getAttribute('componentkey')}`),
    unreacted: (post) => events.push(`unliked ${post.getAttribute('componentkey')}`),
  });
}
const KEY = (token: string) => `expanded${token}FeedType_MAIN_FEED_RELEVANCE`;

beforeEach(() => {
  controller = new AbortController();
  events = [];
});
afterEach(() => {
  controller.abort();
  stopLinkedIn();
});

describe('a like is the user’s click on a post’s own Like, then LinkedIn changing that button', () => {
  it.each(['en', 'pt', 'de', 'ja'] as const)('in a %s UI, liking then taking it back', async (language) => {
    showFeed([{ token: 'AAA', author: JANE, language }]);
    watch();
    userClick(likeOf('AAA'));
    await wait(0);
    expect(events).toEqual([`liked ${KEY('AAA')}`]);
    userClick(likeOf('AAA'));
    await wait(0);
    expect(events).toEqual([`liked ${KEY('AAA')}`, `unliked ${KEY('AAA')}`]);
  });

  it('by keyboard (Enter on the focused button)', async () => {
    showFeed([{ token: 'AAA', author: JANE }]);
    watch();
    userKey(likeOf('AAA'), 'Enter');
    likeOf('AAA').click(); // the click the browser makes from Enter (LinkedIn reacts to it)
    await wait(0);
    expect(events).toEqual([`liked ${KEY('AAA')}`]);
  });

  it('on a post the user already liked (the Like shows its reacted look), a click is taking it back', async () => {
    showFeed([{ token: 'AAA', author: JANE, language: 'pt', like: 'liked' }]);
    watch();
    userClick(likeOf('AAA'));
    await wait(0);
    expect(events).toEqual([`unliked ${KEY('AAA')}`]);
  });

  it('only for the card the user clicked, even when a script changes another card at the same moment', async () => {
    showFeed([
      { token: 'AAA', author: JANE },
      { token: 'BBB', author: SAM },
    ]);
    watch();
    userClick(cardOf('AAA').querySelector('p')!); // a click on the post's text is not a Like
    likeOf('AAA').click(); // and a script's click makes LinkedIn flip the button
    await wait(0);
    expect(events).toEqual([]);
    userClick(likeOf('BBB'));
    likeOf('AAA').setAttribute('aria-label', 'Reaction button state: Like');
    await wait(0);
    expect(events).toEqual([`liked ${KEY('BBB')}`]);
  });
});

describe('a page script cannot make a like', () => {
  it('setting a Like’s state or aria-pressed, or clicking it, logs nothing', async () => {
    showFeed([{ token: 'AAA', author: JANE }]);
    watch();
    likeOf('AAA').setAttribute('aria-pressed', 'true');
    likeOf('AAA').setAttribute('aria-label', 'Reaction button state: Like');
    likeOf('AAA').click();
    likeOf('AAA').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await wait(0);
    expect(events).toEqual([]);
  });

  it('a fake card added by a script and “liked” logs nothing', async () => {
    showFeed([{ token: 'AAA', author: JANE }]);
    watch();
    const fake = cardOf('AAA').cloneNode(true) as Element;
    fake.setAttribute('componentkey', 'expandedFAKEFeedType_MAIN_FEED_RELEVANCE');
    document.querySelector('[role="list"]')!.append(fake);
    fake.querySelector('button[componentkey$="-like"]')!.setAttribute('aria-pressed', 'true');
    await wait(0);
    expect(events).toEqual([]);
  });

  it('a change long after the user’s click is not the click’s result', async () => {
    showFeed([{ token: 'AAA', author: JANE }]);
    watch();
    const like = likeOf('AAA');
    like.addEventListener('click', (event) => event.stopImmediatePropagation(), { capture: true }); // LinkedIn did not react
    userClick(like);
    await wait(0);
    expect(events).toEqual([]);
    controller.abort(); // the watch window is over (its timer is cleared with it)
    like.setAttribute('aria-label', 'Reaction button state: Like');
    await wait(0);
    expect(events).toEqual([]);
  });
});
