import { describe, expect, it } from 'vitest';
import * as detect from '@/lib/linkedin/page-detect';

/** One table keyed by detector: each accepts its own URLs and rejects every other detector's. */
const TABLE = {
  isProfile: detect.isProfileExamples,
  isFeed: detect.isFeedExamples,
  isPost: detect.isPostExamples,
  isActivity: detect.isActivityExamples,
  isSearch: detect.isSearchExamples,
  isMessaging: detect.isMessagingExamples,
  isCompany: detect.isCompanyExamples,
} as const;
const KIND = { isProfile: 'profile', isFeed: 'feed', isPost: 'post', isActivity: 'activity', isSearch: 'search', isMessaging: 'messaging', isCompany: 'company' } as const;
type Name = keyof typeof TABLE;
const names = Object.keys(TABLE) as Name[];

describe.each(names)('%s', (name) => {
  it.each(TABLE[name])('accepts %s', (url) => {
    expect(detect[name](url)).toBe(true);
    expect(detect.pageKind(url)).toBe(KIND[name]);
  });
  it.each(names.filter((other) => other !== name).flatMap((other) => TABLE[other]).concat(detect.otherExamples))('rejects %s', (url) => {
    expect(detect[name](url)).toBe(false);
  });
});

describe('pageKind', () => {
  it.each(detect.otherExamples)('%s is other', (url) => {
    expect(detect.pageKind(url)).toBe('other');
  });
  it('accepts URL objects and Location-like values', () => {
    expect(detect.pageKind(new URL('https://www.linkedin.com/feed/'))).toBe('feed');
    expect(detect.isProfile({ href: 'https://www.linkedin.com/in/jane-doe/' } as Location)).toBe(true);
  });
  it('tells the main profile page from its subpages', () => {
    expect(detect.isProfileMain('https://www.linkedin.com/in/jane-doe/')).toBe(true);
    expect(detect.isProfileMain('https://www.linkedin.com/in/jane-doe/details/experience/')).toBe(false);
  });
});
