import { describe, expect, it } from 'vitest';
import { composeMessageUrl, memberIdFromComposeHref, messageTarget } from '@/lib/linkedin/message-url';
import { hasRealPages, real } from './fixtures';

/** The real 2026 profiles: each top card's Message link, and the member its key names. */
const REAL_PROFILES = [
  ['profile/yennanliu__linkedin-skill__profile_snapshot.html', 'ACoAABh9v68Bm16HDjm0-a6jbdpj5Qh3u4qatd0'],
  ['profile/yennanliu__linkedin-skill__tmp_profile_1.html', 'ACoAACxrwp8BMKDI7TuCbTzmgVxdLCQEDgtBJVA'],
  ['profile/yennanliu__linkedin-skill__tmp_profile_4.html', 'ACoAACXzuJIBY3FnoQ2i3if7Y0TwotjH0b_5Nc8'],
] as const;

describe.runIf(hasRealPages)('the composer address against the real profiles’ Message links', () => {
  it.each(REAL_PROFILES)('%s', (file, memberId) => {
    const card = real(file).querySelector(`[componentkey$="${memberId}Topcard"]`)!;
    const links = [...card.querySelectorAll('a[href*="/messaging/compose/"]')].map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      expect(memberIdFromComposeHref(href)).toBe(memberId);
      // Rapport's address is LinkedIn's own link without its screen and overlay hints.
      const linkedIn = new URL(href, 'https://www.linkedin.com');
      const ours = new URL(composeMessageUrl(memberId));
      expect(ours.origin + ours.pathname).toBe(linkedIn.origin + linkedIn.pathname);
      expect(ours.searchParams.get('profileUrn')).toBe(linkedIn.searchParams.get('profileUrn'));
      expect(ours.searchParams.get('recipient')).toBe(linkedIn.searchParams.get('recipient'));
      expect(ours.search.startsWith(linkedIn.search.slice(0, ours.search.length))).toBe(true);
    }
  });
});

describe('messageTarget', () => {
  it('opens the composer when the member id is known', () => {
    expect(messageTarget('https://www.linkedin.com/in/jane-doe/', 'ACoAAJaneDoe1234567')).toEqual({
      url: 'https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAJaneDoe1234567&recipient=ACoAAJaneDoe1234567',
      composer: true,
    });
  });

  it.each([undefined, null, '', 'jane-doe', 'ACoAA<script>'])('opens the profile when the id is %j', (memberId) => {
    expect(messageTarget('https://www.linkedin.com/in/jane-doe/', memberId)).toEqual({ url: 'https://www.linkedin.com/in/jane-doe/', composer: false });
  });
});

describe('memberIdFromComposeHref', () => {
  it.each([
    ['/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAJaneDoe1234567&recipient=ACoAAJaneDoe1234567', 'ACoAAJaneDoe1234567'],
    ['https://www.linkedin.com/messaging/compose/?recipient=ACoAAJaneDoe1234567', 'ACoAAJaneDoe1234567'],
    // The URN names someone else: unsure, nobody.
    ['/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAOther12345678&recipient=ACoAAJaneDoe1234567', null],
    ['/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAJaneDoe1234567', null],
    ['/messaging/compose/?recipient=jane-doe', null],
    ['/messaging/thread/123/?recipient=ACoAAJaneDoe1234567', null],
    ['https://evil.example/messaging/compose/?recipient=ACoAAJaneDoe1234567', null],
    [null, null],
    ['http://[bad', null],
  ])('%s → %s', (href, expected) => {
    expect(memberIdFromComposeHref(href)).toBe(expected);
  });
});
