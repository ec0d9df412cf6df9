/**
 * Canonical LinkedIn profile URLs. A person is identified by the vanity slug in
 * `/in/<slug>/`, percent-decoded and lower-cased, so `/in/Am%C3%A9lie-X` and
 * `/in/amélie-x/` are the same person and are stored once.
 */

const PROFILE_ORIGIN = 'https://www.linkedin.com';

/**
 * Internal member ids (`/in/ACoAAB…`) appear in messaging and search links.
 * They are not vanity slugs: the same person also has a vanity URL, so a
 * contact keyed by one would be stored twice. They are case-sensitive too.
 */
/** LinkedIn's member id as its message composer takes it (`ACoAA…`), bounded as stored. */
export const MEMBER_ID_RE = /^ACoAA[A-Za-z0-9_-]{10,100}$/;

export function isInternalProfileId(slug: string): boolean {
  return /^ACoAA[A-Za-z0-9_-]{10,}$/.test(slug);
}

/** Vanity slugs: letters (any script), digits, hyphens, underscores; 3 to 100 characters, not starting with a hyphen. */
const SLUG_RE = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_-]{2,99}$/u;

/** Lower-cases and percent-decodes a vanity slug; null when it is not one. */
export function canonicalSlug(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (isInternalProfileId(decoded)) return null;
  const slug = decoded.normalize('NFC').toLowerCase();
  return SLUG_RE.test(slug) ? slug : null;
}

/**
 * The vanity slug of a profile URL on any LinkedIn host (`www.`, `de.`, bare),
 * with or without a trailing path (`/details/experience/`, `/overlay/…`),
 * query or hash. Null for anything that is not a person's vanity URL.
 */
export function profileSlugFromUrl(url: string | URL): string | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url, PROFILE_ORIGIN) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!/^([a-z]{2,3}\.|www\.)?linkedin\.com$/i.test(parsed.hostname)) return null;
  const match = /^\/in\/([^/]+)\/?/.exec(parsed.pathname);
  return match?.[1] ? canonicalSlug(match[1]) : null;
}

export function profileUrlFromSlug(slug: string): string {
  return `${PROFILE_ORIGIN}/in/${slug}/`;
}

/** `https://www.linkedin.com/in/<slug>/` for any profile URL, or null. */
export function canonicalProfileUrl(url: string | URL): string | null {
  const slug = profileSlugFromUrl(url);
  return slug === null ? null : profileUrlFromSlug(slug);
}

/** A contact's id is derived from its canonical profile URL: `in:<slug>`. */
export function contactIdFromProfileUrl(url: string | URL): string | null {
  const slug = profileSlugFromUrl(url);
  return slug === null ? null : contactIdFromSlug(slug);
}

export function contactIdFromSlug(slug: string): string {
  return `in:${slug}`;
}
