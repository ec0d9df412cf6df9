import type { AppDB } from '@/lib/db/app-db';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import type { Need } from '@/lib/model/need';
import { searchTokens } from '@/lib/search/search-words';
import { meaningfulWords, rankHelpers, type HelperCandidate, type RankedHelper } from '@/lib/relationship/rank-helpers';

/** Your needs and, for each, who knows about it and who could help. */

/** Every need: open ones first (newest first), then the closed ones (latest closed first). A short list: read whole. */
export async function listNeeds(db: AppDB): Promise<Need[]> {
  const needs = await db.needs.toArray();
  const key = (need: Need) => (need.status === 'open' ? `1${need.createdAt}` : `0${need.closedAt ?? need.updatedAt}`);
  return needs.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

/** The open needs, by the `status` index. */
export function listOpenNeeds(db: AppDB): Promise<Need[]> {
  return db.needs.where('status').equals('open').toArray();
}

export interface NeedPerson {
  contact: Contact;
  /** Their asks and conversations tied to the need, newest first. */
  touchpoints: Touchpoint[];
}

/** Who knows about a need: the people its tied asks and conversations were with, latest first (an index read of `needId`). */
export async function listWhoKnows(db: AppDB, needId: string): Promise<NeedPerson[]> {
  const touchpoints = await db.touchpoints.where('needId').equals(needId).toArray();
  touchpoints.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const byContact = new Map<string, Touchpoint[]>();
  for (const touchpoint of touchpoints) byContact.set(touchpoint.contactId, [...(byContact.get(touchpoint.contactId) ?? []), touchpoint]);
  const contacts = await db.contacts.bulkGet([...byContact.keys()]);
  return contacts.flatMap((contact) => (contact ? [{ contact, touchpoints: byContact.get(contact.id)! }] : []));
}

/** At most this many people are read to be ranked: the ones matching most words of the need. */
export const HELPER_CANDIDATES = 300;

/**
 * "Who could help" with a need (or any search): people whose headline,
 * company, tags, name or location have a word of it (prefix reads of the
 * `searchWords` index, keys only), or whose notes mention one (notes have no
 * word index: read only here, and there are far fewer of them than
 * touchpoints), ranked by relevance and relationship strength, each with why.
 */
export async function findHelpersRanked(db: AppDB, query: string, limit = 10, exclude: ReadonlySet<string> = new Set()): Promise<RankedHelper[]> {
  const words = meaningfulWords(query);
  if (words.length === 0) return [];
  const hits = new Map<string, number>();
  const hit = (id: string) => hits.set(id, (hits.get(id) ?? 0) + 1);
  const [keysPerWord, notes] = await Promise.all([
    Promise.all(words.map((word) => db.contacts.where('searchWords').startsWith(word).primaryKeys())),
    db.notes
      .filter((note) => {
        const tokens = searchTokens(note.body);
        return words.some((word) => tokens.some((token) => token.startsWith(word)));
      })
      .toArray(),
  ]);
  for (const keys of keysPerWord) for (const id of new Set(keys)) hit(id);
  const notesOf = new Map<string, string[]>();
  for (const note of notes) {
    notesOf.set(note.contactId, [...(notesOf.get(note.contactId) ?? []), note.body]);
    hit(note.contactId);
  }
  for (const id of exclude) hits.delete(id);
  const ids = [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, HELPER_CANDIDATES)
    .map(([id]) => id);
  const contacts = await db.contacts.bulkGet(ids);
  const candidates: HelperCandidate[] = contacts.flatMap((contact) => (contact ? [{ contact, notes: notesOf.get(contact.id) ?? [] }] : []));
  return rankHelpers(candidates, words, limit);
}
