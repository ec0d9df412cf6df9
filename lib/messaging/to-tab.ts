import { z } from 'zod/mini';
import { PageContext } from '@/lib/linkedin/types';

/** A page report's largest size: 20 000 elements of at most ~200 characters each. */
export const PAGE_REPORT_MAX_CHARS = 4_000_000;

/**
 * Messages from the background to a LinkedIn tab's content script. Kept apart
 * from the other direction, and written with `zod/mini`, so the content
 * script bundles only these small schemas.
 */

export const ToTab = z.discriminatedUnion('type', [
  /** Recognise the page now and reply with its context (e.g. after the worker restarted). */
  z.strictObject({ type: z.literal('getPageContext') }),
  /** The background logged a touchpoint for this tab (shortcut, context menu): confirm it, offer Undo. */
  z.strictObject({
    type: z.literal('touchpointLogged'),
    touchpointId: z.string().check(z.minLength(1), z.maxLength(200)),
    text: z.string().check(z.minLength(1), z.maxLength(500)),
  }),
  /** Tell the user something about this tab (e.g. "open a profile first"). */
  z.strictObject({ type: z.literal('showNotice'), text: z.string().check(z.minLength(1), z.maxLength(500)) }),
  /** The page's structure for a bug report (lib/linkedin/page-report.ts): every text, URL, name and id left out. */
  z.strictObject({ type: z.literal('getPageReport') }),
  /** Scroll the post with this key (a RecognizedPost key the tab reported) into view; replies whether it is still on the page. */
  z.strictObject({ type: z.literal('showPost'), key: z.string().check(z.minLength(1), z.maxLength(300)) }),
  /**
   * Firefox only: the profile link of the element a context menu was opened on (`targetElementId` from
   * `menus.onShown`/`onClicked`, turned into the element by `menus.getTargetElement` in the page's content script).
   */
  z.strictObject({ type: z.literal('getMenuTargetLink'), targetElementId: z.int() }),
]);
export type ToTab = z.infer<typeof ToTab>;
export type ToTabType = ToTab['type'];
export type ToTabMessage<T extends ToTabType> = Extract<ToTab, { type: T }>;

export const toTabSpec = {
  getPageContext: { result: PageContext },
  touchpointLogged: { result: z.null() },
  showNotice: { result: z.null() },
  getPageReport: { result: z.string().check(z.minLength(1), z.maxLength(PAGE_REPORT_MAX_CHARS)) },
  showPost: { result: z.boolean() },
  getMenuTargetLink: { result: z.nullable(z.strictObject({ profileUrl: z.string().check(z.minLength(1), z.maxLength(2048)), name: z.string().check(z.minLength(1), z.maxLength(200)) })) },
} as const satisfies Record<ToTabType, { result: z.ZodMiniType }>;

export type ToTabResult<T extends ToTabType> = z.infer<(typeof toTabSpec)[T]['result']>;
