import { describe, expect, it } from 'vitest';
import { pagePostAuthorIds, pagePostsByContacts } from '@/lib/contacts/page-posts';
import { showsPagePosts } from '@/lib/contacts/post-pages';
import type { PageContext, RecognizedPost } from '@/lib/linkedin/types';
import type { Contact } from '@/lib/model/schema';
import type { Timestamp } from '@/lib/time/instant';

/** The popup's and side panel's list of posts on the page by people in Rapport: due and overdue first. */

const NOW = '2026-12-03T09:00:00.000Z' as Timestamp;
const person = (slug: string) => ({ kind: 'person' as const, name: slug, slug, profileUrl: `https://www.linkedin.com/in/${slug}/` });
const post = (key: string, author: RecognizedPost['author']): RecognizedPost => ({ urn: null, key, author, text: null });
const contact = (slug: string, times: Partial<Pick<Contact, 'dueAt' | 'overdueAt' | 'snoozedUntil' | 'circle'>>): Contact =>
  ({ id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: slug, circle: 'key', tags: [], createdAt: NOW, updatedAt: NOW, circleSince: NOW, ...times }) as Contact;

const ok = { dueAt: '2026-12-20T00:00:00.000Z', overdueAt: '2026-12-30T00:00:00.000Z' } as const;
const due = { dueAt: '2026-12-01T00:00:00.000Z', overdueAt: '2026-12-10T00:00:00.000Z' } as const;
const overdue = { dueAt: '2026-11-01T00:00:00.000Z', overdueAt: '2026-11-20T00:00:00.000Z' } as const;

describe('posts by people in Rapport', () => {
  const posts = [
    post('k1', person('ok-olga')),
    post('k2', person('stranger-sam')),
    post('k3', { kind: 'company', name: 'Acme', slug: null, profileUrl: null }),
    post('k4', person('due-dan')),
    post('k5', person('overdue-omar')),
    post('k6', person('ok-olga')),
    post('k7', null),
    post('k8', person('due-dina')),
  ];
  const contacts = [contact('ok-olga', ok), contact('due-dan', due), contact('overdue-omar', overdue), contact('due-dina', due)];

  it('asks only for the people (not companies) the page shows, each once', () => {
    expect(pagePostAuthorIds(posts)).toEqual(['in:ok-olga', 'in:stranger-sam', 'in:due-dan', 'in:overdue-omar', 'in:due-dina']);
  });

  it('lists overdue, then due, then the rest, each in page order; strangers, companies and unknown authors left out', () => {
    const rows = pagePostsByContacts(posts, contacts, NOW);
    expect(rows.map((row) => [row.post.key, row.status])).toEqual([
      ['k5', 'overdue'],
      ['k4', 'due'],
      ['k8', 'due'],
      ['k1', 'ok'],
      ['k6', 'ok'],
    ]);
  });

  it('puts a snoozed person with the rest, however late', () => {
    const rows = pagePostsByContacts([post('a', person('ok-olga')), post('b', person('overdue-omar'))], [contact('ok-olga', ok), contact('overdue-omar', { ...overdue, snoozedUntil: '2026-12-05T00:00:00.000Z' as Timestamp })], NOW);
    expect(rows.map((row) => row.status)).toEqual(['ok', 'snoozed']);
  });

  it('is shown on feed, post and activity pages with posts only', () => {
    const context = (page: PageContext['page'], posts: RecognizedPost[]): PageContext => ({ url: 'https://www.linkedin.com/feed/', page, profile: null, posts, degraded: null });
    expect(showsPagePosts(context('feed', posts))).toBe(true);
    expect(showsPagePosts(context('activity', posts))).toBe(true);
    expect(showsPagePosts(context('post', posts))).toBe(true);
    expect(showsPagePosts(context('feed', []))).toBe(false);
    expect(showsPagePosts(context('profile', posts))).toBe(false);
    expect(showsPagePosts(context('messaging', posts))).toBe(false);
    expect(showsPagePosts(null)).toBe(false);
  });
});
