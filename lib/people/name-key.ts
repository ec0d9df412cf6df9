import type { Contact } from '@/lib/model/schema';
import { searchTokens } from '@/lib/search/search-words';

/**
 * The People page's order, kept on each contact as the indexed `nameKey`,
 * so the page reads its first screen (and then everyone, in pages) straight
 * from the index instead of reading and sorting every contact: the name
 * lower-cased and accent-folded, each run of digits padded so numbers compare
 * by value ("Team 2" before "Team 10"), then the id, so two people of the
 * same name keep a fixed order and every key is unique (a page of the index
 * starts exactly after the last key of the one before).
 */
export function nameKeyFor(contact: Pick<Contact, 'name' | 'id'>): string {
  const words = searchTokens(contact.name).join(' ') || contact.name.toLowerCase();
  return `${words.replace(/\d+/g, (digits) => digits.padStart(NUMBER_WIDTH, '0'))}${SEPARATOR}${contact.id}`;
}

/** Digits per number: enough for any number in a name, so they compare as text. */
const NUMBER_WIDTH = 12;
/** Sorts before every character a name has, so "Ann" comes before "Anna" whatever their ids. */
const SEPARATOR = '\u0000';
