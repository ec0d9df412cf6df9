import { browser } from 'wxt/browser';
import { profileLinkAt, type ProfileLink } from '@/lib/linkedin/profile-link';

/** Firefox's part of the `menus` API in content scripts (not in the Chrome types WXT's `browser` carries). */
interface FirefoxMenusChild {
  getTargetElement(targetElementId: number): Element | null;
}

/**
 * The profile link a context menu was opened on, from the element Firefox
 * itself recorded for the right-click (`menus.getTargetElement`, the
 * `targetElementId` of `menus.onShown`/`onClicked`; needs the `menus`
 * permission, declared for Firefox only). Nothing the page does can change
 * which element that is, and nothing has to arrive before the menu opens.
 * Null in Chrome (no such API), for a stale id, or when the element is not a
 * profile link with a readable name: never a guessed person.
 */
export function menuTargetLink(targetElementId: number): ProfileLink | null {
  const menus = (browser as unknown as { menus?: Partial<FirefoxMenusChild> }).menus;
  if (typeof menus?.getTargetElement !== 'function') return null;
  return profileLinkAt(menus.getTargetElement(targetElementId));
}
