import type { DateFormat } from './dates';

/**
 * The files of LinkedIn's data export that Rapport recognises, found by their
 * header row (never by position: headers change between years and trailing
 * columns come and go). `fields` maps each field Rapport reads to the header
 * names LinkedIn has used for it, normalised (lower case, single spaces),
 * including localised ones where known.
 */
export interface FileSpec {
  kind: ExportFileKind;
  /** Field → accepted header names. */
  fields: Readonly<Record<string, readonly string[]>>;
  /** Fields whose column must be present. */
  required: readonly string[];
  /** Headers whose presence means another kind of file. */
  absent?: readonly string[];
  /** The file name must match (for kinds whose headers are shared). */
  fileName?: RegExp;
  /** Date formats of this file's date column, tried in order. */
  dates: readonly DateFormat[];
}

export const IMPORTED_KINDS = ['connections', 'messages', 'messages2018', 'invitations', 'endorsementsGiven', 'recommendationsGiven'] as const;
export const IGNORED_KINDS = ['ownActivity', 'received', 'assistantMessages'] as const;
export type ImportedKind = (typeof IMPORTED_KINDS)[number];
export type IgnoredKind = (typeof IGNORED_KINDS)[number];
export type ExportFileKind = ImportedKind | IgnoredKind;

const MESSAGE_FIELDS = {
  conversationId: ['conversation id'],
  from: ['from'],
  senderUrl: ['sender profile url'],
  to: ['to'],
  recipientUrls: ['recipient profile urls'],
  date: ['date'],
  folder: ['folder'],
  draft: ['is message draft'],
} as const;

const RECOMMENDATION_FIELDS = {
  firstName: ['first name'],
  lastName: ['last name'],
  date: ['creation date'],
  text: ['text'],
} as const;

/** Most specific first: the first spec whose conditions hold wins. */
export const FILE_SPECS: readonly FileSpec[] = [
  {
    // guide_messages.csv and learning_role_play_messages.csv share messages.csv's header: conversations with LinkedIn's assistants.
    kind: 'assistantMessages',
    fileName: /(^|[/\s])(guide|learning[_ ]role[_ ]play)[_ ]messages[^/]*\.csv$/i,
    fields: MESSAGE_FIELDS,
    required: ['conversationId', 'from', 'date'],
    dates: [],
  },
  {
    kind: 'connections',
    fields: {
      firstName: ['first name', 'vorname'],
      lastName: ['last name', 'nachname'],
      url: ['url', 'profile url'],
      company: ['company', 'unternehmen'],
      position: ['position'],
      connectedOn: ['connected on', 'verbunden am'],
    },
    required: ['firstName', 'lastName', 'connectedOn'],
    dates: ['dayMonthNameYear', 'usShortDateTime', 'usShortDate', 'isoLikeDate', 'germanDate'],
  },
  {
    kind: 'messages',
    fields: MESSAGE_FIELDS,
    required: ['conversationId', 'from', 'senderUrl', 'to', 'date'],
    dates: ['isoLikeDateTime', 'usShortDateTime'],
  },
  {
    kind: 'messages2018',
    fields: { from: ['from'], to: ['to'], date: ['date'], direction: ['direction'], folder: ['folder'] },
    required: ['from', 'to', 'date', 'direction'],
    absent: ['conversation id', 'sent at'],
    dates: ['usShortDateTime', 'isoLikeDateTime'],
  },
  {
    kind: 'invitations',
    fields: {
      from: ['from'],
      to: ['to'],
      sentAt: ['sent at'],
      direction: ['direction'],
      inviterUrl: ['inviterprofileurl', 'inviter profile url'],
      inviteeUrl: ['inviteeprofileurl', 'invitee profile url'],
    },
    required: ['from', 'to', 'sentAt', 'direction', 'inviterUrl', 'inviteeUrl'],
    dates: ['usShortDateTime', 'isoLikeDateTime'],
  },
  {
    kind: 'endorsementsGiven',
    fields: {
      date: ['endorsement date'],
      skill: ['skill name'],
      firstName: ['endorsee first name'],
      lastName: ['endorsee last name'],
      url: ['endorsee public url'],
      status: ['endorsement status'],
    },
    required: ['date', 'skill', 'firstName', 'lastName', 'url'],
    dates: ['isoLikeDateTime', 'usShortDateTime', 'isoLikeDate', 'usShortDate'],
  },
  {
    kind: 'received',
    fields: { date: ['endorsement date'], url: ['endorser public url'] },
    required: ['date', 'url'],
    dates: [],
  },
  {
    kind: 'recommendationsGiven',
    fileName: /recommendations?[_ ]given[^/]*\.csv$/i,
    fields: RECOMMENDATION_FIELDS,
    required: ['firstName', 'lastName', 'date', 'text'],
    dates: ['usShortDateTime', 'usShortDate', 'isoLikeDateTime', 'isoLikeDate', 'dayMonthNameYear'],
  },
  {
    kind: 'received',
    fileName: /recommendations?[_ ]received[^/]*\.csv$/i,
    fields: RECOMMENDATION_FIELDS,
    required: ['firstName', 'lastName', 'date', 'text'],
    dates: [],
  },
  {
    // Comments.csv: `Date,Link,Message`; the user's own comments, with no post author.
    kind: 'ownActivity',
    fields: { date: ['date'], link: ['link'], message: ['message'] },
    required: ['date', 'link', 'message'],
    dates: [],
  },
  {
    // Reactions.csv: `Date,Type,Link`.
    kind: 'ownActivity',
    fields: { date: ['date'], type: ['type'], link: ['link'] },
    required: ['date', 'type', 'link'],
    dates: [],
  },
  {
    // Shares.csv: 2021 `Date,ShareLink,ShareCommentary,…`, 2018 `"Date","Share Title",…,"Share Link",…`.
    kind: 'ownActivity',
    fields: { date: ['date'], link: ['sharelink', 'share link'] },
    required: ['date', 'link'],
    dates: [],
  },
];

export const normaliseHeader = (cell: string) => cell.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');

export interface HeaderMatch {
  spec: FileSpec;
  /** Field → column index; absent when the column is not in this file. */
  columns: Record<string, number>;
}

/** The spec a header row belongs to, with its column positions, or null when the row is not a known header. */
export function matchHeader(cells: readonly string[], fileName: string): HeaderMatch | null {
  const headers = cells.map(normaliseHeader);
  if (headers.filter(Boolean).length < 2) return null;
  for (const spec of FILE_SPECS) {
    if (spec.fileName && !spec.fileName.test(fileName)) continue;
    if (spec.absent?.some((name) => headers.includes(name))) continue;
    const columns: Record<string, number> = {};
    for (const [field, names] of Object.entries(spec.fields)) {
      const index = headers.findIndex((header) => names.includes(header));
      if (index >= 0) columns[field] = index;
    }
    if (spec.required.every((field) => field in columns)) return { spec, columns };
  }
  return null;
}

/** Recommendations files share one header; only the file name tells given from received. */
export function isAmbiguousRecommendations(cells: readonly string[]): boolean {
  const headers = cells.map(normaliseHeader);
  return ['first name', 'last name', 'creation date', 'text'].every((name) => headers.includes(name));
}
