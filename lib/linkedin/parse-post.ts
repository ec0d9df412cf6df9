import { blockText, cleanText, clip, lineText } from '@/lib/linkedin/dom-text';
import { entityFromHref, sameEntity, type LinkedEntity } from '@/lib/linkedin/entity-url';
import {
  any,
  emberActorBlock,
  emberActorLink,
  emberActorName,
  emberActorSubDescription,
  entityLink,
  guestActorLink,
  postRoot,
  postText,
  postUrnAttributes,
  reactPostItem,
  reactPostLink,
  repostOriginal,
  commentButton,
  likeButton,
  repostButton,
  v4ActorName,
  v4ControlMenu,
  v4HeaderRule,
} from '@/lib/linkedin/selectors';
import { isPostUrn, postUrnIn, shortPostId } from '@/lib/linkedin/post-identity';
import { variantFinder } from '@/lib/linkedin/find';
import type { Trace } from '@/lib/linkedin/trace';
import type { PostAuthor, RecognizedPost } from '@/lib/linkedin/types';

/**
 * Posts in the DOM, one per card, in every generation: Ember cards keyed by
 * their URN (2022–25), guest articles (2024–25), and the 2026 React feed,
 * which carries no URN and is keyed by its `componentkey` token.
 *
 * The author is the card's actor: never the person in a social-proof header
 * ("X likes this", "X commented on this"), never a commenter, never someone
 * mentioned in the text. A plain repost's author is the original's actor; a
 * quote post's (its own commentary beside the original) is the outer actor. A
 * sponsored post is a company's. When the author cannot be tied to a link,
 * it is null.
 */

const URN_ROOT = any(postRoot);
const REACT_ITEM = any(reactPostItem);
const CONTROL_MENU = variantFinder(v4ControlMenu);
const SOCIAL_BAR = variantFinder([...likeButton, ...commentButton, ...repostButton]);

const COMMENTARY = any(postText);

/**
 * A 2026 React list item is a post only when it has a post's own parts: its
 * control menu ("Open control menu for post by …", or its overflow icon) and
 * its social action bar (Like, Comment or Repost) or its commentary.
 * Recommendation modules ("People to follow"), carousels of people and other
 * feed furniture are list items without them. Items inside (or around) an
 * Ember card are the Ember card's business.
 */
function isReactPost(element: Element): boolean {
  return (
    element.matches(REACT_ITEM) &&
    CONTROL_MENU.first(element) !== null &&
    (element.querySelector(COMMENTARY) !== null || SOCIAL_BAR.first(element) !== null) &&
    element.closest(URN_ROOT) === null &&
    element.querySelector(URN_ROOT) === null
  );
}

const isPostRoot = (element: Element): boolean => element.matches(URN_ROOT) || isReactPost(element);

/** The outermost post card containing `element` (or being it), or null. */
export function postRootOf(element: Element): Element | null {
  let root: Element | null = null;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if ((current.matches(URN_ROOT) || current.matches(REACT_ITEM)) && isPostRoot(current)) root = current;
  }
  return root;
}

/** Why a 2026 list item is not a post (for `--explain`). */
function whyNotReactPost(element: Element): string {
  if (CONTROL_MENU.first(element) === null) return 'reactPostItem without a control menu (v4ControlMenu): feed furniture';
  if (SOCIAL_BAR.first(element) === null && element.querySelector(COMMENTARY) === null) return 'reactPostItem with a control menu but neither a social bar (likeButton, commentButton, repostButton) nor commentary (postText)';
  return 'reactPostItem inside or around an Ember card (postRoot)';
}

/** Post cards under `scope` (and `scope` itself), outermost only, in document order. */
export function findPostRoots(scope: ParentNode, trace?: Trace): Element[] {
  const roots: Element[] = [];
  const self = (scope as Element).matches?.(`${URN_ROOT},${REACT_ITEM}`) ? [scope as Element] : [];
  for (const candidate of [...self, ...scope.querySelectorAll(`${URN_ROOT},${REACT_ITEM}`)]) {
    if (!isPostRoot(candidate)) {
      trace?.('card', false, whyNotReactPost(candidate), candidate);
      continue;
    }
    if (roots.some((root) => root.contains(candidate))) continue;
    // An enclosing card outside `scope` owns this one.
    let enclosed = false;
    for (let up = candidate.parentElement; up && !enclosed; up = up.parentElement) enclosed = (up.matches(URN_ROOT) || up.matches(REACT_ITEM)) && isPostRoot(up);
    if (!enclosed) roots.push(candidate);
  }
  return roots;
}

