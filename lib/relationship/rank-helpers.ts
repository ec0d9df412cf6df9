import type { Contact, Strength } from '@/lib/model/schema';
import { searchTokens } from '@/lib/search/search-words';

/**
 * "Who could help": people ranked by how well they match what you need AND by
 * how strong your relationship is, each with the reasons (pure: the words
 * are in lib/relationship/helper-reasons.ts, the reads in lib/db/repo/reads).
 *
 * Relevance counts the words of the need each person matches, a word in your
 * own note about them or in their tags (you wrote it) weighing most, then
 * their headline or company, then their name or location. Strength adds to
 * it: a strong relationship is someone who wants to help, a cold one may not
 * remember you. A person matching nothing is never a helper, however strong.
 */

/** Small words a need is written with that say nothing about who could help ("find a pilot customer in logistics"). */
const STOP_WORDS = new Set(
  'a an and any are as at be by can could for from get help how i in into is it me my need of on or our some someone the their them to we who with'.split(' '),
);

/** The words of a need or a search that say what it is about: no stop words, no duplicates. */
export function meaningfulWords(query: string): string[] {
  const words = [...new Set(searchTokens(query))];
  const meaningful = words.filter((word) => !STOP_WORDS.has(word) && word.length > 1);
  return meaningful.length > 0 ? meaningful : words;
}

export type MatchField = 'note' | 'tag' | 'headline' | 'company' | 'name' | 'location';

export const FIELD_WEIGHT: Record<MatchField, number> = { note: 3, tag: 3, headline: 2, company: 2, name: 1, location: 1 };
/** What the relationship adds to a match: never more than one strong field match, so relevance leads. */
export const STRENGTH_WEIGHT: Record<Strength, number> = { strong: 2, growing: 1.5, new: 1, cooling: 0.5, cold: 0 };

export type HelperReason =
  | { kind: 'note'; excerpt: string }
  | { kind: 'tag'; tags: string[] }
  | { kind: 'headline' }
  | { kind: 'company'; company: string }
  | { kind: 'name' }
  | { kind: 'location'; location: string }
  | { kind: 'strength'; strength: Strength | undefined };

export interface RankedHelper {
  contact: Contact;
  score: number;
  /** The words of the query this person matched. */
  matched: string[];
  /** Why, most telling first; the relationship last. */
  reasons: HelperReason[];
}

export interface HelperCandidate {
  contact: Contact;
  /** Your notes about them (their text), when any mention a word. */
  notes?: readonly string[];
  /**
   * Or, when the notes are not read: the words of the query their notes
   * mention, known from the note-words index. A note then leads their reasons
   * with an empty excerpt, for the reader to quote (lib/db/repo/reads/needs.ts).
   */
  noteMatches?: ReadonlySet<string>;
}

const matches = (tokens: readonly string[], word: string) => tokens.some((token) => token.startsWith(word));

/** One person's match against the words: null when they match none. */
export function scoreHelper({ contact, notes = [], noteMatches }: HelperCandidate, words: readonly string[]): RankedHelper | null {
  const fields: Record<Exclude<MatchField, 'note' | 'tag'>, string[]> = {
    headline: searchTokens(contact.headline ?? ''),
    company: searchTokens(contact.company ?? ''),
    name: searchTokens(contact.name),
    location: searchTokens(contact.location ?? ''),
  };
  const noteTokens = notes.map((note) => searchTokens(note));
  const tagTokens = contact.tags.map((tag) => searchTokens(tag));
  const hit = new Set<MatchField>();
  const matchedTags = new Set<string>();
  let noteHit: string | undefined;
  let relevance = 0;
  const matched: string[] = [];
  for (const word of words) {
    let best = 0;
    const noteIndex = noteTokens.findIndex((tokens) => matches(tokens, word));
    if (noteIndex >= 0 || noteMatches?.has(word)) {
      best = Math.max(best, FIELD_WEIGHT.note);
      hit.add('note');
      noteHit ??= noteIndex >= 0 ? notes[noteIndex] : '';
    }
    contact.tags.forEach((tag, i) => {
      if (!matches(tagTokens[i]!, word)) return;
      best = Math.max(best, FIELD_WEIGHT.tag);
      hit.add('tag');
      matchedTags.add(tag);
    });
    for (const field of ['headline', 'company', 'name', 'location'] as const) {
      if (!matches(fields[field], word)) continue;
      best = Math.max(best, FIELD_WEIGHT[field]);
      hit.add(field);
    }
    if (best > 0) matched.push(word);
    relevance += best;
  }
  if (relevance === 0) return null;
  const reasons: HelperReason[] = [];
  if (noteHit !== undefined) reasons.push({ kind: 'note', excerpt: noteHit && noteExcerpt(noteHit, words) });
  if (hit.has('tag')) reasons.push({ kind: 'tag', tags: [...matchedTags] });
  if (hit.has('headline')) reasons.push({ kind: 'headline' });
  if (hit.has('company') && contact.company) reasons.push({ kind: 'company', company: contact.company });
  if (hit.has('name') && reasons.length === 0) reasons.push({ kind: 'name' });
  if (hit.has('location') && contact.location) reasons.push({ kind: 'location', location: contact.location });
  reasons.push({ kind: 'strength', strength: contact.strength });
  const strength = contact.strength === undefined ? 0 : STRENGTH_WEIGHT[contact.strength];
  return { contact, score: relevance + strength, matched, reasons };
}

/** Best first: score, then more words matched, then name (stable for equal people). */
export const helperOrder = (a: RankedHelper, b: RankedHelper) =>
  b.score - a.score || b.matched.length - a.matched.length || a.contact.name.localeCompare(b.contact.name) || (a.contact.id < b.contact.id ? -1 : 1);

/** The best `limit` candidates, in {@link helperOrder}. */
export function rankHelpers(candidates: readonly HelperCandidate[], words: readonly string[], limit: number): RankedHelper[] {
  const ranked: RankedHelper[] = [];
  for (const candidate of candidates) {
    const scored = scoreHelper(candidate, words);
    if (scored) ranked.push(scored);
  }
  ranked.sort(helperOrder);
  return ranked.slice(0, limit);
}

const EXCERPT_LENGTH = 160;

/** The line of a note that mentions a word, cut to a readable length. */
export function noteExcerpt(body: string, words: readonly string[]): string {
  const lines = body.split(/\n+/).filter((line) => line.trim());
  const line = (lines.find((candidate) => words.some((word) => matches(searchTokens(candidate), word))) ?? lines[0] ?? '').trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : line;
}
