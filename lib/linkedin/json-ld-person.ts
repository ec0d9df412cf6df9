import { cleanText, clip } from '@/lib/linkedin/dom-text';
import { entityFromHref } from '@/lib/linkedin/entity-url';

/**
 * The name a logged-out profile's JSON-LD (`script[type="application/ld+json"]`, a schema.org
 * Person, alone or in an `@graph`) gives the person at /in/<slug>/, or null. Guest pages state
 * who they are about there, in any UI language and whatever their classes; the caller still
 * requires the visible page to agree.
 */
export function jsonLdPersonName(doc: Document, slug: string): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of nodesOf(data)) {
      const types = ([] as unknown[]).concat(node['@type']);
      if (!types.includes('Person') || typeof node.url !== 'string' || typeof node.name !== 'string') continue;
      const entity = entityFromHref(node.url);
      if (entity?.kind === 'person' && entity.slug === slug) return cleanText(clip(node.name, 200));
    }
  }
  return null;
}

/** The objects of a JSON-LD document: itself, the items of an array, the nodes of an `@graph`. */
function nodesOf(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(nodesOf);
  if (typeof data !== 'object' || data === null) return [];
  const node = data as Record<string, unknown>;
  return [node, ...(Array.isArray(node['@graph']) ? node['@graph'].flatMap(nodesOf) : [])];
}