/** `urn:li:activity|share|ugcPost:<n>` the card states, or null (the 2026 feed states none). */
export function postUrn(root: Element): string | null {
  const card = root.querySelector('[data-urn]');
  for (const element of card ? [card, root] : [root]) {
    for (const attribute of postUrnAttributes) {
      const value = element.getAttribute(attribute);
      if (!value) continue;
      if (isPostUrn(value)) return value;
      // A sponsored update wraps the activity it promotes.
      if (value.startsWith('urn:li:sponsoredContentV2:')) return postUrnIn(value);
    }
  }
  if (root.matches(REACT_ITEM)) {
    // 2026 profile activity cards link their post: the Comment control and the text go to /feed/update/<urn>/.
    for (const selector of reactPostLink) {
      const urn = postUrnIn(root.querySelector(selector)?.getAttribute('href'));
      if (urn) return urn;
    }
  }
  return null;
}

/** The 2026 feed item's `componentkey` token: "expanded<token>FeedType_MAIN_FEED_RELEVANCE" names the post by its token; the rest is its state and feed. */
function feedToken(root: Element): string | null {
  const component = root.getAttribute('componentkey');
  if (!component || !/FeedType_/.test(component)) return null;
  return /^(?:expanded)?(.+?)(?:FeedType_\w+)?$/.exec(component)?.[1] ?? null;
}

/**
 * A stable key for the card: its URN; else the id it carries (aggregates);
 * else the 2026 feed's `componentkey` token (`componentkey:<token>`); else,
 * for a 2026 card with neither (its componentkey is a fresh UUID per
 * render), `content:<hash>`: 64-bit FNV-1a of the author's slug and the
 * post's text, the same across renders and reloads while the post is unchanged.
 */
export function postKey(root: Element, trace?: Trace): string | null {
  return postIdentity(root, trace).key;
}

/** A card's URN (or null) and key, read once: parsePost and the tracker reuse them instead of reading the card again. */
export interface PostIdentity {
  urn: string | null;
  key: string | null;
}

export function postIdentity(root: Element, trace?: Trace): PostIdentity {
  const urn = postUrn(root);
  return { urn, key: keyOf(root, urn, trace) };
}

function keyOf(root: Element, urn: string | null, trace?: Trace): string | null {
  if (urn) {
    if (trace) {
      const link = root.querySelector(any(reactPostLink));
      const stated = [root, root.querySelector('[data-urn]')].some((e) => e && postUrnAttributes.some((a) => postUrnIn(e.getAttribute(a))));
      trace('key', true, stated ? 'the post URN the card states in an attribute (postUrnAttributes)' : 'the post URN of the card\'s link to /feed/update/<urn>/ (reactPostLink)', stated ? root : link);
    }
    return urn;
  }
  const id = root.getAttribute('data-id');
  if (id) {
    trace?.('key', true, 'the card\'s data-id (not a post URN: an aggregate or sponsored update)');
    return clip(id, 300);
  }
  const token = feedToken(root);
  if (token) {
    trace?.('key', true, 'the 2026 feed item\'s componentkey token ("expanded<token>FeedType_…"): no URN on the card');
    return clip(`componentkey:${token}`, 300);
  }
  if (root.matches(REACT_ITEM)) {
    const { author, scope, exclude } = attributePost(root);
    const text = textOf(scope, exclude);
    if (author || text) {
      trace?.('key', true, 'content hash: FNV-1a of the author\'s slug and the post text (2026 card with neither URN nor feed token)');
      return `content:${shortPostId(`${author?.kind ?? ''}:${author?.slug ?? author?.name ?? ''}\n${text ?? ''}`)}`;
    }
  }
  trace?.('key', false, 'no URN, data-id, feed componentkey token, author or text: the card cannot be named');
  return null;
}

