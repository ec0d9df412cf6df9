import { cleanText, clip, lineText } from '@/lib/linkedin/dom-text';
import { entityFromHref } from '@/lib/linkedin/entity-url';
import { profileFromIslands, type IslandProfile } from '@/lib/linkedin/island-profile';
import type { UrlLike } from '@/lib/linkedin/page-detect';
import { canonicalSlug, isInternalProfileId, profileUrlFromSlug } from '@/lib/linkedin/profile-url';
import {
  activityOwnerHeadline,
  activityOwnerName,
  activityTopCard,
  any,
  canonicalLink,
  guestProfileAvatar,
  guestProfileCompany,
  guestProfileHeadline,
  guestProfileLocation,
  guestProfileName,
  profileAvatar,
  profileCurrentCompany,
  profileHeadline,
  profileLocation,
  profileName,
  profileTopCard,
  profileTopCardLink,
  CURRENT_COMPANY_LABELS,
  reactMemberAction,
  reactTopCard,
  reactTopCardCompany,
  reactTopCardName,
} from '@/lib/linkedin/selectors';
import type { RecognizedProfile } from '@/lib/linkedin/types';

/**
 * The person a profile (or activity) page is about. Every DOM source is tied
 * to the URL's slug before it is trusted: the top card by its
 * `/in/<slug>/overlay/…` links, the activity card by its `/in/<slug>/` link,
 * a guest page by its canonical URL, JSON islands by `publicIdentifier`. The
 * viewer (nav "Me" menu, their own island entity) and people in sidebars,
 * search results or the messaging overlay never carry those links, so they
 * are never returned. When nothing ties a name to the slug: null.
 */

export type ProfileProblem = 'no-name' | 'no-vanity-slug';
export interface ProfileRecognition {
  profile: RecognizedProfile | null;
  /** Why there is no profile on a profile URL: no name found, or an internal id the page never resolves. */
  problem: ProfileProblem | null;
}

interface Found {
  name: string | null;
  headline: string | null;
  location: string | null;
  company: string | null;
  avatarUrl: string | null;
  heading: Element | null;
}

const NONE: Found = { name: null, headline: null, location: null, company: null, avatarUrl: null, heading: null };

