import { ImportedContact, ImportedTouchpoint } from '@/lib/model/commands';
import { LIMITS, type InvitedBy } from '@/lib/model/schema';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { describeZodIssue } from '@/lib/errors';
import { DAY_MS, type Timestamp } from '@/lib/time/instant';
import { exportFileError } from './errors';
import { detectOwnProfile } from './own-profile';
import { participantsByConversation } from './participants';
import type { ConnectionRecord, ExportRecords } from './records';
import { sourceId } from './source-id';
import { clip, PlanDraft, type Exchange } from './plan-draft';
import type { SkippedRow } from './skip-reasons';

/**
 * Turns the export's records into what Rapport writes: contacts keyed by
 * canonical profile URL (one per person across all files) and touchpoints
 * with ids derived from their source. Every row that is left out is listed
 * with its reason. Pure: the same records always give the same plan.
 */

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


export function buildImportPlan(records: ExportRecords, options: PlanOptions = {}): ImportPlan {
  const draft = new PlanDraft();
  // Connections first: their names (first + last) are the best the export has, and they tell which profile is the user's.
  const connectionsByName = addConnections(draft, records);
  addEndorsements(draft, records.endorsementsGiven);
  learnNames(draft, records.messages);
  addMessages(draft, records.messages);
  draft.indexNames();
  matchConnectionsByName(draft, connectionsByName);
  addMessages2018(draft, records.messages2018);
  addRecommendations(draft, records.recommendationsGiven);
  addInvitations(draft, records.invitations);
  return validatePlan(draft, {
    suggestions: suggest(draft.exchanges, draft.contacts, options.suggestionWindowDays ?? 180, options.maxSuggestions ?? 50),
    messageRows: records.messages.length + records.messages2018.length,
  });
}

/** Connections.csv: its people, and the user's own profile. Returns the rows without a URL (before about 2022), matched by name later. */
function addConnections(draft: PlanDraft, records: ExportRecords): ConnectionRecord[] {
  const connectionUrls = new Set<string>();
  for (const connection of records.connections) {
    if (connection.url !== undefined) {
      const url = draft.canonical(connection.url);
      if (url) connectionUrls.add(url);
    }
  }
  draft.own = detectOwnProfile(records, draft.canonical, connectionUrls);
  const connectionsByName: ConnectionRecord[] = [];
  for (const connection of records.connections) {
    if (!connection.url) {
      connectionsByName.push(connection);
      continue;
    }
    const url = draft.canonical(connection.url);
    if (!url) draft.skip(connection, 'notAProfileUrl', connection.url);
    else if (url === draft.own) draft.skip(connection, 'ownProfile', connection.name);
    else if (!connection.name) draft.skip(connection, 'noName', connection.url);
    else draft.upsert(url, connection.name, connection, connectionDetails(connection));
  }
  return connectionsByName;
}

/** Endorsement_Given_Info.csv: one endorsement touchpoint per skill endorsed. */
function addEndorsements(draft: PlanDraft, endorsements: ExportRecords['endorsementsGiven']): void {
  for (const endorsement of endorsements) {
    const url = draft.canonical(endorsement.url);
    if (!url) draft.skip(endorsement, endorsement.url ? 'notAProfileUrl' : 'noProfileUrl', endorsement.url || endorsement.name);
    else if (url === draft.own) draft.skip(endorsement, 'ownProfile', endorsement.name);
    else if (!endorsement.name) draft.skip(endorsement, 'noName', endorsement.url);
    else if (!endorsement.at) draft.skip(endorsement, 'noDate', endorsement.name);
    else {
      draft.upsert(url, endorsement.name, endorsement, { createIfMissing: true });
      const contactId = draft.contactIdOf(url);
      draft.addTouchpoint(
        { id: sourceId('endorse', contactId, endorsement.skill, endorsement.at), contactId, type: 'endorsement', at: endorsement.at, note: clip(`Endorsed: ${endorsement.skill}`, LIMITS.touchpointNote) },
        endorsement,
      );
    }
  }
}

/** The names known so far, then the senders' names messages.csv gives for their URLs. */
function learnNames(draft: PlanDraft, messages: ExportRecords['messages']): void {
  for (const [url, contact] of draft.contacts) draft.namesByUrl.set(url, contact.name);
  for (const message of messages) {
    const sender = draft.canonical(message.senderUrl);
    if (sender && message.fromName && !draft.namesByUrl.has(sender)) draft.namesByUrl.set(sender, message.fromName);
  }
}

