import { describe, expect, it } from 'vitest';
import {
  canonicalProfileUrl,
  contactIdFromProfileUrl,
  isInternalProfileId,
  profileSlugFromUrl,
} from '@/lib/linkedin/profile-url';

describe('canonical profile URLs', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/Jane-Doe/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://linkedin.com/in/jane-doe/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://de.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/overlay/contact-info/#x', 'https://www.linkedin.com/in/jane-doe/'],
    ['/in/jane-doe/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/am%C3%A9lie-carnus-b9250721b', 'https://www.linkedin.com/in/amélie-carnus-b9250721b/'],
    ['https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-123/', 'https://www.linkedin.com/in/张伟-123/'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalProfileUrl(input)).toBe(expected);
  });

  it.each([
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://evil.example/in/jane-doe/',
    'https://www.linkedin.com.evil.example/in/jane-doe/',
    'javascript:alert(1)//www.linkedin.com/in/jane-doe',
    'https://www.linkedin.com/in/%E0%A4%A/', // malformed percent-encoding
    'https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUv/', // internal id, not a vanity slug
    'https://www.linkedin.com/in/a/', // too short
    'https://www.linkedin.com/in/-leading-hyphen/',
  ])('rejects %s', (input) => {
    expect(canonicalProfileUrl(input)).toBeNull();
  });

  it('derives the same contact id however the URL is written', () => {
    const ids = [
      'https://www.linkedin.com/in/am%C3%A9lie-x/',
      'https://www.linkedin.com/in/AM%C3%89LIE-X',
      'https://fr.linkedin.com/in/amélie-x/recent-activity/all/',
    ].map(contactIdFromProfileUrl);
    expect(new Set(ids)).toEqual(new Set(['in:amélie-x']));
  });

  it('recognises internal member ids, case-sensitively', () => {
    expect(isInternalProfileId('ACoAABcdEfGhIjKlMnOp')).toBe(true);
    expect(isInternalProfileId('acoaabcdefghijklmnop')).toBe(false);
    expect(profileSlugFromUrl('https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOp/')).toBeNull();
  });
});