/** The raw (still percent-encoded) `/in/<segment>/` of a URL, or null. */
function profileSegment(url: UrlLike): string | null {
  try {
    const parsed = typeof url === 'string' ? new URL(url, 'https://www.linkedin.com') : new URL(url.href);
    return /^\/in\/([^/]+)/.exec(parsed.pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

const httpUrl = (value: string | null | undefined): string | null =>
  value && /^https?:\/\//.test(value) && value.length <= 2048 ? value : null;

/** The photo whose alt text is the person's name (any UI language), else a known avatar selector; placeholders (data:) don't count. */
function avatarIn(card: Element, name: string | null, selectors: readonly string[]): string | null {
  if (name) {
    for (const img of card.querySelectorAll('img')) {
      if (cleanText(img.getAttribute('alt')) === name || cleanText(img.getAttribute('title')) === name) {
        const url = httpUrl(img.getAttribute('src')) ?? httpUrl(img.getAttribute('data-delayed-url'));
        if (url) return url;
      }
    }
  }
  for (const img of card.querySelectorAll(any(selectors))) {
    const url = httpUrl(img.getAttribute('src')) ?? httpUrl(img.getAttribute('data-delayed-url'));
    if (url) return url;
  }
  return null;
}

/** The top-card links naming a slug: `/in/<slug>/overlay/about-this-profile/` and `/overlay/contact-info/`. */
function topCardLinks(doc: Document): Array<{ link: Element; slug: string }> {
  const links: Array<{ link: Element; slug: string }> = [];
  for (const link of doc.querySelectorAll(any(profileTopCardLink))) {
    const slug = entityFromHref(link.getAttribute('href'))?.slug;
    if (slug) links.push({ link, slug });
  }
  return links;
}

/**
 * V2/V3 top card, found through a link that names the slug. Without the card
 * (a future generation) only a heading inside that very link, or the link's
 * own label, is trusted: never a heading merely near it.
 */
function fromTopCard(doc: Document, slug: string): Found {
  for (const { link, slug: linked } of topCardLinks(doc)) {
    if (linked !== slug) continue;
    const card = link.closest(any(profileTopCard));
    const heading = (card ?? link).querySelector(any(profileName));
    // V3 labels the about-this-profile link with the name itself.
    const label = link.getAttribute('href')?.includes('/overlay/about-this-profile/') ? cleanText(link.getAttribute('aria-label')) : null;
    const labelled = label === null ? null : clip(label, 200);
    const name = lineText(heading, 200) ?? labelled;
    if (name === null) continue;
    return {
      name,
      headline: card ? lineText(card.querySelector(any(profileHeadline)), 500) : null,
      location: card ? lineText(card.querySelector(any(profileLocation)), 200) : null,
      company: card ? labelledCompany(card) : null,
      avatarUrl: card ? avatarIn(card, name, profileAvatar) : null,
      heading: heading && lineText(heading, 200) ? heading : null,
    };
  }
  return NONE;
}

/** The V2/V3 current-company button, by its label in any of LinkedIn's main UI languages; its visible text is the company. */
function labelledCompany(card: Element): string | null {
  const english = card.querySelector(any(profileCurrentCompany));
  if (english) return lineText(english, 200);
  for (const button of card.querySelectorAll('button[aria-label]')) {
    const label = button.getAttribute('aria-label') ?? '';
    if (CURRENT_COMPANY_LABELS.some((prefix) => label.startsWith(prefix))) return lineText(button, 200);
  }
  return null;
}

/** The path of an href on LinkedIn, or null. */
function pathOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, 'https://www.linkedin.com').pathname;
  } catch {
    return null;
  }
}

/** Whether a link goes to the profile itself (`/in/<slug>/`), not one of its overlays or subpages. */
function linksProfileRoot(link: Element, slug: string): boolean {
  const path = pathOf(link.getAttribute('href'));
  if (!path || !/^\/in\/[^/]+\/?$/.test(path)) return false;
  return entityFromHref(link.getAttribute('href'))?.slug === slug;
}

/** Separators and degree markers ("· 1st", "• 2e", "·") that sit between the top card's lines in every language. */
const isDecoration = (text: string | null): boolean => text === null || /^[·•|]/.test(text);

/** The member the React card's actions (Message, Connect) act on disagree with the card or the address: it is not this person's card. */
function actionsDisagree(card: Element, slug: string, memberId: string | null): boolean {
  for (const link of card.querySelectorAll(any(reactMemberAction))) {
    const href = link.getAttribute('href') ?? '';
    let query: URLSearchParams;
    try {
      query = new URL(href, 'https://www.linkedin.com').searchParams;
    } catch {
      return true;
    }
    const vanity = query.get('vanityName');
    if (vanity !== null && canonicalSlug(vanity) !== slug) return true;
    const urn = query.get('profileUrn');
    const id = urn ? /ACoA[A-Za-z0-9_-]+/.exec(urn)?.[0] : undefined;
    if (id && memberId && id !== memberId) return true;
  }
  return false;
}

/**
 * The headline and location under the React card's name, by position: the
 * block holding the name is followed by the headline paragraph (then, on
 * some profiles, a "company · school" line) and by a group whose first line
 * is the location (beside "Contact info"). No class or text is relied on.
 */
