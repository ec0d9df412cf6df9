import { canonicalSlug, profileUrlFromSlug } from '@/lib/linkedin/profile-url';

/**
 * Who a link points to: a person (`/in/<slug>`) or an organisation
 * (`/company/`, `/showcase/`, `/school/`), on any LinkedIn host, with the
 * slug canonical (percent-decoded, lower-cased). A person linked by an
 * internal `ACoAA…` id is still a person, but has no slug or URL.
 */
export interface LinkedEntity {
  kind: 'person' | 'company';
  slug: string | null;
  profileUrl: string | null;
}

const HOST = /^([a-z]{2,3}\.|www\.)?linkedin\.com$/i;
const ORG_SLUG = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}._-]{0,99}$/u;

/**
 * Parsed hrefs, remembered: a feed repeats the same author and company links in
 * every card and URL parsing dominated recognising a card. Bounded; the
 * entities are never mutated by callers (they copy the fields they keep).
 */
const MEMO = new Map<string, LinkedEntity | null>();
const MEMO_MAX = 4000;

export function entityFromHref(href: string | null | undefined): LinkedEntity | null {
  if (!href) return null;
  const known = MEMO.get(href);
  if (known !== undefined) return known;
  const entity = parseEntity(href);
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(href, entity);
  return entity;
}

function parseEntity(href: string): LinkedEntity | null {
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com');
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !HOST.test(url.hostname)) return null;
  const person = /^\/in\/([^/]+)\/?/.exec(url.pathname);
  if (person?.[1]) {
    const slug = canonicalSlug(person[1]);
    return { kind: 'person', slug, profileUrl: slug === null ? null : profileUrlFromSlug(slug) };
  }
  const org = /^\/(company|showcase|school)\/([^/]+)\/?/.exec(url.pathname);
  if (org?.[1] && org[2]) {
    let slug: string;
    try {
      slug = decodeURIComponent(org[2]).normalize('NFC').toLowerCase();
    } catch {
      return null;
    }
    if (!ORG_SLUG.test(slug)) return null;
    return { kind: 'company', slug, profileUrl: `https://www.linkedin.com/${org[1]}/${slug}/` };
  }
  return null;
}

/** Two links name the same entity (same kind and slug, or the very same href when there is no slug). */
export function sameEntity(a: LinkedEntity, b: LinkedEntity): boolean {
  return a.kind === b.kind && a.slug !== null && a.slug === b.slug;
}
