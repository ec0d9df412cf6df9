import { hlcWall } from '@/lib/sync/hlc';

/**
 * What sync stores per record: every field with the clock of its last change,
 * and a deletion clock. This is the state both devices merge; the Dexie row is
 * materialised from it (lib/sync/materialize.ts). Rows never carry clocks.
 */
export const SYNC_TABLES = ['contacts', 'touchpoints', 'notes', 'jobChanges', 'loops', 'keyDates', 'settings', 'introductions', 'needs'] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];
/**
 * The Dexie tables whose writes go through the outbox (settings live in extension storage).
 * Not synced, because each device derives them from synced rows: `touchDays` (touch counts) and
 * `noteWords` (the words of each note, kept with every note write by lib/db/note-words-middleware.ts).
 */
export const OUTBOX_TABLES = ['contacts', 'touchpoints', 'notes', 'jobChanges', 'loops', 'keyDates', 'introductions', 'needs'] as const satisfies readonly SyncTable[];
export type OutboxTable = (typeof OUTBOX_TABLES)[number];

export interface Field {
  /** The value; absent when the field was cleared. */
  v?: unknown;
  /** The HLC stamp of the change that set it. */
  c: string;
  /** Note bodies only: how many edits each device had seen (a version vector), to tell concurrent edits apart. */
  vv?: Record<string, number>;
}

export interface RecordState {
  t: SyncTable;
  id: string;
  f: Record<string, Field>;
  /** The HLC stamp of the deletion, if deleted. A field changed after it brings the record back. */
  del?: string;
}

/**
 * Fields computed on each device from the synced ones and never synced: every
 * device recomputes them after applying a batch. Contacts: every derived field
 * (`DerivedContactFields` in lib/model/schema.ts, checked by a test) and the
 * catch-up day (a per-device spreading of who is due). Loops: `openDay` (the
 * due day while open). Key dates: `monthDay` (from month and day).
 * Touchpoints, notes and job changes have no derived field.
 */
export const LOCAL_FIELDS: Partial<Record<SyncTable, readonly string[]>> = {
  contacts: [
    'id',
    'lastTouchAt',
    'dueAt',
    'overdueAt',
    'quietSince',
    'strength',
    'strengthFacts',
    'strengthChangesAt',
    'searchWords',
    'connectedMonthDay',
    'catchUpAt',
    'nameKey',
  ],
  touchpoints: ['id'],
  notes: ['id'],
  jobChanges: ['id'],
  loops: ['id', 'openDay'],
  keyDates: ['id', 'monthDay'],
  // The ids of the parties in Rapport, an index derived from `a` and `b` (lib/model/introduction.ts).
  introductions: ['id', 'contactIds'],
  needs: ['id'],
};

/** A state without the fields this device derives (an older version may have synced some). */
export function withoutLocalFields(state: RecordState): RecordState {
  const local = LOCAL_FIELDS[state.t] ?? [];
  if (!Object.keys(state.f).some((key) => local.includes(key))) return state;
  return { ...state, f: Object.fromEntries(Object.entries(state.f).filter(([key]) => !local.includes(key))) };
}

/**
 * Settings shared by every device (one record, `settings/shared`, merged per
 * field): the cadences (24-7-30 included), capture of reactions and of sent
 * messages, and the starter templates. Everything else stays on the device:
 * notifications and their times, what the toolbar button opens, and sync's own
 * server, credentials and status (lib/sync/shared-settings.ts).
 */
export const SHARED_SETTINGS = ['cadences', 'autoCapture', 'messageCapture', 'templates'] as const;
export type SharedSetting = (typeof SHARED_SETTINGS)[number];
export const SETTINGS_RECORD_ID = 'shared';

/**
 * The parent contact of a child record, for "waits for its contact" and cascades.
 * Introductions have none: a side may be outside Rapport, and each side keeps its name.
 */
export function parentOf(state: RecordState): string | undefined {
  if (state.t === 'contacts' || state.t === 'settings' || state.t === 'introductions') return undefined;
  const parent = state.f.contactId?.v;
  return typeof parent === 'string' ? parent : undefined;
}

/** JSON with sorted object keys: the same value gives the same text on every device. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return '';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => stableStringify(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

/** The latest clock of any change to the record (fields or deletion). */
export function latestClock(state: RecordState): string {
  let latest = state.del ?? '';
  for (const field of Object.values(state.f)) if (field.c > latest) latest = field.c;
  return latest;
}

/** Live unless deleted after its last field change. */
export function isLive(state: RecordState): boolean {
  if (state.del === undefined) return true;
  return Object.values(state.f).some((field) => field.c > state.del!);
}

/** The wall time of a clock as an ISO timestamp (conflicting copies are dated by the edit they keep). */
export function clockIso(stamp: string): string {
  return new Date(hlcWall(stamp)).toISOString();
}

export const stateKey = (table: SyncTable, id: string) => `${table}/${id}`;
