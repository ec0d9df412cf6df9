/**
 * Ids for imported touchpoints, derived from where they came from (file kind,
 * conversation, day, person), so importing the same export again finds the
 * same ids and writes nothing. cyrb53 run with two seeds: 106 bits, enough
 * that a few million touchpoints never collide; not for security.
 */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** `li-<kind>-<hash>`: e.g. `li-msg-…` for a day of messages with one person in one conversation. */
export function sourceId(kind: 'msg' | 'endorse' | 'recommend', ...parts: string[]): string {
  const key = parts.join('\u241f');
  return `li-${kind}-${cyrb53(key, 1)}${cyrb53(key, 2)}`;
}