interface Attribution {
  author: PostAuthor | null;
  /** Where the author's own content is: the reposted original, or the card. */
  scope: Element;
  /** A quoted original inside `scope` whose text is not the post's (quote posts). */
  exclude?: Element;
  /** For `--explain`: the rule that gave the author, or why none was given (constant strings), and the link read. */
  rule?: string;
  at?: Element | null;
}

const author = (entity: LinkedEntity, name: string | null): PostAuthor | null =>
  name ? { kind: entity.kind, name: clip(name, 200), slug: entity.slug, profileUrl: entity.profileUrl } : null;

/** "Promoted" / "Promoted by X" under the actor (English UI); the sponsor when named. */
function promotion(block: Element | null): { sponsored: boolean; sponsor: string | null } {
  if (block) {
    for (const element of block.querySelectorAll(any([...emberActorSubDescription, 'p']))) {
      const match = /^Promoted(?: by (.+))?$/.exec(cleanText(element.textContent) ?? '');
      if (match) return { sponsored: true, sponsor: cleanText(match[1]) };
    }
  }
  return { sponsored: false, sponsor: null };
}

/** Sponsored posts are company posts: a person fronting an ad becomes the sponsor, or nobody. */
function sponsoredAuthor(found: PostAuthor | null, sponsor: string | null): PostAuthor | null {
  if (found?.kind === 'company') return found;
  return sponsor ? { kind: 'company', name: clip(sponsor, 200), slug: null, profileUrl: null } : null;
}

/** Guest pages (2024–25): tracking names mark the actor; a nested article is the reshared original. */
function guestAttribution(root: Element): Attribution | null {
  if (!root.hasAttribute('data-activity-urn')) return null;
  const links = root.querySelectorAll(any(guestActorLink));
  if (links.length === 0) return null;
  const original = root.querySelector('article[data-activity-urn]');
  for (const link of links) {
    const inOriginal = original?.contains(link) ?? false;
    const isReshareLink = link.getAttribute('data-tracking-control-name')?.startsWith('public_post_reshare') ?? false;
    if (original ? !inOriginal && !isReshareLink : inOriginal) continue;
    const entity = entityFromHref(link.getAttribute('href'));
    if (!entity) continue;
    return { author: author(entity, lineText(link, 200)), scope: original ?? root, rule: original ? 'guest post: the reshared original\'s guestActorLink' : 'guest post: its guestActorLink', at: link };
  }
  return { author: null, scope: original ?? root, rule: 'guest post: no guestActorLink of the right article links a person or organisation' };
}

/**
 * The name in an Ember actor link: the `aria-hidden` copy inside `span[dir=ltr]`
 * (V3) or the span itself (V1, V2). Not image alts: V3 writes "View <Name>’s graphic link" there.
 */
function emberName(link: Element): string | null {
  const span = link.querySelector(any(emberActorName));
  if (!span) return null;
  const visible = span.querySelector(':scope > span[aria-hidden="true"]');
  return lineText(visible ?? span, 200);
}

/** Whether `element` lies outside `original` (or there is no original). */
const outside = (original: Element | null) => (element: Element) => !original?.contains(element);

/**
 * A quote post ("repost with thoughts"): the card has its own actor and its own commentary
 * outside the reposted original. Its author is that outer actor – the card, its URN and its
 * Like button are the quoter's – as on 2026 cards and guest pages' outer article; only a plain
 * repost (no commentary of its own) is the original's.
 */
function isQuotePost(root: Element, original: Element): boolean {
  const mine = outside(original);
  return [...root.querySelectorAll(any(emberActorLink))].some(mine) && [...root.querySelectorAll(COMMENTARY)].some((text) => mine(text) && !text.contains(original) && blockText(text, 2000) !== null);
}

