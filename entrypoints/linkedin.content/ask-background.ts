import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { ToBackgroundMessage, ToBackgroundType } from '@/lib/messaging/to-background';

/**
 * The content script's client of the background: typed requests (the types
 * come from lib/messaging/to-background.ts, erased at build time) and replies
 * validated with the small zod/mini schemas the background replies with
 * (lib/model/page-replies.ts) or narrower ones of just the fields read here,
 * so the page bundle does not carry every schema in Rapport.
 */

export { ContactStatus, PageLogResult } from '@/lib/model/page-replies';

export const AutoCaptureSetting = z.object({ autoCapture: z.boolean() });
export const MessageCaptureSetting = z.object({ messageCapture: z.enum(['one-to-one', 'also-groups', 'off']) });

const Failure = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string().check(z.maxLength(4000)) }) });

export class BackgroundRefused extends Error {
  override name = 'BackgroundRefused';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Sends a message to the background and returns its validated value, or throws. */
export async function ask<T extends ToBackgroundType, S extends z.ZodMiniType>(message: ToBackgroundMessage<T>, value: S): Promise<z.infer<S>> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  const success = z.object({ ok: z.literal(true), value }).safeParse(reply);
  if (success.success) return (success.data as { value: z.infer<S> }).value;
  const failure = Failure.safeParse(reply);
  if (failure.success) throw new BackgroundRefused(failure.data.error.code, failure.data.error.message);
  throw new BackgroundRefused('invalid-message', 'Unexpected reply from Rapport.');
}
