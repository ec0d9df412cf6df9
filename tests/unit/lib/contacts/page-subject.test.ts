import { describe, expect, it } from 'vitest';
import { pageSubject, postAuthors } from '@/lib/contacts/page-subject';
import type { PageContext, RecognizedPost } from '@/lib/linkedin/types';

const person = (slug: string, name: string) => ({ kind: 'person' as const, name, slug, profileUrl: `https://www.linkedin.com/in/${slug}/` });
const company = { kind: 'company' as const, name: 'Acme', slug: null, profileUrl: null };
const post = (n: number, author: RecognizedPost['author']): RecognizedPost => ({ urn: `urn:li:activity:${n}`, key: `urn:li:activity:${n}`, author, text: null });
const context = (fields: Partial<PageContext>): PageContext => ({ url: 'https://www.linkedin.com/feed/', page: 'feed', profile: null, posts: [], degraded: null, ...fields });

describe('who a page is about (side panel)', () => {
  it('is the person of a profile page', () => {
    const subject = pageSubject(
      context({
        url: 'https://www.linkedin.com/in/jane-doe/',
        page: 'profile',
        profile: { slug: 'jane-doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe', headline: 'CTO', location: null, company: null, avatarUrl: null },
      }),
    );
    expect(subject).toEqual({ kind: 'profile', person: { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe', headline: 'CTO' } });
  });

  it('is the author of the post a single-post URL names, not the other posts on the page', () => {
    const subject = pageSubject(
      context({ url: 'https://www.linkedin.com/feed/update/urn:li:activity:2/', page: 'post', posts: [post(1, person('sam-lee', 'Sam Lee')), post(2, person('jane-doe', 'Jane Doe'))] }),
    );
    expect(subject).toEqual({
      kind: 'post',
      person: { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' },
      post: { urn: 'urn:li:activity:2', url: 'https://www.linkedin.com/feed/update/urn:li:activity:2/' },
    });
  });

  it.each([
    ['no page', null],
    ['a feed', context({ posts: [post(1, person('sam-lee', 'Sam Lee'))] })],
    ['a company’s post', context({ url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', page: 'post', posts: [post(1, company)] })],
    ['a post page whose post is not recognised', context({ url: 'https://www.linkedin.com/feed/update/urn:li:activity:9/', page: 'post', posts: [] })],
    ['a degraded profile', context({ url: 'https://www.linkedin.com/in/jane-doe/', page: 'profile', degraded: 'profile name not found' })],
  ])('is nobody on %s', (_, page) => {
    expect(pageSubject(page)).toBeNull();
  });

  it('lists the people whose posts a feed shows, once each, without companies', () => {
    const authors = postAuthors(context({ posts: [post(1, person('sam-lee', 'Sam Lee')), post(2, company), post(3, person('jane-doe', 'Jane Doe')), post(4, person('sam-lee', 'Sam Lee'))] }));
    expect(authors.map((author) => author.name)).toEqual(['Sam Lee', 'Jane Doe']);
  });
});
