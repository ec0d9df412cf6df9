// Runs inside the built extension's dashboard page (evaluated there by tests/bench/dashboard.bench.test.ts):
// the dashboard's real reads against the extension's own IndexedDB, beside raw IndexedDB baselines
// and the parts of the touch summary, to show where its time goes.
import { liveQuery } from 'dexie';
import { getDb } from '@/lib/db/db';
import { DB_NAME } from '@/lib/db/app-db';
import { CIRCLES, KINDS } from '@/lib/model/enums';
import type { Circle, Contact, Touchpoint } from '@/lib/model/schema';
import { listAsks, readBlend, readTouchSummary } from '@/lib/db/repo/reads/dashboard';
import { TRACKED_CIRCLES } from '@/lib/model/enums';
import { countAllTouches, WEEKS_SHOWN } from '@/lib/model/touch-day';
import { summarizeTouchDays } from '@/lib/dashboard/touch-summary';
import { localDay } from '@/lib/time/local-day';
import { weekStarts } from '@/lib/time/zoned';
import { localTimeZone } from '@/lib/time/instant';
import {
  createAsksStore,
  createBlendStore,
  createGivesStore,
  createJobChangesStore,
  createLongestUntouchedStore,
  createTouchSummaryStore,
  createTriageStore,
  DASHBOARD_DUE_CAP,
  DASHBOARD_LIST_LIMIT,
} from '@/lib/stores/dashboard-store';
import { createDueListStore } from '@/lib/stores/contact-store';
import type { LiveQueryStore } from '@/lib/stores/live-query-store';
import { createNeedsStore, createThreeNetworksStore, HELPER_SEARCH_SHOWN } from '@/lib/stores/needs-store';
import { findHelpersRanked } from '@/lib/db/repo/reads/needs';
import { meaningfulWords, rankHelpers, type RankedHelper } from '@/lib/relationship/rank-helpers';
import { helperBounds, mergeRanked, nextHelperStep } from '@/lib/relationship/helper-bounds';
import { searchTokens } from '@/lib/search/search-words';
import { readThreeNetworks } from '@/lib/db/repo/reads/networks';
import { refreshStrength } from '@/lib/db/repo/upkeep/strength';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import Dexie from 'dexie';

const HELPER_QUERY = 'mentor';
const ASKS_LIMIT = 50;

let raw: IDBDatabase | undefined;
const starts = () => weekStarts(Date.now(), localTimeZone(), WEEKS_SHOWN);

/** One raw connection, opened once: the baselines time reads, not opening the database (Dexie's is open too). */
function rawDb(): Promise<IDBDatabase> {
  if (raw) return Promise.resolve(raw);
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve((raw = open.result));
  });
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** The newest `limit` values of an index range, by a reverse cursor (getAll cannot go backwards). */
const newest = <T>(index: IDBIndex, range: IDBKeyRange, limit: number) =>
  new Promise<T[]>((resolve, reject) => {
    const found: T[] = [];
    const cursor = index.openCursor(range, 'prev');
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || found.length >= limit) return resolve(found);
      found.push(at.value as T);
      at.continue();
    };
  });

async function circlesFromKeys(): Promise<Map<string, Circle>> {
  const db = getDb();
  const byCircle = await Promise.all(CIRCLES.map((circle) => db.contacts.where('circle').equals(circle).primaryKeys()));
  const circles = new Map<string, Circle>();
  byCircle.forEach((ids, i) => ids.forEach((id) => circles.set(id, CIRCLES[i]!)));
  return circles;
}

/** Resolves with a live query's first result, then stops it: what a dashboard card waits for. */
const firstResult = <T>(query: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        subscription.unsubscribe();
        resolve(value);
      },
      error: reject,
    });
  });

