import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHARE_DIALOG_WAIT_MS, watchReposts } from '@/lib/capture/repost-capture';
import { userClick, userKey } from '../../helpers/user-gesture';
import { syntheticHtml } from '../linkedin/fixtures';
import { controlMenuOf, JANE, linkedInDid, menuItem, repostOf, SAM, showFeed, stopLinkedIn, wait } from './page';

let controller: AbortController;
let reposted: string[];
const dialog = () => document.querySelector('[role="dialog"]');

beforeEach(() => {
  controller = new AbortController();
  reposted = [];
  showFeed([
    { token: 'AAA', author: JANE },
    { token: 'BBB', author: SAM },
  ]);
  watchReposts(document, controller.signal, { reposted: (post) => reposted.push(post.getAttribute('componentkey') ?? post.getAttribute('data-id')!) });
});
afterEach(() => {
  controller.abort();
  stopLinkedIn();
  document.querySelectorAll('[role="dialog"], [data-test-menu]').forEach((element) => element.remove());
});

describe('a repost is counted only when LinkedIn confirms it', () => {
  it('the instant repost: Repost, then “Repost” in its menu (no share dialog opens)', async () => {
    userClick(repostOf('AAA'));
    userClick(menuItem('now'));
    expect(linkedInDid().reposts).toBe(1);
    expect(reposted).toEqual([]); // not until it is clear no share dialog is opening
    await wait(SHARE_DIALOG_WAIT_MS + 200);
    expect(reposted).toEqual(['expandedAAAFeedType_MAIN_FEED_RELEVANCE']);
  });

  it('“Repost with your thoughts” counts when the dialog posts', async () => {
    userClick(repostOf('AAA'));
    userClick(menuItem('thoughts'));
    await wait(300);
    expect(dialog()).not.toBeNull();
    userClick(dialog()!.querySelector('[data-post]')!);
    await wait(300);
    expect(linkedInDid().shares).toBe(1);
    expect(reposted).toEqual(['expandedAAAFeedType_MAIN_FEED_RELEVANCE']);
  });

  it('“Repost with your thoughts” then Dismiss, or Escape, counts nothing', async () => {
    userClick(repostOf('AAA'));
    userClick(menuItem('thoughts'));
    await wait(300);
    userClick(dialog()!.querySelector('[contenteditable]')!);
    userClick(dialog()!.querySelector('button[aria-label="Dismiss"]')!);
    await wait(300);
    expect(dialog()).toBeNull();
    userClick(repostOf('AAA'));
    userClick(menuItem('thoughts'));
    await wait(300);
    userKey(dialog()!, 'Escape');
    dialog()!.remove(); // LinkedIn closes it on Escape
    await wait(300);
    expect(reposted).toEqual([]);
  });

  it('Repost, then “Save” in another post’s menu, counts nothing', async () => {
    userClick(repostOf('AAA'));
    userClick(controlMenuOf('BBB'));
    userClick(menuItem('save'));
    await wait(SHARE_DIALOG_WAIT_MS + 200);
    expect(reposted).toEqual([]);
  });
});

describe('a page script cannot make a repost', () => {
  it('scripted clicks on Repost and its menu log nothing, even when LinkedIn reposts', async () => {
    repostOf('AAA').click();
    menuItem('now').click();
    expect(linkedInDid().reposts).toBe(1);
    await wait(SHARE_DIALOG_WAIT_MS + 200);
    expect(reposted).toEqual([]);
  });

  it('a scripted click on a menu the user opened logs nothing', async () => {
    userClick(repostOf('AAA'));
    menuItem('now').click();
    await wait(SHARE_DIALOG_WAIT_MS + 200);
    expect(reposted).toEqual([]);
  });

  it('a scripted Post in the share dialog logs nothing', async () => {
    userClick(repostOf('AAA'));
    userClick(menuItem('thoughts'));
    await wait(300);
    (dialog()!.querySelector('[data-post]') as HTMLElement).click();
    await wait(300);
    expect(reposted).toEqual([]);
  });
});

describe('on the 2022–25 feed (Ember dropdown beside the Repost button)', () => {
  it('the instant choice in the post’s own dropdown counts; a scripted one does not', async () => {
    document.body.replaceWith(document.importNode(new DOMParser().parseFromString(syntheticHtml('feed.v3.html'), 'text/html').body, true));
    const post = document.querySelector('[data-urn="urn:li:activity:7100000000000000001"]')!;
    const repost = post.querySelector<HTMLButtonElement>('button.social-reshare-button')!;
    const menu = document.createElement('div');
    menu.className = 'artdeco-dropdown__content artdeco-dropdown__content--is-open';
    menu.innerHTML = '<ul><li><div role="button" class="artdeco-dropdown__item">Repost with your thoughts</div></li><li><div role="button" class="artdeco-dropdown__item">Repost</div></li></ul>';
    repost.after(menu);
    const instant = menu.querySelectorAll<HTMLElement>('[role="button"]')[1]!;
    repost.click();
    instant.click();
    await wait(SHARE_DIALOG_WAIT_MS + 200);
    expect(reposted).toEqual([]);
    userClick(repost);
    repost.setAttribute('aria-expanded', 'true');
    userClick(instant);
    await wait(SHARE_DIALOG_WAIT_MS + 200);
    expect(reposted).toEqual(['urn:li:activity:7100000000000000001']);
  });
});
