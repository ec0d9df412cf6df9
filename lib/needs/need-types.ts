/**
 * The touchpoint types the logger offers to tie to a need: an ask, or a
 * conversation (a message, a meeting). No imports: the popup's first screen
 * carries it.
 */
export const NEED_TOUCH_TYPES = ['ask', 'message', 'meeting'] as const;

export function canTieToNeed(type: string): boolean {
  return (NEED_TOUCH_TYPES as readonly string[]).includes(type);
}