/** Starts every store the dashboard's cards start and resolves when none is loading: the page's data work without React. */
function allStoresReady(): Promise<void> {
  const stores: LiveQueryStore<unknown>[] = [
    createBlendStore(),
    createTriageStore(),
    createDueListStore(DASHBOARD_LIST_LIMIT, DASHBOARD_DUE_CAP),
    createJobChangesStore(),
    createTouchSummaryStore(),
    createLongestUntouchedStore(),
    createAsksStore(),
    createGivesStore(),
    // Issue 17's cards.
    createThreeNetworksStore(),
    createNeedsStore(),
  ];
  return new Promise((resolve) => {
    const stops = stores.map((store) => store.start());
    const check = () => {
      if (stores.some((store) => store.getState().status === 'loading')) return;
      stops.forEach((stop) => stop());
      resolve();
    };
    stores.forEach((store) => store.subscribe(check));
  });
}

/** Live-query measurements: Dexie caches a live query's results for 3 s after its last subscriber leaves, so each run waits that out. */
const LIVE = new Set(['touchSummaryLive', 'allStoresLive']);
const DEXIE_CACHE_GRACE_MS = 3_200;

const tasks: Record<string, () => Promise<unknown>> = {
  // The touches-per-week card (and give/ask, public/private): Rapport's read of the day counts every write keeps.
  touchSummary: () => readTouchSummary(getDb(), starts(), localTimeZone()),
  // Baseline: the same day-count rows read with raw IndexedDB, no folding.
  touchSummaryRaw: async () =>
    request((await rawDb()).transaction('touchDays').objectStore('touchDays').index('day').getAll(IDBKeyRange.lowerBound(localDay(starts()[0]!, localTimeZone())))),
  // What the day counts save: the same figures from every touchpoint of the window and every contact's circle.
  touchSummaryFromTouchpoints: async () => {
    const [touches, circles] = await Promise.all([getDb().touchpoints.where('at').aboveOrEqual(starts()[0]!).toArray(), circlesFromKeys()]);
    return summarizeTouchDays(countAllTouches(touches, (id) => circles.get(id), localTimeZone()), starts(), localTimeZone());
  },
  // The same read as a live query (as the dashboard's store runs it).
  touchSummaryLive: () => firstResult(() => readTouchSummary(getDb(), starts(), localTimeZone())),
  // Every card's live query at once, as the page starts them.
  allStoresLive: () => allStoresReady(),

  // The blend card: index counts per circle and kind.
  blend: () => readBlend(getDb()),
  // Baseline: the same 16 counts with raw IndexedDB, in one transaction.
  blendRaw: async () => {
    const store = (await rawDb()).transaction('contacts').objectStore('contacts');
    await Promise.all(
      TRACKED_CIRCLES.flatMap((circle) => [
        request(store.index('circle').count(circle)),
        ...KINDS.map((kind) => request(store.index('[circle+kind]').count([circle, kind]))),
      ]),
    );
  },

  // The asks log: the newest asks with their people.
  asks: () => listAsks(getDb(), ASKS_LIMIT),
  // Baseline: a raw reverse cursor over the asks' index range, then their people, in one transaction.
  asksRaw: async () => {
    const tx = (await rawDb()).transaction(['touchpoints', 'contacts']);
    const asks = await newest<Touchpoint>(tx.objectStore('touchpoints').index('[type+at]'), IDBKeyRange.bound(['ask'], ['ask', []]), ASKS_LIMIT);
    const contacts = tx.objectStore('contacts');
    await Promise.all([...new Set(asks.map((ask) => ask.contactId))].map((id) => request(contacts.get(id))));
  },

  // "Who could help with… mentor", the dashboard's search: the needs' ranked search (index keys, then ≤ 300 people and their matching notes).
  helpers: () => findHelpersRanked(getDb(), HELPER_QUERY, HELPER_SEARCH_SHOWN),
  // Baseline: the same reads with raw IndexedDB, one transaction.
  helpersRaw: () => rawRankedRead([HELPER_QUERY]),

  // Issue 17: the three networks card's read (index keys, a few names).
  networks: () => readThreeNetworks(getDb()),
  // Baseline: the same index keys with raw IndexedDB, one transaction, no records.
  networksRaw: async () => {
    const store = (await rawDb()).transaction('contacts').objectStore('contacts');
    await Promise.all([
      ...TRACKED_CIRCLES.flatMap((circle) => ['strategic', 'both'].map((kind) => request(store.index('[circle+kind]').getAllKeys([circle, kind])))),
      request(store.index('strength').getAllKeys('strong')),
    ]);
  },
  // "Who could help" with a need, ranked by relevance and strength with reasons.
  helpersRanked: () => findHelpersRanked(getDb(), NEED_QUERY, 10),
  // Baseline: the same reads with raw IndexedDB, one transaction (the keys, then the records of the people who could reach the top, step by step).
  helpersRankedRaw: () => rawBoundedRead(NEED_WORDS, 10),
  // The previous baseline, kept as a second figure: the keys, then the ≤ 300 people matching most words (what the read did before the bounds).
  helpersRankedRaw300: () => rawRankedRead(NEED_WORDS),
  // A/B in the same run: the previous read (v13: the same contact keys, then every note read and tokenised).
  helpersRankedEveryNote: async () => {
    const db = getDb();
    const words = meaningfulWords(NEED_QUERY);
    const hits = new Map<string, number>();
    const hit = (id: string) => hits.set(id, (hits.get(id) ?? 0) + 1);
    const [keysPerWord, notes] = await Promise.all([
      Promise.all(words.map((word) => db.contacts.where('searchWords').startsWith(word).primaryKeys())),
      db.notes.filter((note) => words.some((word) => searchTokens(note.body).some((token) => token.startsWith(word)))).toArray(),
    ]);
    for (const keys of keysPerWord) for (const id of new Set(keys)) hit(id);
    const notesOf = new Map<string, string[]>();
    for (const note of notes) {
      notesOf.set(note.contactId, [...(notesOf.get(note.contactId) ?? []), note.body]);
      hit(note.contactId);
    }
    const ids = [...hits.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 300).map(([id]) => id);
    const contacts = await db.contacts.bulkGet(ids);
    return rankHelpers(contacts.flatMap((contact) => (contact ? [{ contact, notes: notesOf.get(contact.id) ?? [] }] : [])), words, 10);
  },
  // and its raw baseline then: the contact keys per word and every note.
  helpersRankedEveryNoteRaw: async () => {
    const tx = (await rawDb()).transaction(['contacts', 'notes']);
    await Promise.all([
      ...NEED_WORDS.map((word) => request(tx.objectStore('contacts').index('searchWords').getAllKeys(IDBKeyRange.bound(word, `${word}\uffff`)))),
      request(tx.objectStore('notes').getAll()),
    ]);
  },
  // The contact keys alone.
  helpersRankedContactKeysRaw: async () => {
    const tx = (await rawDb()).transaction(['contacts']);
    await Promise.all(NEED_WORDS.map((word) => request(tx.objectStore('contacts').index('searchWords').getAllKeys(IDBKeyRange.bound(word, `${word}\uffff`)))));
  },
  // Every noteWords row, one getAll (a scan of the derived words, instead of the index).
  noteWordsScanRaw: async () => {
    const tx = (await rawDb()).transaction(['noteWords']);
    await request(tx.objectStore('noteWords').getAll());
  },
  // Its first part alone, to show where the time goes: the index keys per word, no record.
  helpersRankedKeysRaw: async () => {
    const tx = (await rawDb()).transaction(['contacts', 'noteWords']);
    const range = (word: string) => IDBKeyRange.bound(word, `${word}\uffff`);
    await Promise.all([
      ...NEED_WORDS.map((word) => request(tx.objectStore('contacts').index('searchWords').getAllKeys(range(word)))),
      ...NEED_WORDS.map((word) => request(tx.objectStore('noteWords').index('words').getAllKeys(range(word)))),
    ]);
  },
  // Relationship strength for one person after a log: their touches by index, the facts, the state, written back.
  strengthAfterLog: () => {
    const db = getDb();
    return db.transaction('rw', [db.contacts, db.touchpoints], async () =>
      refreshStrength(db, { now: new Date().toISOString(), cadences: DEFAULT_SETTINGS.cadences, timeZone: localTimeZone() }, [STRENGTH_PERSON]),
    );
  },
  // Baseline: that person's touchpoints and record, raw, one transaction.
  strengthAfterLogRaw: async () => {
    const tx = (await rawDb()).transaction(['contacts', 'touchpoints']);
    await Promise.all([
      request(tx.objectStore('touchpoints').index('[contactId+at]').getAll(IDBKeyRange.bound([STRENGTH_PERSON, Dexie.minKey], [STRENGTH_PERSON, Dexie.maxKey]))),
      request(tx.objectStore('contacts').get(STRENGTH_PERSON)),
    ]);
  },
};

