import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Contact, JobChange, Note, Touchpoint } from '@/lib/model/schema';
import type { TouchDay } from '@/lib/model/touch-day-schema';
import type { OpenLoop } from '@/lib/model/open-loop';
import type { KeyDate } from '@/lib/model/key-date';
import type { Introduction } from '@/lib/model/introduction';
import type { Need } from '@/lib/model/need';
import { connectedMonthDayOf } from '@/lib/key-dates/connected-month-day';
import { searchWordsFor } from '@/lib/search/search-words';
import { outboxMiddleware, type OutboxEntry } from '@/lib/sync/outbox-middleware';
import { nameKeyFor } from '@/lib/people/name-key';
import { nameKeyMiddleware } from '@/lib/db/name-key-middleware';
import { noteWordsMiddleware } from '@/lib/db/note-words-middleware';
import { noteWordsOf, type NoteWordsRow } from '@/lib/search/note-words';
import type { SyncMetaRow, SyncStateRow } from '@/lib/sync/sync-tables';

/**
 * One entry per schema version, oldest first, each the whole schema at that
 * version with the upgrade that brings older data to it. Every version has a
 * fixture in tests/fixtures/db/ that the migration test opens with the next
 * version; a version without one fails the test.
 *
 * Index only what is queried:
 * - contacts.dueAt / overdueAt: who is due or overdue (badge, due list) as a range query;
 * - contacts.lastTouchAt: a contact's latest touch;
 * - contacts.quietSince: who you keep in touch with has gone longest without a touch;
 * - contacts.circle: counts and lists per circle;
 * - touchpoints.[contactId+at]: a contact's timeline and its latest touch;
 * - touchpoints.at: touches per week across everyone;
 * - contacts.searchWords (multi-entry): search by name, headline, company, location, tags;
 * - contacts.[circle+kind]: the dashboard's blend of strategic and relational people per circle, as counts;
 * - touchpoints.[type+at]: the asks log and the gives, newest first, without reading other touchpoints;
 * - notes.contactId: a contact's notes;
 * - jobChanges.contactId / detectedAt: a person's open job change, the latest ones;
 * - touchDays.day: the dashboard's touch counts of the last weeks;
 * - contacts.catchUpAt: who waits in a catch-up, on which day (the days taken, the due list's sentence);
 * - touchpoints.direction: the other person's messages, left out of your touches (messages only carry it);
 * - contacts.strength: who you have a strong relationship with; contacts.strengthChangesAt: whose strength time has changed.
 * - loops.openDay: open loops due by a day (due lists, badge, digest); loops.contactId: a person's loops.
 * - keyDates.monthDay / contacts.connectedMonthDay: dates and connection anniversaries coming up, by month-day.
 * - keyDates.contactId: a person's key dates.
 * - introductions.[kind+at]: introductions made and received, newest first; introductions.contactIds (multi-entry): a person's.
 * - needs.status: your open needs; touchpoints.needId: the asks and conversations tied to a need (who knows about it).
 * - contacts.nameKey: the People page's order (name, then id): its first screen and its pages, read in order.
 * - noteWords.words (multi-entry, keyed [contactId+noteId]): whose notes mention a word ("who could help"), keys only.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const V4_STORES = {
  contacts: 'id, dueAt, overdueAt, lastTouchAt, circle, *searchWords, [circle+kind], quietSince',
  touchpoints: 'id, [contactId+at], at, [type+at]',
  notes: 'id, contactId',
  jobChanges: 'id, contactId, detectedAt',
  touchDays: 'id, day',
};

/** From v10 on, each version is the one before plus what it adds (Dexie wants every table it keeps named). */
const V10_STORES = {
  ...V4_STORES,
  contacts: `${V4_STORES.contacts}, catchUpAt, strength, strengthChangesAt, connectedMonthDay`,
  touchpoints: `${V4_STORES.touchpoints}, direction`,
  loops: 'id, contactId, openDay',
  keyDates: 'id, contactId, monthDay',
  outbox: 'id',
  syncMeta: 'id, dirty, cid',
  syncState: 'id',
};
const V11_STORES = { ...V10_STORES, introductions: 'id, [kind+at], *contactIds' };
const V12_STORES = { ...V11_STORES, touchpoints: `${V11_STORES.touchpoints}, needId`, needs: 'id, status' };
const V13_STORES = { ...V12_STORES, contacts: `${V12_STORES.contacts}, nameKey` };

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // 2026-11-27: first schema.
    version: 1,
    stores: {
      contacts: 'id, dueAt, overdueAt, lastTouchAt, circle',
      touchpoints: 'id, [contactId+at], at',
      notes: 'id, contactId',
    },
  },
  {
    // 2026-11-27: search words, so popup search is an index prefix query, not a scan.
    version: 2,
    stores: {
      contacts: 'id, dueAt, overdueAt, lastTouchAt, circle, *searchWords',
      touchpoints: 'id, [contactId+at], at',
      notes: 'id, contactId',
    },
    upgrade: async (tx) => {
      await tx
        .table<Contact>('contacts')
        .toCollection()
        .modify((contact) => {
          contact.searchWords = searchWordsFor(contact);
        });
    },
  },
  {
    // 2026-11-27: the dashboard (kind per circle, asks and gives by type) and job changes.
    version: 3,
    stores: {
      contacts: 'id, dueAt, overdueAt, lastTouchAt, circle, *searchWords, [circle+kind]',
      touchpoints: 'id, [contactId+at], at, [type+at]',
      notes: 'id, contactId',
      jobChanges: 'id, contactId, detectedAt',
    },
  },
  {
    // 2026-11-27: touches counted per day and circle, so the dashboard never reads every recent touchpoint.
    // The background counts them after every install or update (entrypoints/background/touch-days.ts),
    // which keeps the counting code out of the pages. Also `quietSince`, for "longest without a touch".
    version: 4,
    stores: V4_STORES,
    upgrade: async (tx) => {
      await tx
        .table<Contact>('contacts')
        .toCollection()
        .modify((contact) => {
          if (contact.circle !== 'untracked') contact.quietSince = contact.lastTouchAt ?? contact.circleSince;
        });
    },
  },
  {
    // 2026-11-27: job changes name what changed, the headline, the company or both (v3 and v4 compared headlines only).
    version: 5,
    // Same indexes as version 4: only the rows change.
    stores: V4_STORES,
    upgrade: async (tx) => {
      await tx
        .table<JobChange & { field?: 'headline'; from?: string; to?: string }>('jobChanges')
        .toCollection()
        .modify((change) => {
          if (change.field !== 'headline') return;
          change.headline = { from: change.from ?? '', to: change.to ?? '' };
          delete change.field;
          delete change.from;
          delete change.to;
        });
    },
  },
  {
    // 2026-12-02: a circle's clock runs from the last touch, and people already past due when they enter
    // a circle are spread over the coming days (`catchUpAt`, indexed: the days taken, the due list's sentence).
    // Recomputing the due dates needs the settings and the time zone, so the background does it after
    // the update (entrypoints/background/catch-up.ts), as it counts touch days after v4.
    version: 6,
    stores: { ...V4_STORES, contacts: `${V4_STORES.contacts}, catchUpAt` },
  },
  {
    // 2026-12-03: an honest 90% (docs/give-and-ask.md). Imported touches lose the focus the import made up
    // ("give"): nobody classified them, so the ratio leaves them out; endorsements and recommendations get
    // their own types; messages say who sent them, indexed by `direction` so the cadence can leave the
    // other person's messages out without reading every touchpoint. The touch-day counts are recounted
    // by the background after the update (entrypoints/background/touch-days.ts), as after v4.
    // Also relationship strength (docs/relationship-strength.md), kept on the contact: `strength` indexed
    // for the dashboard's networks, `strengthChangesAt` for the tick that refreshes what time has changed;
    // computed for everyone by the background's recomputation after the update (entrypoints/background/catch-up.ts).
    version: 7,
    stores: {
      ...V4_STORES,
      contacts: `${V4_STORES.contacts}, catchUpAt, strength, strengthChangesAt`,
      touchpoints: `${V4_STORES.touchpoints}, direction`,
    },
    upgrade: async (tx) => {
      await tx
        .table<Touchpoint>('touchpoints')
        .toCollection()
        .modify((touchpoint) => {
          if (touchpoint.source !== 'import') return;
          // The import only ever wrote "give": an "ask" here is the user's own edit, and stays.
          if (touchpoint.focus === 'give') delete touchpoint.focus;
          if (touchpoint.id.startsWith('li-endorse-')) touchpoint.type = 'endorsement';
          if (touchpoint.id.startsWith('li-recommend-')) touchpoint.type = 'recommendation';
        });
    },
  },
  {
    // 2026-12-03: open loops (follow-ups due on a day) and key dates (birthdays, anniversaries), with
    // connection anniversaries read by month-day (`connectedMonthDay`, people in a circle only).
    version: 8,
    stores: {
      ...V4_STORES,
      contacts: `${V4_STORES.contacts}, catchUpAt, strength, strengthChangesAt, connectedMonthDay`,
      touchpoints: `${V4_STORES.touchpoints}, direction`,
      loops: 'id, contactId, openDay',
      keyDates: 'id, contactId, monthDay',
    },
    upgrade: async (tx) => {
      await tx
        .table<Contact>('contacts')
        .toCollection()
        .modify((contact) => {
          const monthDay = connectedMonthDayOf(contact);
          if (monthDay !== undefined) contact.connectedMonthDay = monthDay;
        });
    },
  },
  {
    // 2026-12-03 (issue 19): opt-in sync. `outbox`: records written locally and not yet synced, one per
    // record, written in the same transaction as the write (lib/sync/outbox-middleware.ts). `syncMeta`:
    // each record's sync state (field clocks), `dirty` while it waits to be pushed, `cid` to find a
    // contact's touchpoints, notes and job changes. `syncState`: the device's clock, checkpoints and keys.
    version: 10,
    stores: V10_STORES,
  },
  {
    // 2026-12-03 (issue 17): introductions as records. `[kind+at]`: the dashboard's introductions made and
    // received, newest first; `*contactIds`: a person's introductions (the person view, the timeline).
    // Their `intro` touchpoints carry `introductionId` (not indexed: their ids are derived from it).
    version: 11,
    stores: V11_STORES,
  },
  {
    // 2026-12-03 (issue 17): your current needs (lib/model/need.ts), and `touchpoints.needId`: the asks and
    // conversations tied to a need, so "who knows about it" reads only those. Needs sync like touchpoints.
    version: 12,
    stores: V12_STORES,
  },
  {
    // 2026-12-03 (issue 21): the People page reads its first screen, then everyone page by page, in order
    // from the `nameKey` index (lib/people/name-key.ts) instead of reading and sorting every contact.
    // Kept by the name-key middleware on every write (lib/db/name-key-middleware.ts); given to every stored contact here.
    // (Merged after v11 and v12: it keeps their introductions and needs tables and touchpoints.needId.)
    version: 13,
    stores: V13_STORES,
    upgrade: async (tx) => {
      await tx
        .table<Contact>('contacts')
        .toCollection()
        .modify((contact) => {
          contact.nameKey = nameKeyFor(contact);
        });
    },
  },
  {
    // 2026-12-03 (issue 17): "who could help" finds the notes that mention a word by an index, not by reading
    // and tokenising every note: `noteWords` (lib/search/note-words.ts), one row per note keyed [contactId+noteId]
    // with its words multi-entry indexed, kept by the note-words middleware on every write
    // (lib/db/note-words-middleware.ts) and filled here from the stored notes. Derived on each device: it is
    // no sync table (lib/sync/record-state.ts) and not in backups.
    version: 14,
    stores: { ...V13_STORES, noteWords: '[contactId+noteId], *words' },
    upgrade: async (tx) => {
      const notes = await tx.table<Note>('notes').toArray();
      await tx.table<NoteWordsRow>('noteWords').bulkPut(notes.map(noteWordsOf));
    },
  },
];

