import type { Circle, Contact, ContactKind } from '@/lib/model/schema';
import { searchTokens } from '@/lib/search/search-words';
import { DAY_MS, type Timestamp } from '@/lib/time/instant';

/**
 * The People page's filters, as pure functions over contacts already in
 * memory: at 10,000 people one pass takes a few milliseconds, far less than
 * a query per keystroke would, and every filter combines with every other.
 * Search matches the stored `searchWords` (the index the popup's search
 * uses) the same way: every word typed starts one of the person's words.
 */

export const CONNECTED_RANGES = ['any', 'last30', 'last90', 'lastYear', 'older', 'unknown'] as const;
export type ConnectedRange = (typeof CONNECTED_RANGES)[number];

export const LAST_TOUCH_RANGES = ['any', 'last30', 'days30to90', 'over90', 'never'] as const;
export type LastTouchRange = (typeof LAST_TOUCH_RANGES)[number];

export interface PeopleFilter {
  query: string;
  circle: Circle | 'any';
  /** `none`: people without a kind yet. */
  kind: ContactKind | 'none' | 'any';
  /** Part of the company's name, any case; empty for every company. */
  company: string;
  connected: ConnectedRange;
  lastTouch: LastTouchRange;
  /** {@link ANY_TAG}: every person; {@link NO_TAGS}: people without tags; otherwise one tag (any case). */
  tag: string;
}

/** The tag filter's two choices that are not a tag (a tag is never empty, nor a NUL character). */
export const ANY_TAG = '';
export const NO_TAGS = '\u0000';

export const NO_FILTER: PeopleFilter = { query: '', circle: 'any', kind: 'any', company: '', connected: 'any', lastTouch: 'any', tag: ANY_TAG };

export const isFiltered = (filter: PeopleFilter) =>
  (Object.keys(NO_FILTER) as (keyof PeopleFilter)[]).some((key) => (key === 'tag' ? filter.tag : filter[key].trim()) !== NO_FILTER[key]);

/** The fields the People page reads: a row of the table. */
export type PersonRow = Pick<Contact, 'id' | 'name' | 'profileUrl' | 'headline' | 'company' | 'circle' | 'kind' | 'tags' | 'connectedAt' | 'lastTouchAt' | 'searchWords'>;

const daysAgo = (now: number, days: number): Timestamp => new Date(now - days * DAY_MS).toISOString();

function connectedMatches(range: ConnectedRange, connectedAt: Timestamp | undefined, now: number): boolean {
  if (range === 'any') return true;
  if (range === 'unknown') return connectedAt === undefined;
  if (connectedAt === undefined) return false;
  if (range === 'older') return connectedAt < daysAgo(now, 365);
  return connectedAt >= daysAgo(now, range === 'last30' ? 30 : range === 'last90' ? 90 : 365);
}

function lastTouchMatches(range: LastTouchRange, lastTouchAt: Timestamp | undefined, now: number): boolean {
  if (range === 'any') return true;
  if (range === 'never') return lastTouchAt === undefined;
  if (lastTouchAt === undefined) return false;
  if (range === 'last30') return lastTouchAt >= daysAgo(now, 30);
  if (range === 'days30to90') return lastTouchAt < daysAgo(now, 30) && lastTouchAt >= daysAgo(now, 90);
  return lastTouchAt < daysAgo(now, 90);
}

/** A predicate for one filter, prepared once (lower-cased words) and run for every person. */
export function matcherFor(filter: PeopleFilter, now: number): (person: PersonRow) => boolean {
  const words = [...new Set(searchTokens(filter.query))];
  const company = filter.company.trim().toLowerCase();
  const tag = filter.tag.toLowerCase();
  return (person) => {
    if (filter.circle !== 'any' && person.circle !== filter.circle) return false;
    if (filter.kind === 'none' ? person.kind !== undefined : filter.kind !== 'any' && person.kind !== filter.kind) return false;
    if (company && !(person.company ?? '').toLowerCase().includes(company)) return false;
    if (tag === NO_TAGS ? person.tags.length > 0 : tag !== ANY_TAG && !person.tags.some((candidate) => candidate.toLowerCase() === tag)) return false;
    if (!connectedMatches(filter.connected, person.connectedAt, now)) return false;
    if (!lastTouchMatches(filter.lastTouch, person.lastTouchAt, now)) return false;
    return words.every((word) => person.searchWords?.some((candidate) => candidate.startsWith(word)) ?? false);
  };
}

/** The people matching `filter`, in the order given. */
export function filterPeople<T extends PersonRow>(people: readonly T[], filter: PeopleFilter, now: number): T[] {
  if (!isFiltered(filter)) return people as T[];
  return people.filter(matcherFor(filter, now));
}

/** Every tag in use, once each (first spelling met), sorted: the tag filter's choices. */
export function tagsInUse(people: readonly PersonRow[]): string[] {
  const seen = new Map<string, string>();
  for (const person of people) for (const tag of person.tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
