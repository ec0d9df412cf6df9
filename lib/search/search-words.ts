/**
 * Words a contact can be found by: lower-cased and accent-folded, from the
 * name, headline, company, location and tags. Stored on the contact as the
 * multi-entry index `searchWords`, so a search is a prefix range query on the
 * index instead of a scan of every contact.
 */

/** At most this many words per contact: enough for any real headline, bounded for hostile ones. */
export const MAX_SEARCH_WORDS = 64;

/**
 * At most this many characters per word (the schema's bound). A word can be
 * longer: Thai is written without spaces, and LinkedIn allows 220-character
 * headlines. A derived value is clipped, never turned into an error: a prefix
 * search still finds the person by the word's first 200 characters.
 */
export const MAX_SEARCH_WORD_LENGTH = 200;

/** "Zoë O'Brien-Smith, CTO" → ["zoe", "o", "brien", "smith", "cto"]. */
export function searchTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function searchWordsFor(fields: {
  name: string;
  headline?: string | undefined;
  company?: string | undefined;
  location?: string | undefined;
  tags?: readonly string[] | undefined;
}): string[] {
  const text = [fields.name, fields.headline, fields.company, fields.location, ...(fields.tags ?? [])].filter(Boolean).join(' ');
  const words = searchTokens(text).map((word) => (word.length > MAX_SEARCH_WORD_LENGTH ? clipWord(word) : word));
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

/** The word's first {@link MAX_SEARCH_WORD_LENGTH} UTF-16 units, never ending in half a surrogate pair (an index key's bound). */
export function clipWord(word: string): string {
  if (word.length <= MAX_SEARCH_WORD_LENGTH) return word;
  const clipped = word.slice(0, MAX_SEARCH_WORD_LENGTH);
  return /[\uD800-\uDBFF]$/.test(clipped) ? clipped.slice(0, -1) : clipped;
}
