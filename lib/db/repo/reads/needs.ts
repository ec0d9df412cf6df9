import type { AppDB } from '@/lib/db/app-db';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import type { Need } from '@/lib/model/need';
import { clipWord } from '@/lib/search/search-words';
import { meaningfulWords, noteExcerpt, rankHelpers, type HelperCandidate, type RankedHelper } from '@/lib/relationship/rank-helpers';

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
 * company, tags, name or location have a word of it, or whose notes mention
 * one, ranked by relevance and relationship strength, each with why. Indexes
 * only: prefix reads of the contacts' `searchWords` and of `noteWords` (keys
 * only: `[contactId+noteId]` says whose note mentions which word), then the
 * records of at most {@link HELPER_CANDIDATES} people, ranked, and only the
 * notes quoted for the people shown; one read transaction.
 */
export async function findHelpersRanked(db: AppDB, query: string, limit = 10, exclude: ReadonlySet<string> = new Set()): Promise<RankedHelper[]> {
  const words = meaningfulWords(query);
  if (words.length === 0) return [];
  return db.transaction('r', [db.contacts, db.notes, db.noteWords], async () => {
    const [keysPerWord, noteKeysPerWord] = await Promise.all([
      Promise.all(words.map((word) => db.contacts.where('searchWords').startsWith(word).primaryKeys())),
      Promise.all(words.map((word) => db.noteWords.where('words').startsWith(clipWord(word)).primaryKeys())),
    ]);
    const hits = new Map<string, number>();
    const hit = (id: string) => hits.set(id, (hits.get(id) ?? 0) + 1);
    for (const keys of keysPerWord) for (const id of new Set(keys)) hit(id);
    // Each matching note counts once for its person, whichever words it matches.
    const noteOwner = new Map<string, string>();
    /** Per person, per word of the query their notes mention: the first such note by id (a read of the notes table's order), the one quoted. */
    const quotable = new Map<string, Map<string, string>>();
    words.forEach((word, i) => {
      for (const [contactId, noteId] of noteKeysPerWord[i]!) {
        noteOwner.set(noteId, contactId);
        const byWord = quotable.get(contactId) ?? new Map<string, string>();
        const first = byWord.get(word);
        if (first === undefined || noteId < first) byWord.set(word, noteId);
        quotable.set(contactId, byWord);
      }
    });
    for (const contactId of noteOwner.values()) hit(contactId);
    for (const id of exclude) hits.delete(id);
    const ids = [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, HELPER_CANDIDATES)
      .map(([id]) => id);
    const contacts = await db.contacts.bulkGet(ids);
    const found: HelperCandidate[] = contacts.flatMap((contact) => (contact ? [{ contact, noteMatches: new Set(quotable.get(contact.id)?.keys()) }] : []));
    const ranked = rankHelpers(found, words, limit);
    // The note quoted for each person shown: the first to mention the first word of the query any of theirs mentions.
    const quoted = ranked.map(({ contact }) => {
      const byWord = quotable.get(contact.id);
      const word = byWord && words.find((candidate) => byWord.has(candidate));
      return word === undefined ? undefined : byWord!.get(word);
    });
    const notes = await db.notes.bulkGet(quoted.filter((id): id is string => id !== undefined));
    const bodies = new Map(notes.flatMap((note) => (note ? [[note.id, note.body] as const] : [])));
    return ranked.map((helper, i) => {
      const body = quoted[i] === undefined ? undefined : bodies.get(quoted[i]!);
      if (body === undefined) return helper;
      return { ...helper, reasons: helper.reasons.map((reason) => (reason.kind === 'note' ? { kind: 'note' as const, excerpt: noteExcerpt(body, words) } : reason)) };
    });
  });
}
