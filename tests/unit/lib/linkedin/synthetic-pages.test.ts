import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/linkedin/recognize-page';
import { findProfileNameHeading } from '@/lib/linkedin/parse-profile';
import { profileAddress, titleName } from '@/lib/linkedin/profile-address';
import { parseSavedPage } from '@/scripts/recognize/parse-saved-page';
import { Recognition } from '@/lib/linkedin/types';
import { readdirSync } from 'node:fs';
import { SYNTHETIC_PAGES } from '@/tests/fixtures/linkedin/pages';
import { synthetic, syntheticHtml } from './fixtures';

/** Edge cases on synthetic pages (tests/fixtures/linkedin/, invented people), one per behaviour. */

const recognise = (file: string, url: string) => {
  const result = recognizePage(synthetic(file), url);
  expect(Recognition.safeParse({ page: result.page, profile: result.profile, posts: result.posts }).success).toBe(true);
  return result;
};
const authors = (file: string, url = 'https://www.linkedin.com/feed/') => recognise(file, url).posts.map((p) => p.author && `${p.author.kind}:${p.author.name}:${p.author.slug}`);

const JANE = 'https://www.linkedin.com/in/jane-doe-4a1b2c/';

describe('the profile is the person the page is about', () => {
  it('takes the viewed person, not the viewer in the nav menu or the islands, nor sidebar or messaging people', () => {
    expect(recognise('profile-viewer-vs-viewed.v3.html', JANE).profile).toEqual({
      slug: 'jane-doe-4a1b2c',
      profileUrl: JANE,
      name: 'Jane Doe',
      headline: 'Product lead | Mentor',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      // The top card's company, not the viewer's in the nav menu; whitespace collapsed.
      company: 'Globex Corporation',
      // The DOM shows a placeholder; the island entity matched by slug has the picture.
      avatarUrl: 'https://media.licdn.com/dms/image/v2/JANE/profile-displayphoto-shrink_200_200/jane.jpg',
    });
  });

  it('finds nobody for a slug the page only mentions in passing (the messaging overlay, a sidebar without a card)', () => {
    expect(recognise('profile-viewer-vs-viewed.v3.html', 'https://www.linkedin.com/in/ACoAASamSamSamSamSamSamSam/').profile).toBeNull();
    expect(recognise('profile-viewer-vs-viewed.v3.html', 'https://www.linkedin.com/in/somebody-else-1/').profile).toBeNull();
  });

  it('marks a main profile page without any name as degraded, and a details page not', () => {
    expect(recognise('profile-viewer-vs-viewed.v3.html', 'https://www.linkedin.com/in/somebody-else-1/').degraded).toBe('profile-name-not-found');
    expect(recognise('profile-viewer-vs-viewed.v3.html', 'https://www.linkedin.com/in/somebody-else-1/details/experience/').degraded).toBeNull();
    expect(recognise('profile-viewer-vs-viewed.v3.html', JANE).degraded).toBeNull();
  });

  it('resolves an internal member id to the vanity slug the islands show', () => {
    expect(recognise('profile-viewer-vs-viewed.v3.html', 'https://www.linkedin.com/in/ACoAAJaneJaneJaneJaneJane1/').profile?.slug).toBe('jane-doe-4a1b2c');
  });

  it('resolves an internal member id to the vanity slug of the top card, lower-cased', () => {
    expect(recognise('profile-internal-id.v3.html', 'https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUv/').profile).toMatchObject({
      slug: 'priya-raman-5c',
      profileUrl: 'https://www.linkedin.com/in/priya-raman-5c/',
      name: 'Priya Raman',
    });
  });

  it('gives no slug (so no profile) for an internal id the page never resolves, without calling it degraded', () => {
    // Two different people carry overlay links here (Jane's card, a sidebar entry): unsure, so nobody.
    const result = recognise('profile-viewer-vs-viewed.v3.html', 'https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUv/');
    expect(result.profile).toBeNull();
    expect(result.degraded).toBeNull();
  });

  it('keeps non-Latin and emoji names, decoding and lower-casing the slug', () => {
    expect(recognise('profile-non-latin.v2.html', 'https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-8A1B2C/').profile).toEqual({
      slug: '张伟-8a1b2c',
      profileUrl: 'https://www.linkedin.com/in/张伟-8a1b2c/',
      name: '张伟 🚀',
      headline: '工程师 · Ingénieure ✨',
      location: '上海',
      // The company item's label is in Chinese: which item is the company is unknown, so nothing rather than a guess.
      company: null,
      avatarUrl: 'https://media.licdn.com/dms/image/C4D03AQZHANGWEI/profile-displayphoto-shrink_200_200/0/1?e=1&v=beta&t=x',
    });
  });

  it('reads a name that looks like HTML as plain text', () => {
    expect(recognise('profile-html-name.v3.html', 'https://www.linkedin.com/in/tag-tester/').profile).toMatchObject({
      name: '<img src=x onerror=alert(1)> & <b>Bold</b>',
      headline: '<script>alert("headline")</script>',
    });
  });

  it('recognises nobody on a logged-out wall, and does not call that degraded', () => {
    const result = recognise('authwall.guest.html', JANE);
    expect(result).toMatchObject({ page: 'profile', profile: null, posts: [], degraded: null });
  });

  it('reads a logged-out profile by the JSON-LD Person at its address, only when its h1 shows that name', () => {
    const URL = 'https://tr.linkedin.com/in/deniz-aksoy-9';
    const page = (ldName: string, ldSlug: string, h1: string) =>
      parseSavedPage(`<html><head><link rel="canonical" href="${URL}"><script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Person","name":"${ldName}","url":"https://tr.linkedin.com/in/${ldSlug}"}]}</script></head>
        <body><main><section><h1>${h1}</h1><h2>Veri Mühendisi</h2><h3><div>Ankara, Türkiye</div><span>500+ bağlantı</span></h3></section></main>
        <aside><a href="https://tr.linkedin.com/in/ece-tan?trk=people-also-viewed"><h3>Ece Tan</h3></a></aside></body></html>`);
    expect(recognizePage(page('Deniz Aksoy', 'deniz-aksoy-9', 'Deniz Aksoy'), URL).profile).toMatchObject({ slug: 'deniz-aksoy-9', name: 'Deniz Aksoy', headline: 'Veri Mühendisi', location: 'Ankara, Türkiye' });
    // The JSON-LD and the visible page disagree, or the JSON-LD is about someone else: nobody.
    expect(recognizePage(page('Deniz Aksoy', 'deniz-aksoy-9', 'Ece Tan'), URL).profile).toBeNull();
    expect(recognizePage(page('Ece Tan', 'ece-tan', 'Ece Tan'), URL).profile).toBeNull();
  });

  it('recognises nobody on search results, though they are full of people', () => {
    expect(recognise('search-people.v3.html', 'https://www.linkedin.com/search/results/people/?keywords=product')).toMatchObject({ page: 'search', profile: null, posts: [] });
  });

  it('finds the name heading of the viewed person, for UI placed beside it', () => {
    expect(findProfileNameHeading(synthetic('profile-viewer-vs-viewed.v3.html'), JANE)?.textContent).toBe('Jane Doe');
    expect(findProfileNameHeading(synthetic('profile-viewer-vs-viewed.v3.html'), 'https://www.linkedin.com/in/max-mustermann-99/')).toBeNull();
    expect(findProfileNameHeading(synthetic('activity.v3.html'), `${JANE}recent-activity/all/`)?.textContent).toBe('Jane Doe');
  });
});

