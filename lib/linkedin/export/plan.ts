import { ImportedContact, ImportedTouchpoint } from '@/lib/model/commands';
import { LIMITS, type InvitedBy } from '@/lib/model/schema';
import { canonicalProfileUrl, contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { describeZodIssue } from '@/lib/errors';
import { DAY_MS, type Timestamp } from '@/lib/time/instant';
import { exportFileError } from './errors';
import { detectOwnProfile } from './own-profile';
import { participantsByConversation } from './participants';
import type { ConnectionRecord, ExportRecords } from './records';
import { sourceId } from './source-id';

/**
 * Turns the export's records into what Rapport writes: contacts keyed by
 * canonical profile URL (one per person across all files) and touchpoints
 * with ids derived from their source. Every row that is left out is listed
 * with its reason. Pure: the same records always give the same plan.
 */

export const SKIP_REASONS = [
  /** The row has no profile URL (Connections.csv before about 2022 has none). */
  'noProfileUrl',
  /** The URL is not a person's vanity profile URL (a company, or an internal member id). */
  'notAProfileUrl',
  'noName',
  'noDate',
  /** The row is about the user. */
  'ownProfile',
  /** Neither Invitations.csv nor the messages tell which participant is the user. */
  'ownProfileUnknown',
  'draft',
  'spam',
  /** A message of the user's in a conversation where nobody else is known. */
  'noOtherParticipant',
  /** A recipient's URL is known but not their name (group conversations). */
  'nameUnknown',
  /** Matching by name: nobody with a profile URL has this name. */
  'noMatchByName',
  /** Matching by name: several people have this name. */
  'ambiguousName',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedRow {
  file: string;
  row: number;
  reason: SkipReason;
  /** The name or value concerned, for the user to recognise the row. */
  detail: string;
}

/** Someone worth keeping in touch with: you exchanged messages recently. */
export interface Suggestion {
  contactId: string;
  name: string;
  profileUrl: string;
  /** Messages in the window, both ways. */
  messages: number;
  lastMessageAt: Timestamp;
}

export interface ImportPlan {
  contacts: ImportedContact[];
  touchpoints: ImportedTouchpoint[];
  skipped: SkippedRow[];
  ownProfileUrl: string | null;
  suggestions: Suggestion[];
  /** Message rows read (before grouping into one touchpoint per person, conversation and day). */
  messageRows: number;
}

export interface PlanOptions {
  /** Suggest people messaged both ways within this many days before the export's latest message. */
  suggestionWindowDays?: number;
  maxSuggestions?: number;
}

interface Source {
  file: string;
  row: number;
}

const normaliseName = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max).trim() : value);
const dayOf = (at: Timestamp) => at.slice(0, 10);
/** Endorsee URLs come without a scheme at times (`www.linkedin.com/in/…`). */
const withScheme = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url.replace(/^\/+/, '')}`);

export function buildImportPlan(records: ExportRecords, options: PlanOptions = {}): ImportPlan {
  const windowDays = options.suggestionWindowDays ?? 180;
  const maxSuggestions = options.maxSuggestions ?? 50;
  const skipped: SkippedRow[] = [];
  const skip = (source: Source, reason: SkipReason, detail: string) => skipped.push({ file: source.file, row: source.row, reason, detail: detail.slice(0, 200) });

  const canonicalCache = new Map<string, string | null>();
  const canonical = (raw: string): string | null => {
    let value = canonicalCache.get(raw);
    if (value === undefined) {
      value = raw.trim() === '' ? null : canonicalProfileUrl(withScheme(raw.trim()));
      canonicalCache.set(raw, value);
    }
    return value;
  };

  const idCache = new Map<string, string>();
  /** Contact ids of canonical URLs, memoised: URL parsing is the costliest step per message. */
  const contactIdOf = (url: string): string => {
    let id = idCache.get(url);
    if (id === undefined) idCache.set(url, (id = contactIdFromProfileUrl(url)!));
    return id;
  };

  const contacts = new Map<string, ImportedContact & { source: Source; invitedAt?: Timestamp }>();
  const upsert = (profileUrl: string, name: string, source: Source, fields: Partial<ImportedContact> & { invitedAt?: Timestamp } = {}) => {
    const existing = contacts.get(profileUrl);
    if (!existing) {
      contacts.set(profileUrl, { profileUrl, name: clip(name, LIMITS.name), createIfMissing: false, source, ...fields });
      return;
    }
    existing.createIfMissing ||= fields.createIfMissing ?? false;
    existing.headline ??= fields.headline;
    existing.company ??= fields.company;
    existing.connectedAt ??= fields.connectedAt;
    if (fields.invitedBy && (!existing.invitedAt || (fields.invitedAt ?? '') > existing.invitedAt)) {
      existing.invitedBy = fields.invitedBy;
      existing.invitedAt = fields.invitedAt;
    }
  };

  // Connections first: their names (first + last) are the best the export has.
  const connectionUrls = new Set<string>();
  for (const connection of records.connections) {
    if (connection.url !== undefined) {
      const url = canonical(connection.url);
      if (url) connectionUrls.add(url);
    }
  }
  const own = detectOwnProfile(records, canonical, connectionUrls);

  // Connections.csv before about 2022 has no URL column: those rows are matched by name later.
  const connectionsByName: typeof records.connections = [];
  for (const connection of records.connections) {
    if (!connection.url) {
      connectionsByName.push(connection);
      continue;
    }
    const url = canonical(connection.url);
    if (!url) skip(connection, 'notAProfileUrl', connection.url);
    else if (url === own) skip(connection, 'ownProfile', connection.name);
    else if (!connection.name) skip(connection, 'noName', connection.url);
    else {
      upsert(url, connection.name, connection, connectionDetails(connection));
    }
  }

  const touchpoints = new Map<string, ImportedTouchpoint & { source: Source }>();
  const addTouchpoint = (touchpoint: ImportedTouchpoint, source: Source) => {
    const existing = touchpoints.get(touchpoint.id);
    // One touchpoint per person, conversation and day: the day's first message dates it, so a later export with more messages that day changes nothing.
    if (!existing || touchpoint.at < existing.at) touchpoints.set(touchpoint.id, { ...touchpoint, source });
  };

  for (const endorsement of records.endorsementsGiven) {
    const url = canonical(endorsement.url);
    if (!url) skip(endorsement, endorsement.url ? 'notAProfileUrl' : 'noProfileUrl', endorsement.url || endorsement.name);
    else if (url === own) skip(endorsement, 'ownProfile', endorsement.name);
    else if (!endorsement.name) skip(endorsement, 'noName', endorsement.url);
    else if (!endorsement.at) skip(endorsement, 'noDate', endorsement.name);
    else {
      upsert(url, endorsement.name, endorsement, { createIfMissing: true });
      const contactId = contactIdOf(url);
      addTouchpoint(
        { id: sourceId('endorse', contactId, endorsement.skill, endorsement.at), contactId, type: 'other', focus: 'give', at: endorsement.at, note: clip(`Endorsed: ${endorsement.skill}`, LIMITS.touchpointNote) },
        endorsement,
      );
    }
  }

  // Names the export gives for profile URLs, for matching rows that have only a name.
  const namesByUrl = new Map<string, string>();
  for (const [url, contact] of contacts) namesByUrl.set(url, contact.name);
  for (const message of records.messages) {
    const sender = canonical(message.senderUrl);
    if (sender && message.fromName && !namesByUrl.has(sender)) namesByUrl.set(sender, message.fromName);
  }

  // messages.csv (2021 onwards): participants by URL.
  const participants = participantsByConversation(records.messages, canonical);
  const exchanges = new Map<string, { at: Timestamp; outgoing: boolean }[]>();
  const noteExchange = (url: string, at: Timestamp, outgoing: boolean) => {
    let list = exchanges.get(url);
    if (!list) exchanges.set(url, (list = []));
    list.push({ at, outgoing });
  };
  const addMessage = (url: string, name: string, at: Timestamp, outgoing: boolean, thread: string, source: Source) => {
    upsert(url, name, source, { createIfMissing: true });
    const contactId = contactIdOf(url);
    addTouchpoint({ id: sourceId('msg', thread, dayOf(at), contactId), contactId, type: 'message', focus: 'give', at }, source);
    noteExchange(url, at, outgoing);
  };

  for (const message of records.messages) {
    if (message.draft) skip(message, 'draft', message.fromName);
    else if (message.folder === 'SPAM') skip(message, 'spam', message.fromName);
    else if (!message.at) skip(message, 'noDate', message.fromName);
    else if (!own) skip(message, 'ownProfileUnknown', message.fromName);
    else {
      const sender = canonical(message.senderUrl);
      if (!sender) {
        skip(message, message.senderUrl ? 'notAProfileUrl' : 'noProfileUrl', message.senderUrl || message.fromName);
        continue;
      }
      if (sender !== own) {
        addMessage(sender, namesByUrl.get(sender) || message.fromName, message.at, false, message.conversationId, message);
        continue;
      }
      const listed = (message.recipientUrls ?? []).map(canonical).filter((url): url is string => url !== null);
      const others = (listed.length > 0 ? listed : [...(participants.get(message.conversationId) ?? [])]).filter((url) => url !== own);
      if (others.length === 0) skip(message, 'noOtherParticipant', message.toNames);
      for (const url of new Set(others)) {
        // A lone recipient's name is the TO cell; in a group it lists several names that cannot be told apart.
        const name = namesByUrl.get(url) ?? (others.length === 1 ? message.toNames : '');
        if (!name) skip(message, 'nameUnknown', url);
        else addMessage(url, name, message.at, true, message.conversationId, message);
      }
    }
  }

  // Everyone with a profile URL, by name, for the files that name people only.
  const urlsByName = new Map<string, Set<string>>();
  for (const [url, name] of namesByUrl) {
    if (url === own) continue;
    const key = normaliseName(name);
    let set = urlsByName.get(key);
    if (!set) urlsByName.set(key, (set = new Set()));
    set.add(url);
  }
  /** The one person with this name, or the reason there is none. */
  const matchName = (name: string): { url: string } | { reason: 'noMatchByName' | 'ambiguousName' } => {
    const urls = urlsByName.get(normaliseName(name));
    if (!urls || urls.size === 0) return { reason: 'noMatchByName' };
    if (urls.size > 1) return { reason: 'ambiguousName' };
    return { url: [...urls][0]! };
  };

  // A connection without a URL is the person of that name seen elsewhere in the export (a message sender, say), when only one has it.
  for (const connection of connectionsByName) {
    const match = connection.name ? matchName(connection.name) : { reason: 'noName' as const };
    if ('reason' in match) skip(connection, match.reason === 'noMatchByName' ? 'noProfileUrl' : match.reason, connection.name);
    else upsert(match.url, namesByUrl.get(match.url)!, connection, connectionDetails(connection));
  }

  // Messages.csv of 2018: names only, with a direction.
  for (const message of records.messages2018) {
    const other = message.outgoing ? message.toNames : message.fromName;
    if (message.folder === 'SPAM') skip(message, 'spam', other);
    else if (!message.at) skip(message, 'noDate', other);
    else {
      const match = matchName(other);
      if ('reason' in match) skip(message, match.reason, other);
      else addMessage(match.url, namesByUrl.get(match.url)!, message.at, message.outgoing, 'messages-2018', message);
    }
  }

  for (const recommendation of records.recommendationsGiven) {
    if (!recommendation.at) {
      skip(recommendation, 'noDate', recommendation.name);
      continue;
    }
    const match = matchName(recommendation.name);
    if ('reason' in match) {
      skip(recommendation, match.reason, recommendation.name);
      continue;
    }
    upsert(match.url, namesByUrl.get(match.url)!, recommendation, { createIfMissing: true });
    const contactId = contactIdOf(match.url);
    addTouchpoint({ id: sourceId('recommend', contactId, recommendation.at), contactId, type: 'other', focus: 'give', at: recommendation.at, note: 'Recommendation written on LinkedIn' }, recommendation);
  }

  for (const invitation of records.invitations) {
    const raw = invitation.outgoing ? invitation.inviteeUrl : invitation.inviterUrl;
    const name = invitation.outgoing ? invitation.toName : invitation.fromName;
    const url = canonical(raw);
    if (!url) skip(invitation, raw ? 'notAProfileUrl' : 'noProfileUrl', raw || name);
    else if (url === own) skip(invitation, 'ownProfile', name);
    else if (!name) skip(invitation, 'noName', raw);
    else {
      const invitedBy: InvitedBy = invitation.outgoing ? 'me' : 'them';
      upsert(url, namesByUrl.get(url) ?? name, invitation, { invitedBy, ...(invitation.at ? { invitedAt: invitation.at } : {}) });
    }
  }

  const plan: ImportPlan = {
    contacts: [],
    touchpoints: [],
    skipped,
    ownProfileUrl: own,
    suggestions: suggest(exchanges, contacts, windowDays, maxSuggestions),
    messageRows: records.messages.length + records.messages2018.length,
  };
  // Validate everything before anything is written; a failure here names the row it came from.
  for (const { source, invitedAt: _invitedAt, ...contact } of contacts.values()) {
    const parsed = ImportedContact.safeParse(contact);
    if (!parsed.success) throw exportFileError(source.file, `has a row Rapport cannot import (data row ${source.row}): ${describeZodIssue(parsed.error)}.`);
    plan.contacts.push(parsed.data);
  }
  for (const { source, ...touchpoint } of touchpoints.values()) {
    const parsed = ImportedTouchpoint.safeParse(touchpoint);
    if (!parsed.success) throw exportFileError(source.file, `has a row Rapport cannot import (data row ${source.row}): ${describeZodIssue(parsed.error)}.`);
    plan.touchpoints.push(parsed.data);
  }
  skipped.sort((a, b) => (a.file === b.file ? a.row - b.row : a.file < b.file ? -1 : 1));
  return plan;
}

function connectionDetails(connection: ConnectionRecord): Partial<ImportedContact> {
  return {
    createIfMissing: true,
    ...(connection.position ? { headline: clip(connection.position, LIMITS.headline) } : {}),
    ...(connection.company ? { company: clip(connection.company, LIMITS.company) } : {}),
    ...(connection.connectedAt ? { connectedAt: connection.connectedAt } : {}),
  };
}

function suggest(
  exchanges: Map<string, { at: Timestamp; outgoing: boolean }[]>,
  contacts: Map<string, ImportedContact>,
  windowDays: number,
  max: number,
): Suggestion[] {
  let latest = '';
  for (const list of exchanges.values()) for (const { at } of list) if (at > latest) latest = at;
  if (!latest) return [];
  // The window ends at the export's latest message, not today: an export a few weeks old still suggests the right people.
  const since = new Date(Date.parse(latest) - windowDays * DAY_MS).toISOString();
  const suggestions: Suggestion[] = [];
  for (const [url, list] of exchanges) {
    const recent = list.filter(({ at }) => at >= since);
    if (!recent.some((m) => m.outgoing) || !recent.some((m) => !m.outgoing)) continue;
    const contact = contacts.get(url)!;
    suggestions.push({
      contactId: contactIdFromProfileUrl(url)!,
      name: contact.name,
      profileUrl: url,
      messages: recent.length,
      lastMessageAt: recent.reduce((a, m) => (m.at > a ? m.at : a), ''),
    });
  }
  return suggestions.sort((a, b) => b.messages - a.messages || (a.lastMessageAt < b.lastMessageAt ? 1 : -1)).slice(0, max);
}