/**
 * The versions Dexie is told about: those with an upgrade, and the latest. Dexie (3 and later) upgrades
 * by comparing the database as it is with each declared version newer than it, so a version that only
 * adds tables or indexes changes nothing when left out: the next declared one adds them. It matters
 * because every page opens the database: each declaration makes Dexie parse all the versions before it
 * again (the cost grows with the square of their number), and all 13 took 10–15 ms of every page's start
 * on a quiet machine. The migration test opens a database written by each of the 13 with this list.
 */
export function declaredVersions(versions: readonly SchemaVersion[]): SchemaVersion[] {
  return versions.filter((entry, i) => entry.upgrade !== undefined || i === versions.length - 1);
}

export const DB_NAME = 'rapport';

export class AppDB extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  touchpoints!: EntityTable<Touchpoint, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  jobChanges!: EntityTable<JobChange, 'id'>;
  touchDays!: EntityTable<TouchDay, 'id'>;
  loops!: EntityTable<OpenLoop, 'id'>;
  keyDates!: EntityTable<KeyDate, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  syncMeta!: EntityTable<SyncMetaRow, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'id'>;
  introductions!: EntityTable<Introduction, 'id'>;
  needs!: EntityTable<Need, 'id'>;
  noteWords!: Table<NoteWordsRow, [string, string]>;
  /**
   * Whether writes to synced tables leave outbox entries (lib/sync/outbox-middleware.ts). On until the
   * background knows sync is off (it then skips a row per written record); turning sync on sets it first.
   */
  recordsOutbox = true;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of declaredVersions(SCHEMA_VERSIONS)) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(outboxMiddleware(() => this.recordsOutbox));
    this.use(nameKeyMiddleware);
    this.use(noteWordsMiddleware);
  }
}