function reactLines(card: Element, heading: Element): { headline: string | null; location: string | null } {
  let block: Element = heading;
  const followingLines = (element: Element) => {
    const lines: Element[] = [];
    for (let next = element.nextElementSibling; next; next = next.nextElementSibling) lines.push(next);
    return lines;
  };
  while (block.parentElement && block.parentElement !== card) {
    if (followingLines(block).some((sibling) => sibling.tagName === 'P' && !isDecoration(cleanText(sibling.textContent)))) break;
    block = block.parentElement;
  }
  const siblings = followingLines(block);
  const headlineLine = siblings.find((sibling) => sibling.tagName === 'P' && !isDecoration(cleanText(sibling.textContent)));
  const group = siblings.find((sibling) => sibling.tagName !== 'P' && sibling.querySelector('p'));
  const locationLine = group ? [...group.querySelectorAll('p')].find((p) => !p.querySelector('a') && !isDecoration(cleanText(p.textContent))) : undefined;
  return { headline: lineText(headlineLine, 500), location: lineText(locationLine, 200) };
}

/**
 * V4 2026 React top card (`[componentkey$="Topcard"]`), tied to the address:
 * its name is the h2 inside a link to `/in/<slug>/` (or, without such a link,
 * the card's only h2 when the card links `/in/<slug>/overlay/…`), and the
 * card's Message/Connect actions name the same member (the `ACoAA…` id in the
 * card's key, or the slug). A card about someone else (the previous profile
 * after an SPA navigation, a viewer's card) never matches.
 */
function fromReactTopCard(doc: Document, slug: string): Found {
  const cards = [...doc.querySelectorAll(any(reactTopCard))].filter((card) => !card.querySelector(any(reactTopCard)));
  for (const card of cards) {
    const memberId = /(ACoA[A-Za-z0-9_-]+)Topcard$/.exec(card.getAttribute('componentkey') ?? '')?.[1] ?? null;
    if (actionsDisagree(card, slug, memberId)) continue;
    const headings = [...card.querySelectorAll(any(reactTopCardName))];
    let heading = headings.find((h) => {
      const link = h.closest('a');
      return link !== null && card.contains(link) && linksProfileRoot(link, slug);
    });
    if (!heading && headings.length === 1) {
      const overlays = [...card.querySelectorAll('a[href*="/overlay/"]')].map((a) => entityFromHref(a.getAttribute('href'))?.slug);
      if (overlays.length > 0 && overlays.every((linked) => linked === slug)) heading = headings[0];
    }
    // Every profile link in the card must be this person's: another person's link means the card is not understood.
    const others = [...card.querySelectorAll('a[href*="/in/"]')].some((a) => {
      const linked = entityFromHref(a.getAttribute('href'));
      return linked?.kind === 'person' && linked.slug !== null && linked.slug !== slug;
    });
    const name = others ? null : lineText(heading, 200);
    if (!heading || name === null) continue;
    const { headline, location } = reactLines(card, heading);
    const company = lineText(card.querySelector(any(reactTopCardCompany))?.querySelector('p'), 200);
    let avatarUrl: string | null = null;
    for (const link of card.querySelectorAll('a[href*="/in/"]')) {
      if (link.contains(heading) || !linksProfileRoot(link, slug)) continue;
      const img = link.querySelector('img');
      avatarUrl = httpUrl(img?.getAttribute('src')) ?? null;
      if (avatarUrl) break;
    }
    return { name, headline, location, company, avatarUrl, heading };
  }
  return NONE;
}

/** The activity page's card about its owner, tied to the slug by its `/in/<slug>/` link. */
function fromActivityCard(doc: Document, slug: string): Found {
  const card = doc.querySelector(any(activityTopCard));
  if (!card) return NONE;
  const linked = [...card.querySelectorAll('a[href*="/in/"]')].some((a) => entityFromHref(a.getAttribute('href'))?.slug === slug);
  if (!linked) return NONE;
  const heading = card.querySelector(any(activityOwnerName));
  const name = lineText(heading, 200);
  return { name, headline: lineText(card.querySelector(any(activityOwnerHeadline)), 500), location: null, company: null, avatarUrl: avatarIn(card, name, []), heading };
}