describe('posts and their authors', () => {
  it('takes the actor, not the social-proof header, the commenters or the people mentioned (2024–25 feed)', () => {
    const [first] = recognise('feed.v3.html', 'https://www.linkedin.com/feed/').posts;
    expect(first).toEqual({
      urn: 'urn:li:activity:7100000000000000001',
      key: 'urn:li:activity:7100000000000000001',
      author: { kind: 'person', name: 'Jane Doe', slug: 'jane-doe-4a1b2c', profileUrl: JANE },
      text: 'Shipped our new onboarding today.\n\nThanks Omar Haddad for the reviews!',
    });
  });

  it('gives a repost the original’s author and text, a quote post its own; company and sponsored posts are companies; occluded cards are skipped', () => {
    const posts = recognise('feed.v3.html', 'https://www.linkedin.com/feed/').posts;
    expect(posts.map((p) => p.key)).toEqual([1, 2, 3, 4, 5].map((n) => `urn:li:activity:710000000000000000${n}`));
    expect(authors('feed.v3.html')).toEqual([
      'person:Jane Doe:jane-doe-4a1b2c',
      'person:Chris Park:chris-park-2b', // repost with thoughts (a quote post): the card, its URN and its Like are Chris's, not Ana's
      'company:Acme Robotics:acme-robotics', // "Chris Park reposted this"
      'company:Globex:globex', // Promoted
      'company:Globex:null', // a person fronting an ad "Promoted by Globex"
    ]);
    expect(posts[1]?.text).toBe('Worth reading, Ana nails it.');
    expect(posts[2]?.author?.profileUrl).toBe('https://www.linkedin.com/company/acme-robotics/');
  });

  it('tells a quote post (the resharer’s own words beside the original) from a plain reshare of the same original box (2022)', () => {
    const posts = recognise('feed-reshares.v1.html', 'https://www.linkedin.com/feed/').posts;
    expect(posts.map((p) => [p.key, p.author && `${p.author.kind}:${p.author.name}:${p.author.slug}`, p.text])).toEqual([
      ['urn:li:activity:6930000000000000101', 'person:Rosa Kline:rosa-kline', 'Bookmarking this one for the team.'],
      ['urn:li:activity:6930000000000000102', 'person:Viktor Hale:viktor-hale', 'How we cut our build times in half, part two.'],
    ]);
  });

  it('on an activity page, the author is each card’s actor, not the profile owner who commented or reposted', () => {
    const result = recognise('activity.v3.html', `${JANE}recent-activity/all/`);
    expect(result.page).toBe('activity');
    expect(result.profile).toMatchObject({ slug: 'jane-doe-4a1b2c', name: 'Jane Doe', headline: 'Product lead | Mentor' });
    expect(authors('activity.v3.html', `${JANE}recent-activity/all/`)).toEqual(['person:Omar Haddad:omar-haddad-8', 'person:Ana Souza:ana-souza-pt', 'person:Jane Doe:jane-doe-4a1b2c']);
    expect(result.posts[2]?.urn).toBe('urn:li:ugcPost:7200000000000000003');
  });

  it('recognises the 2026 React feed with authors and componentkey keys, without URNs', () => {
    const posts = recognise('feed.v4.html', 'https://www.linkedin.com/feed/').posts;
    expect(posts.map((p) => [p.urn, p.key])).toEqual(
      ['AAAtokenOne', 'BBBtokenTwo', 'CCCtokenThree', 'DDDtokenFour', 'EEEtokenFive'].map((token) => [null, `componentkey:${token}`]),
    );
    expect(authors('feed.v4.html')).toEqual([
      'person:Jane Doe:jane-doe-4a1b2c', // below "Sam Lee likes this"
      'company:Acme Robotics:acme-robotics', // below "Ana Souza and 12 other connections follow this Page"
      'person:张伟 🚀:张伟-8a1b2c', // no header: the control menu sits in the actor block
      'company:Globex:globex', // Promoted
      null, // a course promotion: nobody to attribute it to
    ]);
    expect(posts[0]?.text).toBe('Shipped our new onboarding today.\n\nThanks Omar Haddad!');
  });

  it('gives no author when the 2026 control menu names someone else than the actor link', () => {
    const doc = synthetic('feed.v4.html');
    doc.querySelector('button[aria-label="Open control menu for post by Jane Doe"]')!.setAttribute('aria-label', 'Open control menu for post by Sam Lee');
    expect(recognizePage(doc, 'https://www.linkedin.com/feed/').posts[0]?.author).toBeNull();
  });

  it('reads a 2026 actor name held in a span when the control menu’s label names it, in any language, and nothing otherwise', () => {
    const card = (label: string, name: string) =>
      parseSavedPage(`<main><div role="listitem" componentkey="expandedTOKFeedType_MAIN_FEED_RELEVANCE"><div><a href="https://www.linkedin.com/in/tessa-w/"><img alt=""></a><a href="https://www.linkedin.com/in/tessa-w/"><span>${name}</span></a>
        <button type="button" aria-label="${label}"><svg id="overflow-web-ios-small"></svg></button></div><p><span data-testid="expandable-text-box">Hello.</span></p></div></main>`);
    const author = (doc: Document) => recognizePage(doc, 'https://www.linkedin.com/feed/').posts[0]?.author ?? null;
    expect(author(card('Steuerungsmenü für Beitrag von Tessa Whitcombe öffnen', 'Tessa Whitcombe'))).toMatchObject({ name: 'Tessa Whitcombe', slug: 'tessa-w' });
    expect(author(card('Open control menu for post by Tessa Whitcombe', 'Tessa Whitcombe'))).toMatchObject({ name: 'Tessa Whitcombe' });
    // The label names someone else, or only part of a longer name: no author.
    expect(author(card('Open control menu for post by Sam Lee', 'Tessa Whitcombe'))).toBeNull();
    expect(author(card('Open control menu for post by Tessa Whitcombe-Hart', 'Tessa Whitcombe'))).toBeNull();
  });
});