/** Ember (2022–25): the actor link by its BEM class, inside the reposted original when the card is a plain repost of it. */
function emberAttribution(root: Element): Attribution | null {
  const found = root.querySelector(any(repostOriginal));
  const quote = found !== null && isQuotePost(root, found);
  const original = quote ? null : found;
  const scope = original ?? root;
  const links = [...scope.querySelectorAll(any(emberActorLink))].filter(outside(quote ? found : null));
  if (links.length === 0) return null;
  const first = links[0]!;
  const entity = entityFromHref(first.getAttribute('href'));
  if (!entity) return { author: null, scope, rule: 'Ember: the emberActorLink does not link a person or organisation', at: first };
  // Both actor links (avatar, name) must point at the same entity, else the card is not understood.
  const others = links.map((l) => entityFromHref(l.getAttribute('href')));
  if (others.some((o) => !o || !(sameEntity(o, entity) || (o.slug === null && entity.slug === null)))) return { author: null, scope, rule: 'Ember: the emberActorLink links disagree', at: first };
  const name = links.map(emberName).find((n) => n !== null) ?? null;
  const { sponsored, sponsor } = promotion(first.closest(any(emberActorBlock)) ?? first.parentElement);
  const actor = author(entity, name);
  const rule = sponsored
    ? 'Ember: a sponsored card ("Promoted" in emberActorSubDescription): the company, else the named sponsor'
    : original
      ? 'Ember repost: the emberActorLink of the reposted original (repostOriginal), name in emberActorName'
      : quote
        ? 'Ember quote post: its own emberActorLink and commentary outside the quoted original (repostOriginal): the outer actor'
        : 'Ember: the emberActorLink, name in emberActorName';
  return { author: sponsored ? sponsoredAuthor(actor, sponsor) : actor, scope, exclude: quote ? found : undefined, rule: name ? rule : 'Ember: no emberActorName in the actor link', at: first };
}

const controlMenuName = (root: Element): string | null => {
  const label = CONTROL_MENU.first(root)?.getAttribute('aria-label') ?? '';
  return cleanText(/^Open control menu for post by (.+)$/.exec(label)?.[1]);
};

/**
 * Whether the control menu's label names `name` as a whole (the label reads "… post by <Name>" in
 * English, "… publicação de <Nome>", "Steuerungsmenü für Beitrag von <Name> öffnen", …): the name
 * is in it, not touching other letters. Language-independent, since only the name is compared.
 */
function labelNames(label: string | null, name: string): boolean {
  if (!label || name.length < 2) return false;
  const at = label.indexOf(name);
  if (at < 0) return false;
  const letter = /[\p{L}\p{N}]/u;
  return !letter.test(label.charAt(at - 1)) && !letter.test(label.charAt(at + name.length));
}

/**
 * The actor link of a 2026 block: a link to a person or organisation holding a paragraph (the
 * name; badges and degree follow). Context lines hold their links, not the other way round. A
 * build that wraps the name in something other than a paragraph (a span) is still read when the
 * link's whole text is the name the control menu's label gives for the post's author.
 */
function reactActor(block: Element, controlLabel: string | null): { entity: LinkedEntity; name: string; link: Element } | null {
  for (const link of block.querySelectorAll(any(entityLink))) {
    const entity = entityFromHref(link.getAttribute('href'));
    if (!entity) continue;
    const paragraph = lineText(link.querySelector(any(v4ActorName)), 200);
    const whole = paragraph ? null : lineText(link, 200);
    const name = paragraph ?? (whole && labelNames(controlLabel, whole) ? whole : null);
    if (name) return { entity, name, link };
  }
  return null;
}

/**
 * 2026 React cards (feed items and profile activity cards): no classes to
 * trust. The header is the block around the control menu, up to where the
 * post's own parts (text, social bar) begin. When a rule (`hr`) follows it,
 * it was a context line ("X reposted this", "X commented on this", "X and 72
 * others follow Y", in any language) and the actor block comes after the
 * rule; otherwise it is the actor block itself. The actor's link is the one
 * holding the name paragraph; every other person or organisation link of the
 * actor block must be the same entity. A quoted post inside the text has its
 * own actor, after the outer one: the outer author is the author.
 */
