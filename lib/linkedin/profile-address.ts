import { cleanText } from '@/lib/linkedin/dom-text';
import { entityFromHref } from '@/lib/linkedin/entity-url';
import { pageKind, type UrlLike } from '@/lib/linkedin/page-detect';
import { profileSlugOnPage } from '@/lib/linkedin/parse-profile';
import { canonicalSlug, profileUrlFromSlug } from '@/lib/linkedin/profile-url';
import type { ProfileAddress } from '@/lib/linkedin/types';

/**
 * The address is the identity: on a `/in/<slug>/` page (the profile, its
 * activity or details pages) the person is the one at that address, even when
 * LinkedIn's markup cannot be read. The name is taken from the page title
 * ("(3) Jane Doe | LinkedIn") only when something on the page ties that name
 * to this slug: a link to `/in/<slug>/…` or an action carrying
 * `vanityName=<slug>` whose text or label shows the name. A title left over
 * from the previous page of an SPA navigation is therefore never used.
 */

/** "(3) Jane Doe | LinkedIn" → "Jane Doe"; null when the title has no name part. */
export function titleName(title: string | null | undefined): string | null {
  const match = /^(?:\(\d+\+?\)\s*)?(.+?)\s*[|｜]\s*LinkedIn\s*$/.exec(cleanText(title) ?? '');
  const name = cleanText(match?.[1]);
  return name && name.length >= 2 && name.length <= 200 ? name : null;
}

/** The slug a link points to: a person link, or an action naming a vanity name. */
function linkedSlug(link: Element): string | null {
  const href = link.getAttribute('href');
  const entity = entityFromHref(href);
  if (entity?.kind === 'person') return entity.slug;
  const vanity = /[?&]vanityName=([^&#]+)/.exec(href ?? '')?.[1];
  return vanity ? canonicalSlug(vanity) : null;
}

/** Whether an element linking `slug` shows `name` (its text, or its label: "Invite Jane Doe to connect"). */
function tiedToSlug(doc: Document, slug: string, name: string): boolean {
  for (const link of doc.querySelectorAll('a[href*="/in/"], a[href*="vanityName="]')) {
    if (linkedSlug(link) !== slug) continue;
    const shown = [cleanText(link.textContent), cleanText(link.getAttribute('aria-label'))];
    if (shown.some((text) => text !== null && (text === name || text.includes(name)))) return true;
  }
  return false;
}

/** The person at the page's address, or null when the URL is not a person's (or names an internal id the page never resolves). */
export function profileAddress(doc: Document, url: UrlLike): ProfileAddress | null {
  const page = pageKind(url);
  if (page !== 'profile' && page !== 'activity') return null;
  const { slug } = profileSlugOnPage(doc, url);
  if (slug === null) return null;
  const candidate = titleName(doc.querySelector('title')?.textContent);
  const name = candidate && tiedToSlug(doc, slug, candidate) ? candidate : null;
  return { slug, profileUrl: profileUrlFromSlug(slug), name };
}
