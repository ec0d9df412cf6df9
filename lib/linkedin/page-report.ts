/**
 * A page report for a bug about a page Rapport could not read: the page's
 * structure (tag names, attribute names, the shapes of `componentkey` and
 * `data-testid`, icon ids, roles) with every text, URL, name and id left out,
 * safe to attach to a public issue. Built only from allowlists: a value is
 * kept when it is one of LinkedIn's structural words or icon names, never
 * because it merely looks harmless, so nothing a person typed or is called
 * can come through. A maintainer turns it into a synthetic fixture by
 * filling invented people into the skeleton (README, maintainer section).
 */

/** Fragments of `componentkey` values that name LinkedIn's components, not people or content. */
const COMPONENT_WORDS =
  /(com\.linkedin\.sdui\.profile\.card\.ref|Topcard|Activity|expanded|FeedType_[A-Z_]+|container-update-list_mainFeed-lazy-container|profileCards(?:Above|Below)Activity(?:Part\d)?|profileAside(?:Pymk|Product|Browsemap)|activity_posts_pillContent|replaceableComment(?:Tools)?_?|commentsSectionContainer|auto-component-|translation_translatable-commentary-|primaryNavLinksComponentRef|SearchResults_SearchTyahInputRef|pixelImageRef|ProfilePostConnectDrawer_|document-container-|draft-text-replaceable-component)/;
/** An icon id: words and a size ("thumbs-up-outline-small", "company-accent-4"). */
const ICON_ID = /^[a-z]+(?:-[a-z]+)*-(?:xsmall|small|medium|large|\d)$/;
/** A test id: one lower-camel or kebab word ("mainFeed", "expandable-text-box"). */
const TEST_ID = /^[a-z]+(?:(?:-[a-z]+)|(?:[A-Z][a-z]+))*$/;
const ENUMERATED: Record<string, RegExp> = {
  role: /^[a-z]+$/,
  type: /^(button|submit|checkbox|radio|text)$/,
  'aria-hidden': /^(true|false)$/,
  'aria-expanded': /^(true|false)$/,
  'aria-pressed': /^(true|false|mixed)$/,
  'aria-haspopup': /^(true|false|dialog|menu|listbox)$/,
  'data-display-contents': /^(true|false)$/,
  'data-sdui-screen': /^com\.linkedin\.sdui\.[A-Za-z.]+$/,
};
const SKIPPED = new Set(['script', 'style', 'path', 'g', 'circle', 'defs', 'use', 'noscript', 'template']);
export const PAGE_REPORT_MAX_ELEMENTS = 20_000;

/** `componentkey` as its structural words, with everything else (tokens, ids, slugs) as `*`. */
export function componentKeyShape(value: string): string {
  return value
    .split(COMPONENT_WORDS)
    .map((part, index) => (index % 2 === 1 ? part : part === '' ? '' : '*'))
    .join('')
    .replace(/\*+/g, '*');
}

function attributeShape(element: Element, name: string, value: string): string {
  if (name === 'componentkey') return `${name}="${componentKeyShape(value)}"`;
  if (name === 'data-testid' && TEST_ID.test(value) && value.length <= 40) return `${name}="${value}"`;
  if (name === 'id' && element.tagName.toLowerCase() === 'svg' && ICON_ID.test(value)) return `${name}="${value}"`;
  if (ENUMERATED[name]?.test(value)) return `${name}="${value}"`;
  // Names are structural; values (hrefs, labels, classes, ids, texts) are left out.
  return /^[a-z][a-z0-9-]*$/.test(name) ? name : 'attr';
}

/** The structural skeleton of a page, one element per line, indented by depth. */
export function pageSkeleton(doc: Document): string {
  const lines: string[] = [];
  let count = 0;
  const walk = (element: Element, depth: number) => {
    if (count >= PAGE_REPORT_MAX_ELEMENTS) return;
    const tag = element.tagName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    count++;
    const attributes = [...element.attributes].filter((a) => a.name !== 'class' && a.name !== 'style').map((a) => attributeShape(element, a.name, a.value));
    const hasText = [...element.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');
    lines.push(`${'  '.repeat(Math.min(depth, 60))}<${/^[a-z][a-z0-9-]*$/.test(tag) ? tag : 'x'}${attributes.length ? ` ${attributes.join(' ')}` : ''}>${hasText ? ' …' : ''}`);
    for (const child of element.children) walk(child, depth + 1);
  };
  if (doc.documentElement) walk(doc.documentElement, 0);
  if (count >= PAGE_REPORT_MAX_ELEMENTS) lines.push(`… cut at ${PAGE_REPORT_MAX_ELEMENTS} elements`);
  return `<!-- Rapport page report: structure only; every text, URL, name and id left out. -->\n${lines.join('\n')}\n`;
}
