import { cleanText, clip } from '@/lib/linkedin/dom-text';
import { entityFromHref } from '@/lib/linkedin/entity-url';
import { islandsContaining, stringAt, type Entity } from '@/lib/linkedin/json-islands';
import { postUrnIn } from '@/lib/linkedin/post-identity';
import type { PostAuthor, RecognizedPost } from '@/lib/linkedin/types';

/**
 * Feed posts from the JSON islands of a raw, unrendered Ember page
 * (feed/santos-sanz…: 2025, body is a boot skeleton). Each
 * `…feed.Update` entity names its actor (`actor.name.text`, link in
 * `actor.navigationContext.actionTarget`), its text (`commentary.text.text`)
 * and its activity in `entityUrn`. Headers ("X likes this") live in
 * `header` and are ignored; a reshared original is followed to its actor.
 */

const isUpdate = (e: Entity) => typeof e.$type === 'string' && e.$type.endsWith('feed.Update') && typeof e.entityUrn === 'string';

function actorOf(update: Entity): PostAuthor | null {
  const name = cleanText(stringAt(update, 'actor', 'name', 'text'));
  const entity = entityFromHref(stringAt(update, 'actor', 'navigationContext', 'actionTarget'));
  if (!name || !entity) return null;
  return { kind: entity.kind, name: clip(name, 200), slug: entity.slug, profileUrl: entity.profileUrl };
}

function originalOf(update: Entity, byUrn: Map<string, Entity>): Entity | null {
  const reference = stringAt(update, '*resharedUpdate') ?? stringAt(update, 'resharedUpdate', 'entityUrn');
  return reference ? (byUrn.get(reference) ?? null) : null;
}

export function postsFromIslands(doc: Document): RecognizedPost[] {
  const updates: Entity[] = [];
  for (const island of islandsContaining(doc, ['urn:li:fsd_update:'])) updates.push(...island.included.filter(isUpdate));
  const byUrn = new Map(updates.map((u) => [u.entityUrn as string, u]));
  const reshared = new Set(updates.map((u) => stringAt(u, '*resharedUpdate')).filter((u): u is string => u !== null));
  const posts: RecognizedPost[] = [];
  const keys = new Set<string>();
  for (const update of updates) {
    const id = update.entityUrn as string;
    if (reshared.has(id)) continue; // Shown inside its repost, not as a post of its own.
    const urn = postUrnIn(id);
    const key = urn ?? clip(id, 300);
    if (keys.has(key)) continue;
    keys.add(key);
    const source = originalOf(update, byUrn) ?? update;
    let author = actorOf(source);
    if (id.includes('sponsoredContent')) {
      // Sponsored posts are company posts: a person fronting the ad gives way to the named sponsor.
      const sponsor = cleanText(/^Promoted by (.+)$/.exec(cleanText(stringAt(update, 'actor', 'subDescription', 'text')) ?? '')?.[1]);
      if (author?.kind !== 'company') author = sponsor ? { kind: 'company', name: clip(sponsor, 200), slug: null, profileUrl: null } : null;
    }
    const text = stringAt(source, 'commentary', 'text', 'text');
    posts.push({ urn, key, author, text: text ? clip(text.trim(), 2000) : null });
  }
  return posts;
}