const MARINA = 'https://www.linkedin.com/in/marina-costa-7f/';
const KENJI = 'https://www.linkedin.com/in/kenji-watanabe-9/';
const AIKO = 'https://www.linkedin.com/in/aiko-tanaka-3/';

describe('the 2026 React profile (V4)', () => {
  it('reads the top card tied to the address, in a Portuguese UI: not the viewer in the nav, not the rails', () => {
    expect(recognise('profile.v4.html', MARINA).profile).toEqual({
      slug: 'marina-costa-7f',
      profileUrl: MARINA,
      name: 'Marina Costa',
      headline: 'Engenheira de dados na Acme Labs | Mentora',
      location: 'São Paulo, Brasil',
      // The entry with the company icon, not the one with the school icon: no label read.
      company: 'Acme Labs',
      avatarUrl: 'https://media.licdn.com/dms/image/v2/MARINA/profile-displayphoto-shrink_200_200/marina.jpg',
      // The card's key names the member: the message composer's recipient.
      memberId: 'ACoAAMarinaCostaMarina7',
    });
    expect(findProfileNameHeading(synthetic('profile.v4.html'), MARINA)?.textContent).toBe('Marina Costa');
  });

  it('finds the same top card when its key ends otherwise (“…TopCardSection”), taking the member id from its Message link; never a rail person placed before it', () => {
    const drifted = syntheticHtml('profile.v4.html').replaceAll('Marina7Topcard"', 'Marina7TopCardSection"');
    const railFirst = drifted.replace(/<main\b/, '<aside><a href="https://www.linkedin.com/in/kenji-watanabe-9/"><h2>Kenji Watanabe</h2></a></aside>$&');
    for (const html of [drifted, railFirst]) {
      const profile = recognizePage(parseSavedPage(html), MARINA).profile;
      expect(profile).toMatchObject({ slug: 'marina-costa-7f', name: 'Marina Costa', headline: 'Engenheira de dados na Acme Labs | Mentora' });
      expect(recognizePage(parseSavedPage(html), KENJI).profile).toBeNull();
    }
  });

  it('takes the member id from the card’s Message link when its key has none, and only a recipient that agrees with its profileUrn', () => {
    const keyless = (href: string) => {
      const doc = synthetic('profile.v4.html');
      for (const card of doc.querySelectorAll('[componentkey$="Topcard"]')) card.setAttribute('componentkey', 'com.linkedin.sdui.profile.card.Topcard');
      doc.querySelector('[componentkey$="Topcard"] a[href*="profileUrn="]')!.setAttribute('href', href);
      return recognizePage(doc, MARINA).profile;
    };
    expect(keyless('/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAMarinaCostaMarina7&recipient=ACoAAMarinaCostaMarina7&interop=msgOverlay')).toMatchObject({
      name: 'Marina Costa',
      memberId: 'ACoAAMarinaCostaMarina7',
    });
    // No recipient: no id (the page is still recognised).
    const bare = keyless('/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAMarinaCostaMarina7');
    expect(bare?.name).toBe('Marina Costa');
    expect(bare?.memberId).toBeUndefined();
    // A recipient that is not the URN's member names nobody for sure.
    expect(keyless('/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAMarinaCostaMarina7&recipient=ACoAASomeoneElse12345')?.memberId).toBeUndefined();
  });

  it('still recognises the person when the top card’s member id has an unexpected shape, and drops the id', () => {
    const doc = synthetic('profile.v4.html');
    // Too short to be a member id: kept out of the report rather than failing the whole page.
    for (const card of doc.querySelectorAll('[componentkey$="Topcard"]')) card.setAttribute('componentkey', 'com.linkedin.sdui.profile.card.ACoAAshortTopcard');
    doc.querySelector('[componentkey$="Topcard"] a[href*="profileUrn="]')!.setAttribute('href', '/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAshort&recipient=ACoAAshort');
    const profile = recognizePage(doc, MARINA).profile;
    expect(profile?.name).toBe('Marina Costa');
    expect(profile?.memberId).toBeUndefined();
  });

  it('recognises nobody for the viewer, a rail person, or another address (the previous page of an SPA navigation)', () => {
    for (const url of ['https://www.linkedin.com/in/viewer-self-1/', 'https://www.linkedin.com/in/joao-pereira-9/', KENJI]) {
      expect(recognise('profile.v4.html', url).profile).toBeNull();
      expect(findProfileNameHeading(synthetic('profile.v4.html'), url)).toBeNull();
    }
  });

  it('after an SPA navigation shows the second person only once their card has replaced the first', () => {
    const doc = synthetic('profile.v4.html');
    // The URL changed to Kenji's; Marina's card is still on screen: nobody.
    expect(recognizePage(doc, KENJI).profile).toBeNull();
    const second = synthetic('profile-second.v4.html');
    doc.querySelector('main')!.replaceWith(doc.importNode(second.querySelector('main')!, true));
    expect(recognizePage(doc, KENJI).profile).toMatchObject({ slug: 'kenji-watanabe-9', name: 'Kenji Watanabe', headline: 'Robotics engineer at Initech', location: 'Osaka, Japan', company: 'Initech' });
    expect(recognizePage(doc, MARINA).profile).toBeNull();
  });

  it('gives nobody when the card’s Message or Connect action names another member than its key or the address', () => {
    const doc = synthetic('profile.v4.html');
    doc.querySelector('a[href*="profileUrn="]')!.setAttribute('href', '/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAASomeoneElse1');
    expect(recognizePage(doc, MARINA).profile).toBeNull();
    const other = synthetic('profile.v4.html');
    other.querySelector('a[href*="vanityName="]')!.setAttribute('href', '/preload/custom-invite/?vanityName=joao-pereira-9');
    expect(recognizePage(other, MARINA).profile).toBeNull();
  });

  it('attributes activity cards: own posts, a repost’s original, a quote post’s outer author, a commented company post', () => {
    const result = recognise('profile.v4.html', MARINA);
    expect(result.posts.map((p) => [p.key, p.author && `${p.author.kind}:${p.author.name}:${p.author.slug}`, p.text])).toEqual([
      ['urn:li:activity:7400000000000000001', 'person:Marina Costa:marina-costa-7f', 'Três lições sobre pipelines de dados.'],
      ['urn:li:activity:7400000000000000002', 'person:Tomás Ribeiro:tomas-ribeiro-22', 'Estamos contratando em Lisboa.'], // "compartilhou isto" header
      ['urn:li:activity:7400000000000000003', 'person:Helena Prado:helena-prado-5', 'Orgulho deste lançamento da equipe!'], // quoting Globex Brasil
      ['urn:li:activity:7400000000000000004', 'company:Initech:initech', 'Nosso relatório anual saiu.'], // "comentou isto" header
      [expect.stringMatching(/^content:[0-9a-f]{16}$/), 'person:Marina Costa:marina-costa-7f', 'Feliz com o novo time!'], // no post link at all
    ]);
    // The key of a card without any URN is the same on every render and reload of the same post.
    expect(recognise('profile.v4.html', MARINA).posts[4]!.key).toBe(result.posts[4]!.key);
  });
});

