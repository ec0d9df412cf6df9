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
  repostOriginal,
  v4ActorName,
  v4ControlMenu,
  v4HeaderRule,
} from '@/lib/linkedin/selectors';
import type { PostAuthor, RecognizedPost } from '@/lib/linkedin/types';

/**
 * Posts in the DOM, one per card, in every generation: Ember cards keyed by
 * their URN (2022–25), guest articles (2024–25), and the 2026 React feed,
 * which carries no URN and is keyed by its `componentkey` token.
 *
 * The author is the card's actor: never the person in a social-proof header
 * ("X likes this", "X commented on this"), never a commenter, never someone
 * mentioned in the text. A repost's author is the original's actor. A
 * sponsored post is a company's. When the author cannot be tied to a link,
 * it is null.
 */

const POST_ROOT = any(postRoot);
const URN = /urn:li:(activity|share|ugcPost):\d+/;

/** The outermost post card containing `element` (or being it), or null. */
export function postRootOf(element: Element): Element | null {
  let root = element.closest(POST_ROOT);
  for (let outer = root?.parentElement?.closest(POST_ROOT); outer; outer = outer.parentElement?.closest(POST_ROOT)) root = outer;
  return root;
}

/** Post cards under `scope` (and `scope` itself), outermost only, in document order. */
export function findPostRoots(scope: ParentNode): Element[] {
  const roots: Element[] = [];
  const self = (scope as Element).matches?.(POST_ROOT) ? [scope as Element] : [];
  for (const candidate of [...self, ...scope.querySelectorAll(POST_ROOT)]) {
    if (!candidate.parentElement?.closest(POST_ROOT)) roots.push(candidate);
  }
  return roots;
}

/** `urn:li:activity|share|ugcPost:<n>` the card states, or null (V4 states none). */
export function postUrn(root: Element): string | null {
  const card = root.querySelector('[data-urn]');
  for (const element of card ? [card, root] : [root]) {
    for (const attribute of postUrnAttributes) {
      const value = element.getAttribute(attribute);
      if (!value) continue;
      if (/^urn:li:(activity|share|ugcPost):\d+$/.test(value)) return value;
      // A sponsored update wraps the activity it promotes.
      if (value.startsWith('urn:li:sponsoredContentV2:')) return URN.exec(value)?.[0] ?? null;
    }
  }
  return null;
}

/** A stable key for the card: its URN, else the id it carries (aggregates), else the V4 `componentkey` token. */
export function postKey(root: Element): string | null {
  const urn = postUrn(root);
  if (urn) return urn;
  const id = root.getAttribute('data-id');
  if (id) return clip(id, 300);
  const component = root.getAttribute('componentkey');
  if (component) {
    // "expanded<token>FeedType_MAIN_FEED_RELEVANCE": the token names the post; the rest names its state and feed.
    const token = /^(?:expanded)?(.+?)(?:FeedType_\w+)?$/.exec(component)?.[1] ?? component;
    return clip(`componentkey:${token}`, 300);
  }
  return null;
}

interface Attribution {
  author: PostAuthor | null;
  /** Where the author's own content is: the reposted original, or the card. */
  scope: Element;
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
    return { author: author(entity, lineText(link, 200)), scope: original ?? root };
  }
  return { author: null, scope: original ?? root };
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

/** Ember (2022–25): the actor link by its BEM class, inside the reposted original when there is one. */
function emberAttribution(root: Element): Attribution | null {
  const original = root.querySelector(any(repostOriginal));
  const scope = original ?? root;
  const links = [...scope.querySelectorAll(any(emberActorLink))];
  if (links.length === 0) return null;
  const first = links[0]!;
  const entity = entityFromHref(first.getAttribute('href'));
  if (!entity) return { author: null, scope };
  // Both actor links (avatar, name) must point at the same entity, else the card is not understood.
  const others = links.map((l) => entityFromHref(l.getAttribute('href')));
  if (others.some((o) => !o || !(sameEntity(o, entity) || (o.slug === null && entity.slug === null)))) return { author: null, scope };
  const name = links.map(emberName).find((n) => n !== null) ?? null;
  const { sponsored, sponsor } = promotion(first.closest(any(emberActorBlock)) ?? first.parentElement);
  const found = author(entity, name);
  return { author: sponsored ? sponsoredAuthor(found, sponsor) : found, scope };
}

