import { localDay } from '@/lib/time/local-day';

/**
 * What identifies a post, in one place: its URN (the three kinds LinkedIn's
 * pages, links and data export use), its public URL, and the short ids that
 * derived touchpoints are built from.
 */

/** `urn:li:activity|share|ugcPost:<digits>`: the activity and the share/ugcPost it carries have different numbers, so all three are accepted, never assumed equal. */
export const POST_URN_PATTERN = /urn:li:(?:activity|share|ugcPost):\d+/;
const WHOLE_POST_URN = new RegExp(`^${POST_URN_PATTERN.source}$`);

/** Whether `value` is exactly a post URN. */
export const isPostUrn = (value: string): boolean => WHOLE_POST_URN.test(value);

/** The first post URN inside `text` (an href, a wrapped id such as `urn:li:sponsoredContentV2:(urn:li:activity:…)`, a percent-encoded URL), or null. */
export function postUrnIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const direct = POST_URN_PATTERN.exec(text)?.[0];
  if (direct) return direct;
  try {
    return POST_URN_PATTERN.exec(decodeURIComponent(text))?.[0] ?? null;
  } catch {
    return null;
  }
}

/** The post's public URL when it has a URN. */
export function postUrl(post: { urn: string | null }): string | null {
  return post.urn ? `https://www.linkedin.com/feed/update/${post.urn}/` : null;
}

/**
 * A short, stable id for a post key (a URN, or a V4 `componentkey:` token of
 * up to 300 characters): 64-bit FNV-1a in hex. Used to build derived
 * touchpoint ids that keep automatic capture to once per post, type and day.
 */
export function shortPostId(key: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < key.length; i++) {
    hash ^= BigInt(key.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The id of the one automatic touchpoint of `type` on a post per day: the day
 * in the browser's own time zone, since "once per day" is the user's day.
 */
export function autoTouchpointId(postKey: string, type: 'like' | 'comment' | 'share' | 'message', time: number = Date.now()): string {
  return `auto:${shortPostId(postKey)}:${type}:${localDay(time)}`;
}
