import { isProfileMain, pageKind, type UrlLike } from '@/lib/linkedin/page-detect';
import { recognizeProfile } from '@/lib/linkedin/parse-profile';
import { profileAddress } from '@/lib/linkedin/profile-address';
import { parsePosts } from '@/lib/linkedin/parse-post';
import { postsFromIslands } from '@/lib/linkedin/island-posts';
import { any, authWall } from '@/lib/linkedin/selectors';
import type { Trace } from '@/lib/linkedin/trace';
import type { ProfileAddress, Recognition } from '@/lib/linkedin/types';

/** At most this many posts per page: the schema's cap, and more than a feed keeps rendered. */
export const MAX_POSTS = 500;

/** Why recognition that should have worked did not (shown as "LinkedIn changed this page"), or null. */
export type Degradation = 'profile-name-not-found' | null;

export interface PageRecognition extends Recognition {
  degraded: Degradation;
  /** The person at a profile address, readable page or not (not part of the recognizer CLI's contract). */
  address: ProfileAddress | null;
}

/** Logged-out walls show nobody: recognising nobody there is expected, not a failure. */
export const isAuthWall = (doc: Document): boolean => doc.querySelector(any(authWall)) !== null;

/**
 * Everything Rapport recognises on a page: its kind (from the URL), the
 * person it is about (profile and activity pages), and its posts (DOM cards,
 * else the JSON islands of a raw page). Pure over `doc` and `url`: the
 * content script and the recognizer CLI run exactly this.
 */
export function recognizePage(doc: Document, url: UrlLike, trace?: Trace): PageRecognition {
  const page = pageKind(url);
  let posts = parsePosts(doc, trace);
  if (posts.length === 0) {
    posts = postsFromIslands(doc);
    if (trace && posts.length > 0) trace('card', true, `${posts.length} posts from the JSON islands (jsonIsland, feed.Update entities): a raw page without rendered cards`);
  }
  return { page, ...recognizePerson(doc, url, trace), posts: posts.slice(0, MAX_POSTS) };
}

/** Only the person a page is about (profile and activity pages), and whether that should have worked: no post is read. */
export function recognizePerson(doc: Document, url: UrlLike, trace?: Trace): Pick<PageRecognition, 'profile' | 'degraded' | 'address'> {
  const page = pageKind(url);
  if (page !== 'profile' && page !== 'activity') return { profile: null, degraded: null, address: null };
  const { profile, problem } = recognizeProfile(doc, url, trace);
  const address = profileAddress(doc, url);
  return {
    profile,
    degraded: problem === 'no-name' && isProfileMain(url) && !isAuthWall(doc) ? 'profile-name-not-found' : null,
    // A recognised name is better than the title's: the address carries it too.
    address: address && profile && profile.slug === address.slug ? { ...address, name: profile.name } : address,
  };
}