/**
 * "Who could help"'s reads with raw IndexedDB, one transaction: the index keys
 * per word (contacts' searchWords, noteWords' words), then the records of the
 * same ≤ 300 people (most words matched first), then ten of their notes (the quoted ones).
 */
async function rawRankedRead(words: readonly string[]): Promise<void> {
  const tx = (await rawDb()).transaction(['contacts', 'notes', 'noteWords']);
  const range = (word: string) => IDBKeyRange.bound(word, `${word}\uffff`);
  const [contactKeys, noteKeys] = await Promise.all([
    Promise.all(words.map((word) => request(tx.objectStore('contacts').index('searchWords').getAllKeys(range(word))))),
    Promise.all(words.map((word) => request(tx.objectStore('noteWords').index('words').getAllKeys(range(word))))),
  ]);
  const hits = new Map<string, number>();
  const hit = (id: string) => hits.set(id, (hits.get(id) ?? 0) + 1);
  for (const keys of contactKeys) for (const id of new Set(keys as string[])) hit(id);
  const owners = new Map((noteKeys.flat() as [string, string][]).map(([contactId, noteId]) => [noteId, contactId]));
  for (const contactId of owners.values()) hit(contactId);
  const ids = new Set([...hits.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 300).map(([id]) => id));
  await Promise.all([...ids].map((id) => request(tx.objectStore('contacts').get(id))));
  // The notes quoted for the people shown: at most one each, ten at most.
  const quoted = [...owners].filter(([, contactId]) => ids.has(contactId)).slice(0, 10);
  await Promise.all(quoted.map(([noteId]) => request(tx.objectStore('notes').get(noteId))));
}