/** V0 guest profile, tied to the slug by its canonical link. */
function fromGuestProfile(doc: Document, slug: string): Found {
  const canonical = entityFromHref(doc.querySelector(any(canonicalLink))?.getAttribute('href'));
  if (canonical?.kind !== 'person' || canonical.slug !== slug) return NONE;
  const heading = doc.querySelector(any(guestProfileName));
  const name = lineText(heading, 200);
  return {
    name,
    headline: lineText(doc.querySelector(any(guestProfileHeadline)), 500),
    location: lineText(doc.querySelector(any(guestProfileLocation)), 200),
    company: lineText(doc.querySelector(any(guestProfileCompany)), 200),
    avatarUrl: avatarIn(doc.documentElement, name, guestProfileAvatar),
    heading,
  };
}

function fromIslands(island: IslandProfile | null): Found {
  return island ? { ...island, company: null, heading: null } : NONE;
}

/** The vanity slug for an internal id, when the page shows it (islands, or the top card's own links). */
function resolveMemberId(doc: Document, memberId: string): string | null {
  const island = profileFromIslands(doc, { memberId });
  if (island) return island.slug;
  const slugs = new Set(topCardLinks(doc).map((l) => l.slug));
  return slugs.size === 1 ? [...slugs][0]! : null;
}

/** The slug a profile URL is about: its vanity slug, or the one an internal id resolves to on this page. */
export function profileSlugOnPage(doc: Document, url: UrlLike): { slug: string | null; internal: boolean } {
  const segment = profileSegment(url);
  if (segment === null) return { slug: null, internal: false };
  if (isInternalProfileId(segment)) return { slug: resolveMemberId(doc, segment), internal: true };
  // Anything else that is not a vanity slug (malformed encoding, too short) names nobody.
  return { slug: canonicalSlug(segment), internal: false };
}

function collect(doc: Document, slug: string): Found {
  const sources = [fromTopCard(doc, slug), fromReactTopCard(doc, slug), fromActivityCard(doc, slug), fromGuestProfile(doc, slug)];
  const dom = sources.find((s) => s.name !== null) ?? NONE;
  // Islands are read only when the DOM lacks something: they cost a string search per island.
  const complete = dom.name && dom.headline && dom.avatarUrl;
  const island = complete ? NONE : fromIslands(profileFromIslands(doc, { slug }));
  return {
    name: dom.name ?? island.name,
    headline: dom.headline ?? island.headline,
    location: dom.location ?? island.location,
    company: dom.company,
    avatarUrl: dom.avatarUrl ?? island.avatarUrl,
    heading: dom.heading,
  };
}

export function recognizeProfile(doc: Document, url: UrlLike): ProfileRecognition {
  const { slug, internal } = profileSlugOnPage(doc, url);
  if (slug === null) return { profile: null, problem: internal ? 'no-vanity-slug' : null };
  const found = collect(doc, slug);
  if (found.name === null) return { profile: null, problem: 'no-name' };
  return {
    profile: {
      slug,
      profileUrl: profileUrlFromSlug(slug),
      // Bounded as the schema requires, whichever source (DOM or island) the values came from.
      name: clip(found.name, 200),
      headline: found.headline === null ? null : clip(found.headline, 500),
      location: found.location === null ? null : clip(found.location, 200),
      company: found.company === null ? null : clip(found.company, 200),
      avatarUrl: httpUrl(found.avatarUrl),
    },
    problem: null,
  };
}

/**
 * The visible heading with the viewed person's name (to place UI beside it),
 * tied to the URL's slug like everything else here; null when there is none.
 */
export function findProfileNameHeading(doc: Document, url: UrlLike): Element | null {
  const { slug } = profileSlugOnPage(doc, url);
  if (slug === null) return null;
  return fromTopCard(doc, slug).heading ?? fromReactTopCard(doc, slug).heading ?? fromActivityCard(doc, slug).heading ?? fromGuestProfile(doc, slug).heading;
}