const controlMenuName = (root: Element): string | null => {
  const label = root.querySelector(any(v4ControlMenu))?.getAttribute('aria-label') ?? '';
  return cleanText(/^Open control menu for post by (.+)$/.exec(label)?.[1]);
};

/**
 * 2026 React feed: no classes to trust. The card's blocks follow its "Feed
 * post" heading; the block holding the control menu is a social-proof header
 * when a rule (`hr`) follows it, and the actor block comes after that rule;
 * otherwise it is the actor block itself.
 */
function v4Attribution(root: Element): Attribution | null {
  if (!root.hasAttribute('componentkey')) return null;
  const blocks = root.querySelector('h2')?.parentElement;
  if (!blocks) return { author: null, scope: root };
  const control = root.querySelector(any(v4ControlMenu));
  const children = [...blocks.children];
  const head =
    children.find((child) => control && child.contains(control)) ?? children.find((child) => child.tagName !== 'H2' && child.querySelector(any(entityLink)));
  if (!head) return { author: null, scope: root };
  const rule = head.nextElementSibling;
  const actorBlock = rule?.matches(any(v4HeaderRule)) ? rule.nextElementSibling : head;
  const link = actorBlock?.querySelector(any(entityLink));
  const entity = entityFromHref(link?.getAttribute('href'));
  if (!actorBlock || !entity) return { author: null, scope: root };
  let name: string | null = null;
  for (const candidate of actorBlock.querySelectorAll(any(entityLink))) {
    const other = entityFromHref(candidate.getAttribute('href'));
    if (!other || !sameEntity(other, entity)) continue;
    name = lineText(candidate.querySelector(any(v4ActorName)), 200);
    if (name) break;
  }
  // The control menu names the author too (English UI): a disagreement means the card is not understood.
  const labelled = controlMenuName(root);
  if (name === null || (labelled !== null && labelled !== name)) return { author: null, scope: root };
  const { sponsored, sponsor } = promotion(actorBlock);
  const found = author(entity, name);
  return { author: sponsored ? sponsoredAuthor(found, sponsor) : found, scope: root };
}

/** The card's author and where its text lives. */
export function attributePost(root: Element): Attribution {
  return guestAttribution(root) ?? emberAttribution(root) ?? v4Attribution(root) ?? { author: null, scope: root };
}

function textOf(scope: Element): string | null {
  for (const selector of postText) {
    const element = scope.querySelector(selector);
    if (element) return blockText(element, 2000);
  }
  return null;
}

/** Whether an Ember card has been rendered: occluded placeholders hold an empty div. */
const rendered = (root: Element) => root.querySelector('h2, p, span, a') !== null;

/** The post a card shows, or null when it is not rendered (occluded) or has no key. */
export function parsePost(root: Element): RecognizedPost | null {
  if (!rendered(root)) return null;
  const key = postKey(root);
  if (key === null) return null;
  const { author, scope } = attributePost(root);
  const urn = postUrn(root);
  // Sponsored ids on the root mark an ad even when no "Promoted" label is found.
  const sponsoredId = /sponsored/i.test(root.getAttribute('data-id') ?? '') || /sponsored/i.test(root.getAttribute('data-urn') ?? '');
  return { urn, key, author: sponsoredId ? sponsoredAuthor(author, null) : author, text: textOf(scope) };
}

/** Every rendered post under `scope`, once per key, in document order. */
export function parsePosts(scope: ParentNode): RecognizedPost[] {
  const posts: RecognizedPost[] = [];
  const keys = new Set<string>();
  for (const root of findPostRoots(scope)) {
    const post = parsePost(root);
    if (post && !keys.has(post.key)) {
      keys.add(post.key);
      posts.push(post);
    }
  }
  return posts;
}
