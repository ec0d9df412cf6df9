import type { Browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { describeZodIssue, RapportError } from '@/lib/errors';
import { envelope, type Reply } from '@/lib/messaging/message';

export type Sender = Browser.runtime.MessageSender;

/** Where a message came from, decided from the sender only, never from the message body. */
export type SenderKind = 'extensionPage' | 'contentScript' | 'foreign';

export function classifySender(sender: Sender, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  // Our pages (popup, side panel, options, dashboard) have URLs on the extension's origin,
  // even when opened in a tab; content scripts carry the web page's URL.
  if (sender.url?.startsWith(extensionOrigin)) return 'extensionPage';
  if (sender.tab?.id !== undefined && sender.url?.startsWith('https://www.linkedin.com/')) return 'contentScript';
  return 'foreign';
}

export interface ReceiverOptions<M extends { type: string }> {
  schema: z.ZodMiniType<M>;
  /** May this kind of sender send this message type? */
  allow: (type: M['type'], sender: SenderKind) => boolean;
  classify: (sender: Sender) => SenderKind;
  handle: (message: M, sender: Sender) => Promise<unknown>;
  onRejected?: (reason: string, raw: unknown) => void;
}

/**
 * Builds a `runtime.onMessage` listener that validates every message with Zod
 * before anything runs, checks the sender, and always replies with a
 * `{ ok, value | error }` envelope. Invalid messages write nothing.
 */
export function createReceiver<M extends { type: string }>(options: ReceiverOptions<M>) {
  return (raw: unknown, sender: Sender): Promise<Reply<unknown>> =>
    envelope(
      async () => {
        const kind = options.classify(sender);
        if (kind === 'foreign') throw new RapportError('forbidden', 'Messages are only accepted from Rapport itself.');
        const parsed = options.schema.safeParse(raw);
        if (!parsed.success) {
          const type = (raw as { type?: unknown } | null)?.type;
          throw new RapportError('invalid-message', `Rejected message${typeof type === 'string' ? ` “${type.slice(0, 50)}”` : ''}: ${describeZodIssue(parsed.error)}.`);
        }
        if (!options.allow(parsed.data.type, kind)) {
          throw new RapportError('forbidden', `“${parsed.data.type}” may only be sent from Rapport’s own pages.`);
        }
        return options.handle(parsed.data, sender);
      },
      (serialized, error) => {
        if (serialized.code === 'invalid-message' || serialized.code === 'forbidden') options.onRejected?.(serialized.message, raw);
        else if (serialized.code === 'internal' || serialized.code === 'storage') console.error('[rapport]', error);
      },
    );
}