/**
 * The ranked read's equivalent in raw IndexedDB, one transaction: the index
 * keys per word, then the records best bound first a step at a time until the
 * page cannot change (the same pure planning and scoring), then the ≤ 10 notes quoted.
 */
async function rawBoundedRead(words: readonly string[], limit: number): Promise<{ records: number }> {
  const tx = (await rawDb()).transaction(['contacts', 'notes', 'noteWords']);
  const range = (word: string) => IDBKeyRange.bound(word, `${word}\uffff`);
  const [contactKeys, noteKeys] = await Promise.all([
    Promise.all(words.map((word) => request(tx.objectStore('contacts').index('searchWords').getAllKeys(range(word))))),
    Promise.all(words.map((word) => request(tx.objectStore('noteWords').index('words').getAllKeys(range(word))))),
  ]);
  const matchedBy = new Map<string, Set<number>>();
  const match = (id: string, i: number) => matchedBy.set(id, (matchedBy.get(id) ?? new Set()).add(i));
  contactKeys.forEach((keys, i) => (keys as string[]).forEach((id) => match(id, i)));
  const noteMatches = new Map<string, Set<string>>();
  const firstNote = new Map<string, string>();
  noteKeys.forEach((keys, i) =>
    (keys as [string, string][]).forEach(([contactId, noteId]) => {
      match(contactId, i);
      noteMatches.set(contactId, (noteMatches.get(contactId) ?? new Set()).add(words[i]!));
      if (!firstNote.has(contactId) || noteId < firstNote.get(contactId)!) firstNote.set(contactId, noteId);
    }),
  );
  const bounds = helperBounds(new Map([...matchedBy].map(([id, matched]) => [id, matched.size])));
  const store = tx.objectStore('contacts');
  let ranked: RankedHelper[] = [];
  let read = 0;
  for (let step = nextHelperStep(bounds, read, ranked, limit); step.length > 0; step = nextHelperStep(bounds, read, ranked, limit)) {
    read += step.length;
    const contacts = (await Promise.all(step.map((bound) => request(store.get(bound.id))))) as (Contact | undefined)[];
    ranked = mergeRanked(ranked, rankHelpers(contacts.flatMap((contact) => (contact ? [{ contact, noteMatches: noteMatches.get(contact.id) ?? new Set<string>() }] : [])), words, Number.POSITIVE_INFINITY));
  }
  const quoted = ranked.slice(0, limit).flatMap(({ contact }) => (firstNote.has(contact.id) ? [firstNote.get(contact.id)!] : []));
  await Promise.all(quoted.map((noteId) => request(tx.objectStore('notes').get(noteId))));
  return { records: read };
}

