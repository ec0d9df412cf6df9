import type { ExportRecords } from './records';
import { participantsByConversation } from './participants';

/**
 * Finds the user's own profile URL in the export instead of asking for it.
 * 1. Invitations.csv names it outright: the inviter of OUTGOING rows, the
 *    invitee of INCOMING ones (used when every row agrees).
 * 2. Otherwise messages.csv: the user takes part in every conversation, so
 *    their URL is the one seen in the most conversations, as sender or
 *    recipient. A lead of one conversation is not trusted alone; among tied
 *    URLs, connections are ruled out (nobody is their own connection).
 * Returns null when unsure: messages then stay unattributed rather than
 * risk a wrong person.
 */
export function detectOwnProfile(records: ExportRecords, canonical: (url: string) => string | null, connectionUrls: ReadonlySet<string>): string | null {
  const fromInvitations = new Set<string>();
  for (const invitation of records.invitations) {
    const own = canonical(invitation.outgoing ? invitation.inviterUrl : invitation.inviteeUrl);
    if (own) fromInvitations.add(own);
  }
  if (fromInvitations.size === 1) return [...fromInvitations][0]!;

  const participants = participantsByConversation(records.messages, canonical);
  const conversations = new Map<string, number>();
  for (const set of participants.values()) for (const url of set) conversations.set(url, (conversations.get(url) ?? 0) + 1);
  const ranked = [...conversations].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top) return null;
  const tied = ranked.filter(([, count]) => count === top[1]).map(([url]) => url);
  if (tied.length === 1 && top[1] >= 2 && !connectionUrls.has(top[0])) return top[0];
  const notConnections = tied.filter((url) => !connectionUrls.has(url));
  return notConnections.length === 1 && notConnections.length < tied.length ? notConnections[0]! : null;
}
