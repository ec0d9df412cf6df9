import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { Contact, JobChange, Touchpoint, TouchpointType } from '@/lib/model/schema';
import { KINDS } from '@/lib/model/enums';
import { TRACKED_CIRCLES, type TrackedCircle } from '@/lib/model/enums';
import type { BlendRow } from '@/lib/dashboard/blend';
import { summarizeTouchDays, type TouchSummary } from '@/lib/dashboard/touch-summary';
import { localDay } from '@/lib/time/local-day';
import type { Timestamp } from '@/lib/time/instant';

/**
 * The dashboard's reads. Counts come from indexes (IndexedDB counts keys
 * without reading records); the touch figures from the per-day counts that
 * every write keeps up to date.
 */

/** Per tracked circle: how many people, and how many of them strategic, relational, both or not classified yet. */
export async function readBlend(db: AppDB): Promise<BlendRow[]> {
  // One transaction for the 16 counts: the other cards' reads, started at the same time, queue behind it once, not 16 times.
  return db.transaction('r', db.contacts, async () => Promise.all(TRACKED_CIRCLES.map((circle) => readCircleBlend(db, circle))));
}

async function readCircleBlend(db: AppDB, circle: TrackedCircle): Promise<BlendRow> {
  const [total, ...byKind] = await Promise.all([
    db.contacts.where('circle').equals(circle).count(),
    ...KINDS.map((kind) => db.contacts.where('[circle+kind]').equals([circle, kind]).count()),
  ]);
  const row = { circle, total, unclassified: total } as BlendRow;
  KINDS.forEach((kind, i) => {
    row[kind] = byKind[i]!;
    row.unclassified -= byKind[i]!;
  });
  return row;
}

/** A tracked circle's people without a kind, those skipped in the triage or the others. */
const unclassifiedIn = (db: AppDB, circle: TrackedCircle, skipped: boolean) =>
  db.contacts
    .where('circle')
    .equals(circle)
    .filter((contact) => contact.kind === undefined && (contact.triageSkippedAt !== undefined) === skipped);

/**
 * People you keep in touch with who have no kind yet and were not skipped, for
 * triage, closest circles first. Reads tracked contacts only until `limit` are found.
 */
export async function listUnclassified(db: AppDB, limit: number): Promise<Contact[]> {
  const found: Contact[] = [];
  for (const circle of TRACKED_CIRCLES) {
    if (found.length >= limit) break;
    found.push(...(await unclassifiedIn(db, circle, false).limit(limit - found.length).toArray()));
  }
  return found;
}

/**
 * How many people you keep in touch with are unclassified but skipped in the
 * triage. A pass over tracked contacts: asked only once the triage is empty.
 */
export async function countSkippedUnclassified(db: AppDB): Promise<number> {
  const counts = await Promise.all(TRACKED_CIRCLES.map((circle) => unclassifiedIn(db, circle, true).count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Touches per week, give/ask overall and per circle, public against private,
 * for the weeks starting at `starts` (local midnights in `timeZone`): from the
 * day counts every write keeps (a few hundred rows), never the touchpoints.
 */
export async function readTouchSummary(db: AppDB, starts: readonly Timestamp[], timeZone: string): Promise<TouchSummary> {
  const rows = await db.touchDays.where('day').aboveOrEqual(localDay(starts[0]!, timeZone)).toArray();
  return summarizeTouchDays(rows, starts, timeZone);
}

/**
 * People you keep in touch with who have gone longest without a touch (since
 * their last touch, or since joining their circle if never touched), longest
 * first: the start of the `quietSince` index, which leaves untracked people out.
 */
export function listLongestUntouched(db: AppDB, limit: number): Promise<Contact[]> {
  return db.contacts.orderBy('quietSince').limit(limit).toArray();
}

export interface TouchWithContact {
  touchpoint: Touchpoint;
  contact: Contact;
}

/** The latest touchpoints of the given types, newest first, with their people: one index range per type. */
async function latestOfTypes(db: AppDB, types: readonly TouchpointType[], limit: number, keep: (touchpoint: Touchpoint) => boolean): Promise<TouchWithContact[]> {
  const perType = await Promise.all(
    types.map((type) =>
      db.touchpoints
        .where('[type+at]')
        .between([type, Dexie.minKey], [type, Dexie.maxKey])
        .reverse()
        .filter(keep)
        .limit(limit)
        .toArray(),
    ),
  );
  const touchpoints = perType
    .flat()
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, limit);
  const contacts = await db.contacts.bulkGet([...new Set(touchpoints.map((touchpoint) => touchpoint.contactId))]);
  const byId = new Map(contacts.filter((contact): contact is Contact => contact !== undefined).map((contact) => [contact.id, contact]));
  return touchpoints.flatMap((touchpoint) => {
    const contact = byId.get(touchpoint.contactId);
    return contact ? [{ touchpoint, contact }] : [];
  });
}

/** What you asked of whom, newest first. */
export function listAsks(db: AppDB, limit = 50): Promise<TouchWithContact[]> {
  return latestOfTypes(db, ['ask'], limit, () => true);
}

/** The help you gave beyond staying in touch: introductions, congratulations and other gives. */
const GIVE_TYPES: readonly TouchpointType[] = ['intro', 'congrats', 'other'];

export function listGives(db: AppDB, limit = 50): Promise<TouchWithContact[]> {
  return latestOfTypes(db, GIVE_TYPES, limit, (touchpoint) => touchpoint.focus === 'give');
}

export interface JobChangeWithContact {
  change: JobChange;
  contact: Contact;
}

/** Job changes waiting for the user, latest first, with their people. */
export async function listOpenJobChangesWithContacts(db: AppDB, limit = 20): Promise<JobChangeWithContact[]> {
  const changes = await db.jobChanges
    .orderBy('detectedAt')
    .reverse()
    .filter((change) => change.settled === undefined)
    .limit(limit)
    .toArray();
  const contacts = await db.contacts.bulkGet(changes.map((change) => change.contactId));
  return changes.flatMap((change, i) => (contacts[i] ? [{ change, contact: contacts[i] }] : []));
}
