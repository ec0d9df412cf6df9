import { cleanText, clip, lineText } from '@/lib/linkedin/dom-text';
import { entityFromHref } from '@/lib/linkedin/entity-url';
import { jsonLdPersonName } from '@/lib/linkedin/json-ld-person';
import { profileFromIslands, type IslandProfile } from '@/lib/linkedin/island-profile';
import type { UrlLike } from '@/lib/linkedin/page-detect';
import { memberIdFromComposeHref } from '@/lib/linkedin/message-url';
import { canonicalSlug, isInternalProfileId, MEMBER_ID_RE, profileUrlFromSlug } from '@/lib/linkedin/profile-url';
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
import type { Trace } from '@/lib/linkedin/trace';
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

type Field = 'name' | 'headline' | 'location' | 'company' | 'avatarUrl';
interface Found {
  name: string | null;
  headline: string | null;
  location: string | null;
  company: string | null;
  avatarUrl: string | null;
  heading: Element | null;
  /** The V4 card's member id (`ACoAA…`): LinkedIn's composer names the recipient by it (lib/linkedin/message-url.ts). */
  memberId?: string | null;
  /** For `--explain`: the rule behind each field this source read, and the elements read (constant strings: free when no one traces). */
  rules?: Partial<Record<Field, string>>;
  at?: Partial<Record<Field, Element | null>>;
}

const NONE: Found = { name: null, headline: null, location: null, company: null, avatarUrl: null, heading: null };
const FIELDS: readonly Field[] = ['name', 'headline', 'location', 'company', 'avatarUrl'];

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
const TOP_CARD_RULES = {
  name: 'V2/V3 top card: profileName inside the card (profileTopCard) holding a link /in/<slug>/overlay/… (profileTopCardLink), else that link\'s aria-label',
  headline: 'V2/V3 top card: profileHeadline',
  location: 'V2/V3 top card: profileLocation',
  company: 'V2/V3 top card: profileCurrentCompany, else a button whose aria-label starts with a CURRENT_COMPANY_LABELS entry',
  avatarUrl: 'V2/V3 top card: the img whose alt is the name, else profileAvatar',
};

function fromTopCard(doc: Document, slug: string, trace?: Trace): Found {
  const links = topCardLinks(doc);
  if (trace && !links.some((l) => l.slug === slug)) trace('name', false, `V2/V3 top card: no link /in/<slug>/overlay/… (profileTopCardLink) names this slug (${links.length} name others)`);
  for (const { link, slug: linked } of links) {
    if (linked !== slug) continue;
    const card = link.closest(any(profileTopCard));
    const heading = (card ?? link).querySelector(any(profileName));
    // V3 labels the about-this-profile link with the name itself.
    const label = link.getAttribute('href')?.includes('/overlay/about-this-profile/') ? cleanText(link.getAttribute('aria-label')) : null;
    const labelled = label === null ? null : clip(label, 200);
    const name = lineText(heading, 200) ?? labelled;
    if (name === null) {
      trace?.('name', false, 'V2/V3 top card: the overlay link has neither a profileName heading nor an about-this-profile aria-label', link);
      continue;
    }
    const headlineAt = card?.querySelector(any(profileHeadline)) ?? null;
    const locationAt = card?.querySelector(any(profileLocation)) ?? null;
    return {
      name,
      headline: lineText(headlineAt, 500),
      location: lineText(locationAt, 200),
      company: card ? labelledCompany(card) : null,
      avatarUrl: card ? avatarIn(card, name, profileAvatar) : null,
      heading: heading && lineText(heading, 200) ? heading : null,
      rules: TOP_CARD_RULES,
      at: { name: heading && lineText(heading, 200) ? heading : link, headline: headlineAt, location: locationAt },
    };
  }
  return NONE;
}

