import { dueStatus, type DueStatus } from '@/lib/cadence/due-status';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import type { RecognizedPost } from '@/lib/linkedin/types';
import type { Contact } from '@/lib/model/schema';
import type { Timestamp } from '@/lib/time/instant';

/** A post on the page whose author is in Rapport, with where that relationship stands. */
export interface PagePost {
  post: RecognizedPost;
  contact: Contact;
  status: DueStatus;
}

/** The contact ids of the people (never companies) whose posts the page shows, each once, in page order. */
export function pagePostAuthorIds(posts: readonly RecognizedPost[]): string[] {
  const ids = new Set<string>();
  for (const post of posts) {
    const author = post.author;
    if (author?.kind !== 'person' || !author.profileUrl) continue;
    const id = contactIdFromProfileUrl(author.profileUrl);
    if (id) ids.add(id);
  }
  return [...ids];
}

const RANK: Record<DueStatus, number> = { overdue: 0, due: 1, ok: 2, snoozed: 2, untracked: 2 };

/**
 * The page's posts by people in Rapport: overdue first, then due, then the
 * rest, each group in the order the page shows them. Posts by people not in
 * Rapport, and company posts, are left out.
 */
export function pagePostsByContacts(posts: readonly RecognizedPost[], contacts: readonly Contact[], now: Timestamp): PagePost[] {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const rows: Array<PagePost & { order: number }> = [];
  posts.forEach((post, order) => {
    const author = post.author;
    if (author?.kind !== 'person' || !author.profileUrl) return;
    const contact = byId.get(contactIdFromProfileUrl(author.profileUrl) ?? '');
    if (contact) rows.push({ post, contact, status: dueStatus(contact, now), order });
  });
  rows.sort((a, b) => RANK[a.status] - RANK[b.status] || a.order - b.order);
  return rows.map(({ post, contact, status }) => ({ post, contact, status }));
}