/** The need ranked against (words: "pilot", "customer", "mentor", "lyon"); one person with their touches for the strength figure. */
const NEED_QUERY = 'Find a pilot customer, a mentor in Lyon';
const NEED_WORDS = ['find', 'pilot', 'customer', 'mentor', 'lyon'];
const STRENGTH_PERSON = 'in:person-42';

/** What the issue 17 reads return, for the record. */
export async function needsResults() {
  const db = getDb();
  const [networks, helpers] = await Promise.all([readThreeNetworks(db), findHelpersRanked(db, NEED_QUERY, 10)]);
  return {
    strategic: networks.inPosition.count,
    strong: networks.wantToHelp.count,
    knowing: networks.knowHow.count,
    helpers: helpers.length,
    helperRecordsRead: (await rawBoundedRead(NEED_WORDS, 10)).records,
    notes: await db.notes.count(),
    contacts: await db.contacts.count(),
    touchesOfStrengthPerson: await db.touchpoints.where('[contactId+at]').between([STRENGTH_PERSON, Dexie.minKey], [STRENGTH_PERSON, Dexie.maxKey]).count(),
  };
}

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function measure(name: string, runs: number): Promise<number[]> {
  const task = tasks[name];
  if (!task) throw new Error(`unknown measurement ${name}`);
  await task(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (LIVE.has(name)) await new Promise((resolve) => setTimeout(resolve, DEXIE_CACHE_GRACE_MS));
    samples.push(await time(task));
  }
  return samples;
}

/** What the reads return on this database, for the record and to check the benchmark reads what the page shows. */
export async function results() {
  const db = getDb();
  const [summary, blend, asks, helpers] = await Promise.all([
    readTouchSummary(db, starts(), localTimeZone()),
    readBlend(db),
    listAsks(db, ASKS_LIMIT),
    findHelpersRanked(db, HELPER_QUERY, HELPER_SEARCH_SHOWN),
  ]);
  return {
    windowTouches: await db.touchpoints.where('at').aboveOrEqual(starts()[0]!).count(),
    summarized: summary.total,
    weeks: summary.weeks.length,
    asks: summary.giveAsk.ask,
    tracked: blend.reduce((sum, row) => sum + row.total, 0),
    classified: blend.reduce((sum, row) => sum + row.total - row.unclassified, 0),
    asksListed: asks.length,
    helpers: helpers.length,
    helpersPage: HELPER_SEARCH_SHOWN,
    helpersWithNote: helpers.filter((helper) => helper.reasons.some((reason) => reason.kind === 'note')).length,
    notes: await db.notes.count(),
  };
}
