import { describe, expect, it } from 'vitest';
import { anonymise } from '@/scripts/held-out/anonymise';

/** The held-out anonymiser (scripts/held-out/anonymise.ts) on the shapes 2026 React pages use. */
describe('anonymise', () => {
  const id = 'ACoAABN1yvsBsbCR8ApcgLodomK3d5wyghmlIyA'; // 39 characters, like every member id seen
  const page = `<main><div componentkey="com.linkedin.sdui.profile.card.ref${id}Topcard">
    <a href="https://www.linkedin.com/in/jane-realname-12ab34/"><h2>Jane Realname</h2></a>
    <a href="/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3A${id}&amp;recipient=${id}">Message</a></div>
    <div componentkey="ProfilePostConnectDrawer_jane-realname-12ab34"></div>
    <div componentkey="profileCardsAboveActivityjane-realname-12ab34"></div></main>`;
  const out = anonymise(page, { people: [{ name: 'Jane Realname', slug: 'jane-realname-12ab34' }] });

  it('keeps a member id glued into a component key equal to the same id in the Message link', () => {
    const keyId = /ref(ACoAA[A-Za-z0-9_-]{34})Topcard/.exec(out)?.[1];
    const linkId = /recipient=(ACoAA[A-Za-z0-9_-]{34})/.exec(out)?.[1];
    expect(keyId).toBeDefined();
    expect(keyId).not.toBe(id);
    expect(linkId).toBe(keyId);
  });

  it('replaces the slug in links and where component keys glue it to a word, with one invented slug', () => {
    expect(out).not.toContain('jane-realname-12ab34');
    expect(out).not.toContain('Jane Realname');
    const slugs = new Set([...out.matchAll(/\/in\/([^/"]+)\//g)].map((m) => m[1]));
    expect(slugs.size).toBe(1);
    const [fake] = [...slugs];
    expect(out).toContain(`ProfilePostConnectDrawer_${fake}`);
    expect(out).toContain(`profileCardsAboveActivity${fake}`);
  });

  it('keeps a slug unrelated to the name unrelated (the name is not guessable from the address)', () => {
    const other = anonymise('<a href="https://www.linkedin.com/in/sunrise-yuto/"><h2>Hiro Tabata</h2></a>', { people: [{ name: 'Hiro Tabata', slug: 'sunrise-yuto' }] });
    const slug = /\/in\/([^/"]+)\//.exec(other)?.[1] ?? '';
    const name = /<h2>([^<]+)<\/h2>/.exec(other)?.[1] ?? '';
    expect(name).not.toBe('Hiro Tabata');
    expect(name.toLowerCase().split(' ').some((part) => slug.includes(part))).toBe(false);
    // A slug made of the name stays made of the (invented) name.
    const [first] = /<h2>([^<]+)<\/h2>/.exec(anonymise(page, { people: [{ name: 'Jane Realname', slug: 'jane-realname-12ab34' }] }))!.slice(1);
    expect(out).toContain(`/in/${first!.toLowerCase().replace(' ', '-')}-`);
  });

  it('keeps the percent-encoded hyphens LinkedIn sometimes puts in a slug', () => {
    const encoded = anonymise('<a href="/in/dana%2Dwhitfield%2D4b12" aria-label="View Dana Whitfield’s profile."></a>', { people: [{ name: 'Dana Whitfield', slug: 'dana%2Dwhitfield%2D4b12' }] });
    expect(encoded).toMatch(/href="\/in\/[a-z]+%2D[a-z]+%2D[0-9a-f]{3}"/);
    expect(encoded).not.toContain('Whitfield');
  });

  it('replaces urn:li:member numbers with invented digits of the same length', () => {
    const member = anonymise('<button componentkey="ConnectButtonstate:invitation:urn:li:member:600773972_connect"></button>', { people: [] });
    expect(member).not.toContain('600773972');
    expect(member).toMatch(/urn:li:member:\d{9}_connect/);
  });

  it('refuses to write a page in which a listed real string survives', () => {
    expect(() => anonymise('<p>Jane Realname</p>', { people: [{ name: 'Jane Realname', slug: 'jane-realname-12ab34' }] })).not.toThrow();
    // Names are replaced as written; the same name in capitals is still the person, so the script stops.
    expect(() => anonymise('<p>JANE REALNAME</p>', { people: [{ name: 'Jane Realname', slug: 'jane-realname-12ab34' }] })).toThrow(/survived/);
  });
});
