/**
 * Words a contact can be found by: lower-cased and accent-folded, from the
 * name, headline, company, location and tags. Stored on the contact as the
 * multi-entry index `searchWords`, so a search is a prefix range query on the
 * index instead of a scan of every contact.
 */

/** At most this many words per contact: enough for any real headline, bounded for hostile ones. */
export const MAX_SEARCH_WORDS = 64;

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
  return [...new Set(searchTokens(text))].slice(0, MAX_SEARCH_WORDS);
}
