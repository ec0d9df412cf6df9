import { browser } from 'wxt/browser';
import { replyEnvelope } from '@/lib/messaging/message';
import { toBackgroundSpec, type ToBackgroundMessage, type ToBackgroundResult, type ToBackgroundType } from '@/lib/messaging/to-background';
import { toTabSpec, type ToTabMessage, type ToTabResult, type ToTabType } from '@/lib/messaging/to-tab';
import { RapportError } from '@/lib/errors';
import type { $ZodType } from 'zod/v4/core';

function unwrap<T>(type: string, schema: $ZodType, reply: unknown): T {
  const parsed = replyEnvelope(schema).safeParse(reply);
  if (!parsed.success) {
    if (reply === undefined) throw new RapportError('internal', `Rapport’s background did not answer “${type}”. Try again in a moment.`);
    throw new RapportError('invalid-message', `Unexpected reply to “${type}”.`);
  }
  if (!parsed.data.ok) throw new RapportError(parsed.data.error.code, parsed.data.error.message);
  return parsed.data.value as T;
}

/** Sends a command to the background and returns its validated result, or throws a {@link RapportError}. */
export async function sendToBackground<T extends ToBackgroundType>(message: ToBackgroundMessage<T>): Promise<ToBackgroundResult<T>> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  return unwrap(message.type, toBackgroundSpec[message.type].result, reply);
}

/** Sends a message to the content script in `tabId` and returns its validated result. */
export async function sendToTab<T extends ToTabType>(tabId: number, message: ToTabMessage<T>): Promise<ToTabResult<T>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, message);
  return unwrap(message.type, toTabSpec[message.type].result, reply);
}
