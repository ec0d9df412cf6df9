import type { Timestamp } from '@/lib/time/instant';
import { parseExportDate } from './dates';
import { exportFileError } from './errors';
import type { HeaderMatch, ImportedKind } from './file-kinds';

/**
 * Rows of the export's files as typed records: only the columns Rapport uses
 * (message texts are never kept), dates parsed in the file's own formats.
 * A date in an unknown format stops the import; a row without a date is kept
 * with `at: null` and skipped later with its reason.
 */

interface RowRef {
  file: string;
  row: number;
}

export interface ConnectionRecord extends RowRef {
  name: string;
  /** Raw URL cell; undefined when the file has no URL column (exports before about 2022). */
  url: string | undefined;
  company: string;
  position: string;
  connectedAt: Timestamp | null;
}

export interface MessageRecord extends RowRef {
  conversationId: string;
  fromName: string;
  senderUrl: string;
  toNames: string;
  /** Null when the file has no RECIPIENT PROFILE URLS column. */
  recipientUrls: string[] | null;
  at: Timestamp | null;
  draft: boolean;
  folder: string;
}

export interface Message2018Record extends RowRef {
  fromName: string;
  toNames: string;
  outgoing: boolean;
  at: Timestamp | null;
  folder: string;
}

export interface InvitationRecord extends RowRef {
  fromName: string;
  toName: string;
  outgoing: boolean;
  inviterUrl: string;
  inviteeUrl: string;
  at: Timestamp | null;
}

export interface EndorsementRecord extends RowRef {
  name: string;
  url: string;
  skill: string;
  at: Timestamp | null;
}

export interface RecommendationRecord extends RowRef {
  name: string;
  at: Timestamp | null;
}

export interface ExportRecords {
  connections: ConnectionRecord[];
  messages: MessageRecord[];
  messages2018: Message2018Record[];
  invitations: InvitationRecord[];
  endorsementsGiven: EndorsementRecord[];
  recommendationsGiven: RecommendationRecord[];
}

export function emptyRecords(): ExportRecords {
  return { connections: [], messages: [], messages2018: [], invitations: [], endorsementsGiven: [], recommendationsGiven: [] };
}

const fullName = (first: string, last: string) => `${first} ${last}`.replace(/\s+/g, ' ').trim();

/** Splits the RECIPIENT PROFILE URLS cell; its separator in group threads is unverified, so any of comma, semicolon or space. */
export function splitUrls(cell: string): string[] {
  return cell.split(/[\s,;|]+/).filter(Boolean);
}

/** Turns a data row of an imported file into its record and adds it to `records`. */
export function addRecord(records: ExportRecords, cells: readonly string[], row: number, header: HeaderMatch, file: string): void {
  const { spec, columns } = header;
  const cell = (field: string) => {
    const index = columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const date = (field: string) => {
    const value = cell(field);
    if (value === '') return null;
    const at = parseExportDate(value, spec.dates);
    if (at === null) {
      throw exportFileError(file, `has a date Rapport does not recognise in data row ${row}: “${value.slice(0, 40)}”. Please report it; the known formats are those LinkedIn used from 2018 to 2026.`);
    }
    return at;
  };
  const ref = { file, row };
  switch (spec.kind as ImportedKind) {
    case 'connections':
      records.connections.push({
        ...ref,
        name: fullName(cell('firstName'), cell('lastName')),
        url: 'url' in columns ? cell('url') : undefined,
        company: cell('company'),
        position: cell('position'),
        connectedAt: date('connectedOn'),
      });
      return;
    case 'messages':
      records.messages.push({
        ...ref,
        conversationId: cell('conversationId'),
        fromName: cell('from'),
        senderUrl: cell('senderUrl'),
        toNames: cell('to'),
        recipientUrls: 'recipientUrls' in columns ? splitUrls(cell('recipientUrls')) : null,
        at: date('date'),
        draft: /^(yes|true|1)$/i.test(cell('draft')),
        folder: cell('folder').toUpperCase(),
      });
      return;
    case 'messages2018':
      records.messages2018.push({
        ...ref,
        fromName: cell('from'),
        toNames: cell('to'),
        outgoing: cell('direction').toUpperCase() === 'OUTGOING',
        at: date('date'),
        folder: cell('folder').toUpperCase(),
      });
      return;
    case 'invitations':
      records.invitations.push({
        ...ref,
        fromName: cell('from'),
        toName: cell('to'),
        outgoing: cell('direction').toUpperCase() === 'OUTGOING',
        inviterUrl: cell('inviterUrl'),
        inviteeUrl: cell('inviteeUrl'),
        at: date('sentAt'),
      });
      return;
    case 'endorsementsGiven':
      records.endorsementsGiven.push({ ...ref, name: fullName(cell('firstName'), cell('lastName')), url: cell('url'), skill: cell('skill'), at: date('date') });
      return;
    case 'recommendationsGiven':
      records.recommendationsGiven.push({ ...ref, name: fullName(cell('firstName'), cell('lastName')), at: date('date') });
      return;
  }
}
