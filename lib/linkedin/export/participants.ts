import type { MessageRecord } from './records';

/**
 * Everyone in each conversation of messages.csv (2021 onwards), by canonical
 * profile URL: the senders, and the recipients where the export lists them.
 * `canonical` is the caller's (cached) URL canonicaliser.
 */
export function participantsByConversation(
  messages: Iterable<Pick<MessageRecord, 'conversationId' | 'senderUrl' | 'recipientUrls'>>,
  canonical: (url: string) => string | null,
): Map<string, Set<string>> {
  const participants = new Map<string, Set<string>>();
  for (const message of messages) {
    let set = participants.get(message.conversationId);
    if (!set) participants.set(message.conversationId, (set = new Set()));
    for (const raw of [message.senderUrl, ...(message.recipientUrls ?? [])]) {
      const url = canonical(raw);
      if (url) set.add(url);
    }
  }
  return participants;
}
