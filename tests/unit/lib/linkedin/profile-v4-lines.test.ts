import { describe, expect, it } from 'vitest';
import { recognizeProfile } from '@/lib/linkedin/parse-profile';

/**
 * The 2026 React top card's headline and location are read by position after
 * the block holding the name. The name's own line can carry more than the
 * degree: pronouns ("He/Him") sit beside the name on a real 2026 own-profile
 * top card (Sundeepg98/linkedin-mcp tests/fixtures/profile_topcard.html, held
 * out as real/profile-2026-self.v4.html), and are no headline.
 */
const ID = 'ACoAAB1c2D3e4F5g6H7i8J9k0L1m2N3o4P5q6R7';
const card = (nameLine: string, after: string) => `<main><div componentkey="com.linkedin.sdui.profile.card.ref${ID}Topcard"><section>
  <div><div><div><div><div><div><a href="https://www.linkedin.com/in/mara-lind-7c/"><div><h2>Mara Lind</h2></div></a></div></div>${nameLine}</div>
  ${after}</div></div></div></section></div></main>`;
const url = 'https://www.linkedin.com/in/mara-lind-7c/';
const read = (html: string) => recognizeProfile(new DOMParser().parseFromString(html, 'text/html'), url).profile;
const LINES = '<p>Data engineer at Initech</p><p>Initech · Polytechnic</p><div><p>Lyon, France</p><p>·</p><p><a href="https://www.linkedin.com/in/mara-lind-7c/overlay/contact-info/">Contact info</a></p></div>';

describe('the 2026 React top card: headline and location after the name’s line', () => {
  it('skips pronouns on the name’s line (any language: by position, not by text)', () => {
    for (const pronouns of ['He/Him', 'Sie/Ihr', 'Ela/Dela']) {
      const profile = read(card(`<p>${pronouns}</p>`, LINES));
      expect(profile?.name).toBe('Mara Lind');
      expect(profile?.headline).toBe('Data engineer at Initech');
      expect(profile?.location).toBe('Lyon, France');
    }
  });

  it('reads the same lines with only a degree, or nothing, on the name’s line', () => {
    for (const nameLine of ['<p>· 1st</p><div><p>· 2nd</p></div>', '']) {
      const profile = read(card(nameLine, LINES));
      expect(profile?.headline).toBe('Data engineer at Initech');
      expect(profile?.location).toBe('Lyon, France');
    }
  });

  it('without a location group, falls back to the first paragraph after the name (never invents a location)', () => {
    const profile = read(card('', '<p>Data engineer at Initech</p><p>Initech · Polytechnic</p>'));
    expect(profile?.headline).toBe('Data engineer at Initech');
    expect(profile?.location).toBeNull();
  });
});
