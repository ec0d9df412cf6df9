import { describe, expect, it } from 'vitest';
import { HttpsUrl, LIMITS, TouchpointSchema } from '@/lib/model/schema';

describe('https URLs (avatars, posts)', () => {
  it.each([
    'https://media.licdn.com/dms/image/v2/abc/profile-displayphoto-shrink_100_100/0/1?e=1&v=beta',
    'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/',
  ])('accepts %s', (url) => {
    expect(HttpsUrl.safeParse(url).success).toBe(true);
  });

  it.each([
    ['plain http', 'http://www.linkedin.com/feed/'],
    ['a script', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<b>x</b>'],
    ['a relative path', '/feed/update/urn:li:activity:1/'],
    ['not a URL', 'linkedin dot com'],
    ['too long', `https://www.linkedin.com/${'a'.repeat(LIMITS.url)}`],
  ])('refuses %s', (_, url) => {
    const result = HttpsUrl.safeParse(url);
    expect(result.success).toBe(false);
  });

  it('names the problem on a touchpoint', () => {
    const result = TouchpointSchema.safeParse({
      id: 't1',
      contactId: 'in:jane-doe',
      type: 'like',
      focus: 'give',
      at: '2026-11-27T09:00:00.000Z',
      postUrl: 'http://www.linkedin.com/feed/',
      source: 'manual',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['postUrl'], message: 'must be an https URL' });
  });
});