describe('the address is the identity', () => {
  it('names the person at a profile address even when the page cannot be read, with the title’s name when the page ties it to the slug', () => {
    const result = recognise('profile-unreadable.v4.html', AIKO);
    expect(result.profile).toBeNull();
    expect(result.degraded).toBe('profile-name-not-found');
    expect(result.address).toEqual({ slug: 'aiko-tanaka-3', profileUrl: AIKO, name: 'Aiko Tanaka' });
  });

  it('keeps a title that belongs to another address out (a stale title after an SPA navigation), giving the slug alone', () => {
    expect(profileAddress(synthetic('profile-unreadable.v4.html'), 'https://www.linkedin.com/in/sam-lee-31/')).toEqual({
      slug: 'sam-lee-31',
      profileUrl: 'https://www.linkedin.com/in/sam-lee-31/',
      name: null,
    });
    expect(profileAddress(parseSavedPage('<title>Jane Doe | LinkedIn</title><p>Jane Doe</p>'), JANE)).toEqual({ slug: 'jane-doe-4a1b2c', profileUrl: JANE, name: null });
  });

  it('carries the recognised name when the page is readable, and is absent off profile addresses', () => {
    expect(recognise('profile.v4.html', MARINA).address).toEqual({ slug: 'marina-costa-7f', profileUrl: MARINA, name: 'Marina Costa' });
    expect(recognise('feed-pt.v4.html', 'https://www.linkedin.com/feed/').address).toBeNull();
  });

  it('reads names out of LinkedIn titles, with or without a notification count', () => {
    expect(titleName('(3) Aiko Tanaka | LinkedIn')).toBe('Aiko Tanaka');
    expect(titleName('Ross Martin 🚀 | LinkedIn')).toBe('Ross Martin 🚀');
    expect(titleName('LinkedIn')).toBeNull();
    expect(titleName('Feed | LinkedIn')).toBe('Feed'); // not a name, and tied to no slug: profileAddress drops it
  });
});

