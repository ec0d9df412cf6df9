/** Why a row of the export was left out of the import: each is listed for the user, with its file and row. */

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
