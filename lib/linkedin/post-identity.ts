import { localDay } from '@/lib/time/local-day';

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
export function autoTouchpointId(postKey: string, type: 'like' | 'comment' | 'share', time: number = Date.now()): string {
  return `auto:${shortPostId(postKey)}:${type}:${localDay(time)}`;
}