function v4Attribution(root: Element): Attribution | null {
  if (!root.matches(REACT_ITEM)) return null;
  const control = CONTROL_MENU.first(root);
  if (!control) return { author: null, scope: root, rule: 'V4: no control menu (v4ControlMenu) to find the header by' };
  // The post's own parts, found once; the header climbs while its parent holds none of them.
  const parts = [...root.querySelectorAll(COMMENTARY), ...SOCIAL_BAR.all(root)];
  let head: Element = control;
  while (head.parentElement && head.parentElement !== root && !parts.some((part) => head.parentElement!.contains(part))) head = head.parentElement;
  const hr = head.nextElementSibling;
  const context = hr?.matches(any(v4HeaderRule)) ?? false;
  const actorBlock = context ? hr!.nextElementSibling : head;
  const actor = actorBlock ? reactActor(actorBlock, control.getAttribute('aria-label')) : null;
  if (!actorBlock || !actor) return { author: null, scope: root, rule: 'V4: no entityLink holding a name paragraph (v4ActorName), or whose text the control menu\'s label names, in the actor block' };
  const others = [...actorBlock.querySelectorAll(any(entityLink))].map((link) => entityFromHref(link.getAttribute('href')));
  if (others.some((other) => other !== null && !sameEntity(other, actor.entity))) return { author: null, scope: root, rule: 'V4: the actor block links two different people or organisations', at: actor.link };
  // The control menu names the author too (English UI): a disagreement means the card is not understood.
  const labelled = controlMenuName(root);
  if (labelled !== null && labelled !== actor.name) return { author: null, scope: root, rule: 'V4: the control menu\'s "post by <name>" label disagrees with the actor link', at: actor.link };
  const { sponsored, sponsor } = promotion(actorBlock);
  const found = author(actor.entity, actor.name);
  const rule = sponsored
    ? 'V4: a sponsored card ("Promoted"): the company, else the named sponsor'
    : context
      ? 'V4: the header around the control menu is a context line closed by v4HeaderRule; the actor block after it: its entityLink holding the name (v4ActorName)'
      : 'V4: the header around the control menu (v4ControlMenu) is the actor block: its entityLink holding the name (v4ActorName)';
  return { author: sponsored ? sponsoredAuthor(found, sponsor) : found, scope: root, rule, at: actor.link };
}

/** The card's author and where its text lives. */
export function attributePost(root: Element): Attribution {
  return guestAttribution(root) ?? emberAttribution(root) ?? v4Attribution(root) ?? { author: null, scope: root };
}

function textOf(scope: Element, exclude?: Element): string | null {
  for (const selector of postText) {
    const element = exclude ? [...scope.querySelectorAll(selector)].find(outside(exclude)) : scope.querySelector(selector);
    if (element) return blockText(element, 2000);
  }
  return null;
}

/** Whether an Ember card has been rendered: occluded placeholders hold an empty div. */
const rendered = (root: Element) => root.querySelector('h2, p, span, a') !== null;

/** The post a card shows, or null when it is not rendered (occluded) or has no key. */
export function parsePost(root: Element, trace?: Trace, identity?: PostIdentity): RecognizedPost | null {
  if (!rendered(root)) {
    trace?.('card', false, 'not rendered (an occluded placeholder)', root);
    return null;
  }
  const { urn, key } = identity ?? postIdentity(root, trace);
  if (key === null) return null;
  const { author, scope, exclude, rule, at } = attributePost(root);
  // Sponsored ids on the root mark an ad even when no "Promoted" label is found.
  const sponsoredId = /sponsored/i.test(root.getAttribute('data-id') ?? '') || /sponsored/i.test(root.getAttribute('data-urn') ?? '');
  const found = sponsoredId ? sponsoredAuthor(author, null) : author;
  trace?.('author', found !== null, sponsoredId && found !== author ? 'a sponsored id on the card: the company, else nobody' : (rule ?? 'no author rule applies to this card'), at);
  return { urn, key, author: found, text: textOf(scope, exclude) };
}

/** Every rendered post under `scope`, once per key, in document order. */
export function parsePosts(scope: ParentNode, trace?: Trace): RecognizedPost[] {
  const posts: RecognizedPost[] = [];
  const keys = new Set<string>();
  for (const root of findPostRoots(scope, trace)) {
    trace?.('card', true, root.matches(URN_ROOT) ? 'postRoot' : 'reactPostItem with a control menu (v4ControlMenu) and a social bar or commentary (postText)', root);
    const post = parsePost(root, trace);
    if (post && !keys.has(post.key)) {
      keys.add(post.key);
      posts.push(post);
    } else if (post) trace?.('card', false, 'the same key as an earlier card: counted once', root);
  }
  return posts;
}