describe('posts by meaning on the 2026 React feed (V4)', () => {
  it('a recommendation module or a people carousel shaped like a feed item is not a post, in any UI language', () => {
    expect(authors('feed-pt.v4.html')).toEqual([
      'person:Rafael Lima:rafael-lima-12', // below "Beatriz Alves gostou disto"
      'person:Carla Mendes:carla-mendes-77', // quoting Acme Labs: the outer author
      'company:Initech:initech', // below "Diego Santos comentou isto"
    ]);
    const keys = recognise('feed-pt.v4.html', 'https://www.linkedin.com/feed/').posts.map((p) => p.key);
    expect(keys).toEqual(['componentkey:PTtokenOne', 'componentkey:PTtokenQuote', 'componentkey:PTtokenComment']);
  });

  it('a quote post’s text is the outer author’s own', () => {
    expect(recognise('feed-pt.v4.html', 'https://www.linkedin.com/feed/').posts[1]?.text).toBe('Vale a leitura:');
  });

  it('gives no author when the actor block links two different people', () => {
    const doc = synthetic('feed-pt.v4.html');
    doc.querySelector('a[href="https://www.linkedin.com/in/rafael-lima-12/"]')!.setAttribute('href', 'https://www.linkedin.com/in/someone-else-5/');
    expect(recognizePage(doc, 'https://www.linkedin.com/feed/').posts[0]?.author).toBeNull();
  });
});

describe('synthetic fixtures', () => {
  const files = readdirSync('tests/fixtures/linkedin').filter((f) => f.endsWith('.html'));

  it.each(files)('%s opens with a comment naming the markup generation it imitates', (file) => {
    expect(syntheticHtml(file)).toMatch(/^<!-- (V[0-4]|guest) \(/);
  });

  it('are all served in the Chromium agreement check (tests/e2e/recognition-corpus.test.ts)', () => {
    expect(SYNTHETIC_PAGES.map(([file]) => file).sort()).toEqual([...files].sort());
  });
});
