import type { FileReport } from '@/lib/linkedin/export/read-export';
import type { Suggestion } from '@/lib/linkedin/export/plan';
import type { PersonSuggestion } from '@/lib/linkedin/export/more-suggestions';
import type { SkipReason } from '@/lib/linkedin/export/skip-reasons';
import type { BackupCounts, BackupSlice } from '@/lib/backup/backup-chunks';
import type { StarterTemplates } from '@/lib/starters/templates';

/**
 * Between the options page and its data worker (data.worker.ts), which does
 * the heavy lifting off the main thread: unzipping and parsing LinkedIn's
 * export, building CSV files, and writing and cutting up backup files of any size. Both ends are our own code in one page, so
 * these are plain types; what reaches the background is validated there.
 */

export interface ImportOverview {
  files: FileReport[];
  contacts: number;
  touchpoints: number;
  messageRows: number;
  /** Touchpoints made from those messages (one per person, conversation and day). */
  messageTouchpoints: number;
  chunks: number;
  skipped: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
  ownProfileUrl: string | null;
  suggestions: Suggestion[];
  /** Connected in the 30 days before the import: the 24-7-30 follow-up. */
  recentConnections: PersonSuggestion[];
  /** People you endorsed or recommended. */
  endorsed: PersonSuggestion[];
}

export type WorkerRequest =
  | { type: 'readExport'; files: File[] }
  | { type: 'chunk'; index: number }
  | { type: 'skippedCsv'; columns: string[]; reasons: Record<SkipReason, string> }
  | { type: 'exportCsv'; table: 'contacts' | 'touchpoints' | 'loops' | 'introductions' | 'needs'; timeZone: string }
  /** Reads every record (a read-only transaction) and writes the backup file in parts, with the user's templates (the worker cannot read extension storage). */
  | { type: 'exportBackup'; templates: StarterTemplates }
  /** Cuts a backup file into its frame and slices of records (validated by the background); the slices are then fetched one by one. */
  | { type: 'readBackup'; file: File }
  | { type: 'backupSlice'; index: number };

export type WorkerReply =
  | { type: 'readExport'; overview: ImportOverview }
  /** The chunk as JSON text (the background parses and validates it), with its row counts for the progress bar. */
  | { type: 'chunk'; chunk: { json: string; contacts: number; touchpoints: number } }
  | { type: 'csv'; text: string; rows: number }
  | { type: 'backupFile'; file: Blob; exportedAt: string; counts: BackupCounts }
  | { type: 'backupRead'; frame: unknown; counts: BackupCounts; slices: number }
  /** The file is not JSON: the parser's message, for the page to word. */
  | { type: 'backupNotJson'; message: string }
  | { type: 'backupSlice'; slice: BackupSlice };

export type WorkerMessage =
  | { id: number; ok: true; reply: WorkerReply }
  | { id: number; ok: false; message: string }
  | { id: number; progress: { file: string; parsed: number; total: number } };