/** The V2/V3 current-company button, by its label in any of LinkedIn's main UI languages; its visible text is the company. */
function labelledCompany(card: Element): string | null {
  const english = card.querySelector(any(profileCurrentCompany));
  if (english) return lineText(english, 200);
  for (const button of card.querySelectorAll('button[aria-label]')) {
    // French puts a no-break space before the colon ("Entreprise actuelle\u00a0\u00a0:", seen in search/Ecmosplasmidou… 2025-03): any space reads as one.
    const label = (button.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ');
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
function reactLines(card: Element, heading: Element): { headline: string | null; location: string | null; at: Partial<Record<Field, Element | undefined>> } {
  const followingLines = (element: Element) => {
    const lines: Element[] = [];
    for (let next = element.nextElementSibling; next; next = next.nextElementSibling) lines.push(next);
    return lines;
  };
  const isLine = (element: Element) => element.tagName === 'P' && !isDecoration(cleanText(element.textContent));
  const headlineAfter = (block: Element) => followingLines(block).find(isLine);
  const groupAfter = (line: Element) => followingLines(line).find((sibling) => sibling.tagName !== 'P' && sibling.querySelector('p'));
  // The block holding the name: the ancestor of the heading that a headline paragraph follows. The name's
  // own line may carry more paragraphs than decorations ("· 1st"), such as pronouns ("He/Him"), so the
  // block is the first one whose headline is itself followed by the location group; without any such
  // level (no location shown), the first one followed by a paragraph at all.
  let first: Element | null = null;
  let block: Element | null = null;
  for (let level: Element = heading; level.parentElement && level !== card; level = level.parentElement) {
    const line = headlineAfter(level);
    if (!line) continue;
    first ??= level;
    if (groupAfter(line)) {
      block = level;
      break;
    }
  }
  block ??= first;
  const headlineLine = block ? headlineAfter(block) : undefined;
  const group = headlineLine ? groupAfter(headlineLine) : undefined;
  const locationLine = group ? [...group.querySelectorAll('p')].find((p) => !p.querySelector('a') && !isDecoration(cleanText(p.textContent))) : undefined;
  return { headline: lineText(headlineLine, 500), location: lineText(locationLine, 200), at: { headline: headlineLine, location: locationLine } };
}

/**
 * V4 2026 React top card (`[componentkey$="Topcard"]`), tied to the address:
 * its name is the h2 inside a link to `/in/<slug>/` (or, without such a link,
 * the card's only h2 when the card links `/in/<slug>/overlay/…`), and the
 * card's Message/Connect actions name the same member (the `ACoAA…` id in the
 * card's key, or the slug). A card about someone else (the previous profile
 * after an SPA navigation, a viewer's card) never matches.
 */
const REACT_RULES = {
  name: 'V4 React top card (reactTopCard): its reactTopCardName inside a link to /in/<slug>/ (or its only one when every /overlay/ link names the slug); the card\'s Message/Connect (reactMemberAction) agree',
  headline: 'V4 React top card: the first paragraph after the block holding the name (by position; past paragraphs on the name\'s own line such as pronouns, when a location group follows)',
  location: 'V4 React top card: the first link-less paragraph of the group after the headline (by position)',
  company: 'V4 React top card: reactTopCardCompany (icon company-accent-*, any language)',
  avatarUrl: 'V4 React top card: the img inside another link to /in/<slug>/',
};

/** The one member the card's Message links write to (each action appears twice); null when none, or when they name different people. */
function messageRecipient(card: Element): string | null {
  const ids = new Set<string | null>();
  for (const link of card.querySelectorAll('a[href*="/messaging/compose/"]')) ids.add(memberIdFromComposeHref(link.getAttribute('href')));
  return ids.size === 1 ? [...ids][0]! : null;
}

/** The 2026 top card's member id: the `ACoAA…` in its key. */
export const reactCardMemberId = (card: Element): string | null => /(ACoA[A-Za-z0-9_-]+)Topcard$/.exec(card.getAttribute('componentkey') ?? '')?.[1] ?? null;

function fromReactTopCard(doc: Document, slug: string, trace?: Trace): Found {
  const cards = [...doc.querySelectorAll(any(reactTopCard))].filter((card) => !card.querySelector(any(reactTopCard)));
  if (trace && cards.length === 0) trace('name', false, 'V4 React top card: no reactTopCard on the page');
  for (const card of cards) {
    const memberId = reactCardMemberId(card);
    if (actionsDisagree(card, slug, memberId)) {
      trace?.('name', false, 'V4 React top card: its Message/Connect (reactMemberAction) name another member than the card key or the address', card);
      continue;
    }
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
    if (!heading || name === null) {
      trace?.('name', false, others ? 'V4 React top card: links another person (/in/<other>/), so it is not understood' : 'V4 React top card: no reactTopCardName tied to /in/<slug>/', card);
      continue;
    }
    const { headline, location, at } = reactLines(card, heading);
    const companyAt = card.querySelector(any(reactTopCardCompany));
    const company = lineText(companyAt?.querySelector('p'), 200);
    let avatarUrl: string | null = null;
    for (const link of card.querySelectorAll('a[href*="/in/"]')) {
      if (link.contains(heading) || !linksProfileRoot(link, slug)) continue;
      const img = link.querySelector('img');
      avatarUrl = httpUrl(img?.getAttribute('src')) ?? null;
      if (avatarUrl) break;
    }
    // The card's key names the member; a card without one may still carry its Message link's recipient (the same id, checked above).
    const cardMember = memberId ?? messageRecipient(card);
    if (memberId) trace?.('memberId', true, 'V4 React top card: the ACoA… id in its componentkey (reactTopCard), not contradicted by its Message link', card);
    else if (cardMember) trace?.('memberId', true, 'V4 React top card: the recipient of its one Message link (reactMemberAction), agreeing with its profileUrn', card);
    return { name, headline, location, company, avatarUrl, heading, memberId: cardMember, rules: REACT_RULES, at: { name: heading, ...at, company: companyAt } };
  }
  return NONE;
}

/** The activity page's card about its owner, tied to the slug by its `/in/<slug>/` link. */
const ACTIVITY_RULES = {
  name: 'activity page card (activityTopCard) linking /in/<slug>/: activityOwnerName',
  headline: 'activity page card: activityOwnerHeadline',
  avatarUrl: 'activity page card: the img whose alt is the name',
};

function fromActivityCard(doc: Document, slug: string, trace?: Trace): Found {
  const card = doc.querySelector(any(activityTopCard));
  if (!card) {
    trace?.('name', false, 'activity page card: no activityTopCard');
    return NONE;
  }
  const linked = [...card.querySelectorAll('a[href*="/in/"]')].some((a) => entityFromHref(a.getAttribute('href'))?.slug === slug);
  if (!linked) {
    trace?.('name', false, 'activity page card: activityTopCard does not link /in/<slug>/', card);
    return NONE;
  }
  const heading = card.querySelector(any(activityOwnerName));
  const name = lineText(heading, 200);
  const headlineAt = card.querySelector(any(activityOwnerHeadline));
  return { name, headline: lineText(headlineAt, 500), location: null, company: null, avatarUrl: avatarIn(card, name, []), heading, rules: ACTIVITY_RULES, at: { name: heading, headline: headlineAt } };
}

/** V0 guest profile, tied to the slug by its canonical link. */
const GUEST_RULES = {
  name: 'V0 guest profile whose canonicalLink is /in/<slug>/: guestProfileName',
  headline: 'V0 guest profile: guestProfileHeadline',
  location: 'V0 guest profile: guestProfileLocation',
  company: 'V0 guest profile: guestProfileCompany',
  avatarUrl: 'V0 guest profile: the img whose alt is the name, else guestProfileAvatar',
};

function fromGuestProfile(doc: Document, slug: string, trace?: Trace): Found {
  const canonical = entityFromHref(doc.querySelector(any(canonicalLink))?.getAttribute('href'));
  if (canonical?.kind !== 'person' || canonical.slug !== slug) {
    trace?.('name', false, `V0 guest profile: ${canonical ? 'canonicalLink names another page' : 'no canonicalLink to a profile'}`);
    return NONE;
  }
  const heading = doc.querySelector(any(guestProfileName));
  if (!heading) return fromGuestJsonLd(doc, slug, trace);
  const name = lineText(heading, 200);
  const at = { name: heading, headline: doc.querySelector(any(guestProfileHeadline)), location: doc.querySelector(any(guestProfileLocation)), company: doc.querySelector(any(guestProfileCompany)) };
  return {
    name,
    headline: lineText(at.headline, 500),
    location: lineText(at.location, 200),
    company: lineText(at.company, 200),
    avatarUrl: avatarIn(doc.documentElement, name, guestProfileAvatar),
    heading,
    rules: GUEST_RULES,
    at,
  };
}

const GUEST_JSON_LD_RULES = {
  name: 'guest profile whose canonicalLink is /in/<slug>/: the JSON-LD Person at /in/<slug>/, shown as the page\'s h1',
  headline: 'guest profile (JSON-LD): the heading right after the name\'s h1 (by position)',
  location: 'guest profile (JSON-LD): the first item of the line after the headline (by position)',
  avatarUrl: 'guest profile (JSON-LD): the img whose alt is the name',
};

/**
 * A logged-out profile of 2020s builds (no V0 microformats): the JSON-LD names the person at the
 * slug, and an h1 shows that very name. Headline and location are read by position after it.
 */
function fromGuestJsonLd(doc: Document, slug: string, trace?: Trace): Found {
  const stated = jsonLdPersonName(doc, slug);
  const heading = stated ? [...doc.querySelectorAll('h1')].find((h1) => lineText(h1, 200) === stated) ?? null : null;
  if (!heading) {
    trace?.('name', false, stated ? 'guest profile: no h1 shows the name its JSON-LD Person gives' : 'guest profile: neither guestProfileName nor a JSON-LD Person at /in/<slug>/');
    return NONE;
  }
  const headlineAt = heading.nextElementSibling?.matches('h2, h3') ? heading.nextElementSibling : null;
  const locationAt = headlineAt?.nextElementSibling?.firstElementChild ?? null;
  return {
    name: stated,
    headline: lineText(headlineAt, 500),
    location: lineText(locationAt, 200),
    company: null,
    avatarUrl: avatarIn(doc.documentElement, stated, []),
    heading,
    rules: GUEST_JSON_LD_RULES,
    at: { name: heading, headline: headlineAt, location: locationAt },
  };
}

const ISLAND_RULE = 'JSON island (jsonIsland): the profile entity whose publicIdentifier is the slug';
const ISLAND_RULES = { name: ISLAND_RULE, headline: ISLAND_RULE, location: ISLAND_RULE, avatarUrl: ISLAND_RULE };

function fromIslands(island: IslandProfile | null): Found {
  return island ? { ...island, company: null, heading: null, rules: ISLAND_RULES } : NONE;
}

/** The vanity slug for an internal id, when the page shows it (islands, or the top card's own links). */
function resolveMemberId(doc: Document, memberId: string, trace?: Trace): string | null {
  const island = profileFromIslands(doc, { memberId });
  if (island) {
    trace?.('slug', true, 'the internal id in the URL, resolved by the JSON island (jsonIsland) whose entityUrn ends in it');
    return island.slug;
  }
  const slugs = new Set(topCardLinks(doc).map((l) => l.slug));
  trace?.('slug', slugs.size === 1, `the internal id in the URL, resolved by the top card's /overlay/ links (profileTopCardLink): ${slugs.size} slug(s) found, exactly 1 needed`);
  return slugs.size === 1 ? [...slugs][0]! : null;
}

/** The slug a profile URL is about: its vanity slug, or the one an internal id resolves to on this page. */
export function profileSlugOnPage(doc: Document, url: UrlLike, trace?: Trace): { slug: string | null; internal: boolean } {
  const segment = profileSegment(url);
  if (segment === null) return { slug: null, internal: false };
  if (isInternalProfileId(segment)) return { slug: resolveMemberId(doc, segment, trace), internal: true };
  // Anything else that is not a vanity slug (malformed encoding, too short) names nobody.
  const slug = canonicalSlug(segment);
  trace?.('slug', slug !== null, slug ? 'the URL path /in/<slug>/ (the address is the identity)' : 'the URL path /in/<segment>/ is not a vanity slug');
  return { slug, internal: false };
}

function collect(doc: Document, slug: string, trace?: Trace): Found {
  const sources = [fromTopCard(doc, slug, trace), fromReactTopCard(doc, slug, trace), fromActivityCard(doc, slug, trace), fromGuestProfile(doc, slug, trace)];
  const dom = sources.find((s) => s.name !== null) ?? NONE;
  // Islands are read only when the DOM lacks something: they cost a string search per island.
  const complete = dom.name && dom.headline && dom.avatarUrl;
  const island = complete ? NONE : fromIslands(profileFromIslands(doc, { slug }));
  if (trace) {
    for (const field of FIELDS) {
      const from = dom[field] !== null ? dom : field !== 'company' && island[field] !== null ? island : null;
      if (from) trace(field, true, from.rules?.[field] ?? '?', from.at?.[field] ?? null);
      else trace(field, false, `nothing found${dom.rules ? ` (${dom.rules[field] ?? 'the source that gave the name has no rule for it'})` : ''}${complete || field === 'company' ? '' : '; JSON islands hold none'}`);
    }
  }
  return {
    name: dom.name ?? island.name,
    headline: dom.headline ?? island.headline,
    location: dom.location ?? island.location,
    company: dom.company,
    avatarUrl: dom.avatarUrl ?? island.avatarUrl,
    heading: dom.heading,
    memberId: dom.memberId ?? null,
  };
}

export function recognizeProfile(doc: Document, url: UrlLike, trace?: Trace): ProfileRecognition {
  const { slug, internal } = profileSlugOnPage(doc, url, trace);
  if (slug === null) return { profile: null, problem: internal ? 'no-vanity-slug' : null };
  const found = collect(doc, slug, trace);
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
      // An id of an unexpected shape is dropped, never fatal: the person is still recognised by the address.
      ...(found.memberId && MEMBER_ID_RE.test(found.memberId) ? { memberId: found.memberId } : {}),
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
