import type { PersonRef } from '@/lib/model/commands';
import type { PageContext } from '@/lib/linkedin/types';
import { personFromAuthor, personFromProfile } from '@/lib/contacts/person-ref';
import { postUrl, postUrnIn } from '@/lib/linkedin/post-identity';

/** Who a page is about, for the side panel. */
export type PageSubject =
  /** A profile (or a profile's activity page): that person, in Rapport or not. */
  | { kind: 'profile'; person: PersonRef }
  /** A single post: its author, shown only if they are in Rapport (a stranger's post is not about a relationship). */
  | { kind: 'post'; person: PersonRef; post: { urn: string | null; url: string | null } };

export function pageSubject(context: PageContext | null): PageSubject | null {
  if (!context) return null;
  const profilePerson = context.profile ? personFromProfile(context.profile) : null;
  if (profilePerson) return { kind: 'profile', person: profilePerson };
  if (context.page === 'post') {
    // The post the URL names; other posts on the page ("more from…") are not what the user opened.
    const urn = postUrnIn(context.url) ?? undefined;
    const post = context.posts.find((candidate) => urn !== undefined && candidate.urn === urn) ?? (context.posts.length === 1 ? context.posts[0] : undefined);
    const author = post ? personFromAuthor(post.author) : null;
    if (post && author) return { kind: 'post', person: author, post: { urn: post.urn, url: postUrl(post) } };
  }
  return null;
}


/** The people whose posts a page shows (a feed, search results), once each, in page order. */
export function postAuthors(context: PageContext | null, max = 50): PersonRef[] {
  const seen = new Set<string>();
  const authors: PersonRef[] = [];
  for (const post of context?.posts ?? []) {
    const author = personFromAuthor(post.author);
    if (!author || seen.has(author.profileUrl)) continue;
    seen.add(author.profileUrl);
    authors.push(author);
    if (authors.length === max) break;
  }
  return authors;
}
