import type { ImportedContact, ImportedTouchpoint } from '@/lib/model/commands';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { DAY_MS, type Timestamp } from '@/lib/time/instant';

/**
 * More people the keep-in-touch step offers after an import, beside those you
 * talk to (plan.ts's `suggest`): new connections, who are due Andy Lopata's
 * 24-7-30 follow-up, and people you endorsed or recommended. Pure, from the
 * import plan.
 */
export interface PersonSuggestion {
  contactId: string;
  name: string;
  profileUrl: string;
  /** When you connected (new connections), or your latest endorsement or recommendation. */
  at: Timestamp;
  /** Endorsements and recommendations you gave them (0 for new connections). */
  gave: number;
}

const byLatest = (a: PersonSuggestion, b: PersonSuggestion) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/** People you connected with in the `days` before `now`, newest first. */
export function recentConnections(contacts: readonly ImportedContact[], now: number, days = 30, max = 500): PersonSuggestion[] {
  const since = new Date(now - days * DAY_MS).toISOString();
  const found: PersonSuggestion[] = [];
  for (const contact of contacts) {
    if (!contact.createIfMissing || contact.connectedAt === undefined || contact.connectedAt < since) continue;
    found.push({ contactId: contactIdFromProfileUrl(contact.profileUrl)!, name: contact.name, profileUrl: contact.profileUrl, at: contact.connectedAt, gave: 0 });
  }
  return found.sort(byLatest).slice(0, max);
}

/** Imported endorsements and recommendations carry ids derived from their source file (source-id.ts). */
const GIVEN = /^li-(endorse|recommend)-/;

/** People you endorsed or recommended on LinkedIn, latest first, with how many you gave each. */
export function endorsedOrRecommended(contacts: readonly ImportedContact[], touchpoints: readonly ImportedTouchpoint[], max = 500): PersonSuggestion[] {
  const names = new Map(contacts.map((contact) => [contactIdFromProfileUrl(contact.profileUrl)!, contact]));
  const found = new Map<string, PersonSuggestion>();
  for (const touchpoint of touchpoints) {
    if (!GIVEN.test(touchpoint.id)) continue;
    const contact = names.get(touchpoint.contactId);
    if (!contact) continue;
    const known = found.get(touchpoint.contactId);
    if (known) {
      known.gave += 1;
      if (touchpoint.at > known.at) known.at = touchpoint.at;
    } else {
      found.set(touchpoint.contactId, { contactId: touchpoint.contactId, name: contact.name, profileUrl: contact.profileUrl, at: touchpoint.at, gave: 1 });
    }
  }
  return [...found.values()].sort(byLatest).slice(0, max);
}
