import type { AppDB } from '@/lib/db/app-db';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import type { Need } from '@/lib/model/need';
import { clipWord } from '@/lib/search/search-words';
import { meaningfulWords, noteExcerpt, rankHelpers, type HelperCandidate, type RankedHelper } from '@/lib/relationship/rank-helpers';
import { helperBounds, mergeRanked, nextHelperStep } from '@/lib/relationship/helper-bounds';

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

/**
 * "Who could help" with a need (or any search): people whose headline,
 * company, tags, name or location have a word of it, or whose notes mention
 * one, ranked by relevance and relationship strength, each with why. Indexes
 * only: prefix reads of the contacts' `searchWords` and of `noteWords` (keys
 * only: `[contactId+noteId]` says whose note mentions which word) give each
 * person the most they could score (every word they match at a note's or a
 * tag's weight, and the strongest relationship); their records are then read
 * best bound first, a step at a time, until nobody left could reach the top
 * (lib/relationship/helper-bounds.ts; 300 people at most), and only the notes quoted for the
 * people shown; one read transaction.
 */
export async function findHelpersRanked(db: AppDB, query: string, limit = 10, exclude: ReadonlySet<string> = new Set()): Promise<RankedHelper[]> {
  const words = meaningfulWords(query);
  if (words.length === 0 || limit <= 0) return [];
  return db.transaction('r', [db.contacts, db.notes, db.noteWords], async () => {
    const [keysPerWord, noteKeysPerWord] = await Promise.all([
      Promise.all(words.map((word) => db.contacts.where('searchWords').startsWith(word).primaryKeys())),
      Promise.all(words.map((word) => db.noteWords.where('words').startsWith(clipWord(word)).primaryKeys())),
    ]);
    /** Per person, which words of the query (by position) the keys say they match. */
    const matchedBy = new Map<string, Set<number>>();
    const match = (id: string, i: number) => {
      const found = matchedBy.get(id);
      if (found) found.add(i);
      else matchedBy.set(id, new Set([i]));
    };
    keysPerWord.forEach((keys, i) => keys.forEach((id) => match(id, i)));
    /** Per person, per word of the query their notes mention: the first such note by id (a read of the notes table's order), the one quoted. */
    const quotable = new Map<string, Map<string, string>>();
    words.forEach((word, i) => {
      for (const [contactId, noteId] of noteKeysPerWord[i]!) {
        match(contactId, i);
        const byWord = quotable.get(contactId) ?? new Map<string, string>();
        const first = byWord.get(word);
        if (first === undefined || noteId < first) byWord.set(word, noteId);
        quotable.set(contactId, byWord);
      }
    });
    for (const id of exclude) matchedBy.delete(id);
    const bounds = helperBounds(new Map([...matchedBy].map(([id, matched]) => [id, matched.size])));
    let scored: RankedHelper[] = [];
    let read = 0;
    for (let step = nextHelperStep(bounds, read, scored, limit); step.length > 0; step = nextHelperStep(bounds, read, scored, limit)) {
      read += step.length;
      const contacts = await db.contacts.bulkGet(step.map((bound) => bound.id));
      const found: HelperCandidate[] = contacts.flatMap((contact) => (contact ? [{ contact, noteMatches: new Set(quotable.get(contact.id)?.keys()) }] : []));
      scored = mergeRanked(scored, rankHelpers(found, words, Number.POSITIVE_INFINITY));
    }
    const ranked = scored.slice(0, limit);
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