/** messages.csv (2021 onwards): participants by URL; a message of the user's counts for every other participant. */
function addMessages(draft: PlanDraft, messages: ExportRecords['messages']): void {
  const participants = participantsByConversation(messages, draft.canonical);
  const { own } = draft;
  for (const message of messages) {
    if (message.draft) draft.skip(message, 'draft', message.fromName);
    else if (message.folder === 'SPAM') draft.skip(message, 'spam', message.fromName);
    else if (!message.at) draft.skip(message, 'noDate', message.fromName);
    else if (!own) draft.skip(message, 'ownProfileUnknown', message.fromName);
    else {
      const sender = draft.canonical(message.senderUrl);
      if (!sender) {
        draft.skip(message, message.senderUrl ? 'notAProfileUrl' : 'noProfileUrl', message.senderUrl || message.fromName);
        continue;
      }
      if (sender !== own) {
        draft.addMessage(sender, draft.namesByUrl.get(sender) || message.fromName, message.at, false, message.conversationId, message);
        continue;
      }
      const listed = (message.recipientUrls ?? []).map(draft.canonical).filter((url): url is string => url !== null);
      const others = (listed.length > 0 ? listed : [...(participants.get(message.conversationId) ?? [])]).filter((url) => url !== own);
      if (others.length === 0) draft.skip(message, 'noOtherParticipant', message.toNames);
      for (const url of new Set(others)) {
        // A lone recipient's name is the TO cell; in a group it lists several names that cannot be told apart.
        const name = draft.namesByUrl.get(url) ?? (others.length === 1 ? message.toNames : '');
        if (!name) draft.skip(message, 'nameUnknown', url);
        else draft.addMessage(url, name, message.at, true, message.conversationId, message);
      }
    }
  }
}

/** A connection without a URL is the person of that name seen elsewhere in the export (a message sender, say), when only one has it. */
function matchConnectionsByName(draft: PlanDraft, connections: readonly ConnectionRecord[]): void {
  for (const connection of connections) {
    const match = connection.name ? draft.matchName(connection.name) : { reason: 'noName' as const };
    if ('reason' in match) draft.skip(connection, match.reason === 'noMatchByName' ? 'noProfileUrl' : match.reason, connection.name);
    else draft.upsert(match.url, draft.namesByUrl.get(match.url)!, connection, connectionDetails(connection));
  }
}

/** Messages.csv of 2018: names only, with a direction. */
function addMessages2018(draft: PlanDraft, messages: ExportRecords['messages2018']): void {
  for (const message of messages) {
    const other = message.outgoing ? message.toNames : message.fromName;
    if (message.folder === 'SPAM') draft.skip(message, 'spam', other);
    else if (!message.at) draft.skip(message, 'noDate', other);
    else {
      const match = draft.matchName(other);
      if ('reason' in match) draft.skip(message, match.reason, other);
      else draft.addMessage(match.url, draft.namesByUrl.get(match.url)!, message.at, message.outgoing, 'messages-2018', message);
    }
  }
}

/** Recommendations_Given.csv: names only; one recommendation touchpoint per recommendation. */
function addRecommendations(draft: PlanDraft, recommendations: ExportRecords['recommendationsGiven']): void {
  for (const recommendation of recommendations) {
    if (!recommendation.at) {
      draft.skip(recommendation, 'noDate', recommendation.name);
      continue;
    }
    const match = draft.matchName(recommendation.name);
    if ('reason' in match) {
      draft.skip(recommendation, match.reason, recommendation.name);
      continue;
    }
    draft.upsert(match.url, draft.namesByUrl.get(match.url)!, recommendation, { createIfMissing: true });
    const contactId = draft.contactIdOf(match.url);
    draft.addTouchpoint(
      { id: sourceId('recommend', contactId, recommendation.at), contactId, type: 'recommendation', at: recommendation.at, note: 'Recommendation written on LinkedIn' },
      recommendation,
    );
  }
}

/** Invitations.csv: who invited whom. An invitation alone creates nobody (createIfMissing stays false unless another file sets it). */
function addInvitations(draft: PlanDraft, invitations: ExportRecords['invitations']): void {
  for (const invitation of invitations) {
    const raw = invitation.outgoing ? invitation.inviteeUrl : invitation.inviterUrl;
    const name = invitation.outgoing ? invitation.toName : invitation.fromName;
    const url = draft.canonical(raw);
    if (!url) draft.skip(invitation, raw ? 'notAProfileUrl' : 'noProfileUrl', raw || name);
    else if (url === draft.own) draft.skip(invitation, 'ownProfile', name);
    else if (!name) draft.skip(invitation, 'noName', raw);
    else {
      const invitedBy: InvitedBy = invitation.outgoing ? 'me' : 'them';
      draft.upsert(url, draft.namesByUrl.get(url) ?? name, invitation, { invitedBy, ...(invitation.at ? { invitedAt: invitation.at } : {}) });
    }
  }
}

/** Validates everything before anything is written; a failure names the export file and row it came from. */
function validatePlan(draft: PlanDraft, extra: Pick<ImportPlan, 'suggestions' | 'messageRows'>): ImportPlan {
  const plan: ImportPlan = { contacts: [], touchpoints: [], skipped: draft.skipped, ownProfileUrl: draft.own, ...extra };
  for (const { source, invitedAt: _invitedAt, ...contact } of draft.contacts.values()) {
    const parsed = ImportedContact.safeParse(contact);
    if (!parsed.success) throw exportFileError(source.file, `has a row Rapport cannot import (data row ${source.row}): ${describeZodIssue(parsed.error)}.`);
    plan.contacts.push(parsed.data);
  }
  for (const { source, ...touchpoint } of draft.touchpoints.values()) {
    const parsed = ImportedTouchpoint.safeParse(touchpoint);
    if (!parsed.success) throw exportFileError(source.file, `has a row Rapport cannot import (data row ${source.row}): ${describeZodIssue(parsed.error)}.`);
    plan.touchpoints.push(parsed.data);
  }
  plan.skipped.sort((a, b) => (a.file === b.file ? a.row - b.row : a.file < b.file ? -1 : 1));
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
  exchanges: Map<string, Exchange[]>,
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
