import { any, jsonIsland } from '@/lib/linkedin/selectors';

/**
 * The Ember app (2022–25) ships its API responses inside the page as
 * `<code id="bpr-guid-N">` JSON, raw before the app boots and still there
 * once it has rendered. Each holds `included` entities, among them BOTH the
 * viewer (nav "Me" menu) and the viewed profile: callers must pick entities
 * by slug or member id, never by position.
 *
 * Only islands whose raw text contains a needle (a slug, an id) are parsed, so
 * a 1 MB page costs a string search, not a JSON parse of everything.
 */

export type Entity = Record<string, unknown>;
export interface Island {
  included: Entity[];
}

const parsedIslands = new WeakMap<Element, Island | null>();

function parse(element: Element): Island | null {
  if (parsedIslands.has(element)) return parsedIslands.get(element) ?? null;
  let island: Island | null = null;
  try {
    const json: unknown = JSON.parse(element.textContent ?? '');
    const included = (json as { included?: unknown } | null)?.included;
    if (Array.isArray(included)) island = { included: included.filter((e): e is Entity => typeof e === 'object' && e !== null) };
  } catch {
    island = null; // Not JSON (a truncated save): ignore this island.
  }
  parsedIslands.set(element, island);
  return island;
}

/** Islands whose text contains any of the needles, parsed. */
export function islandsContaining(doc: Document, needles: readonly string[]): Island[] {
  const found: Island[] = [];
  for (const element of doc.querySelectorAll(any(jsonIsland))) {
    const text = element.textContent ?? '';
    if (!needles.some((needle) => needle !== '' && text.includes(needle))) continue;
    const island = parse(element);
    if (island) found.push(island);
  }
  return found;
}

/** Forms a string may take inside the JSON: as is, JSON-escaped (non-ASCII as \uXXXX), percent-encoded. */
export function jsonNeedles(value: string): string[] {
  const escaped = value.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...new Set([value, escaped, encodeURIComponent(value)])];
}

/** `value.path.to.field` when every step is an object; undefined otherwise. */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function stringAt(value: unknown, ...path: string[]): string | null {
  const found = at(value, ...path);
  return typeof found === 'string' && found.trim() !== '' ? found : null;
}
