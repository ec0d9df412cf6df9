// Writes the synthetic half of the held-out recognition set (tests/fixtures/held-out/synthetic/).
//
//   npx tsx scripts/held-out/make-synthetic.ts
//
// The pages were designed from ../shared/docs/linkedin-markup.md and
// linkedin-v4-interactions.md only, WITHOUT reading lib/linkedin/: they imitate
// what those notes say LinkedIn served in 2022–2026 (Ember V1–V3, React SDUI V4,
// guest pages), in seven UI languages, with the traps a recognizer meets in the
// wild. Localised labels other than English and Portuguese are this author's
// translations, not copied from LinkedIn (the Spanish reaction label follows
// third-party tools built on a Spanish UI). The expected people are written by hand
// in tests/fixtures/held-out/manifest.json, from reading each page.
//
// Every person, company, slug and member id here is invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Lang = 'en' | 'pt' | 'fr' | 'es' | 'de' | 'it' | 'nl';

interface Labels {
  feedPost: string;
  control: (n: string) => string;
  hide: (n: string) => string;
  likes: string;
  reposted: string;
  commented: string;
  noReaction: string;
  like: string;
  comment: string;
  repost: string;
  send: string;
  follow: (n: string) => string;
  invite: (n: string) => string;
  pymk: string;
  premium: string;
  recommended: string;
  message: string;
  contactInfo: string;
  promoted: string;
  activity: string;
  showAll: string;
}

const L: Record<Lang, Labels> = {
  en: {
    feedPost: 'Feed post', control: (n) => `Open control menu for post by ${n}`, hide: (n) => `Hide post by ${n}`,
    likes: 'likes this', reposted: 'reposted this', commented: 'commented on this', noReaction: 'Reaction button state: no reaction',
    like: 'Like', comment: 'Comment', repost: 'Repost', send: 'Send', follow: (n) => `Follow ${n}`, invite: (n) => `Invite ${n} to connect`,
    pymk: 'People you may know', premium: 'Explore Premium profiles', recommended: 'Recommended for you', message: 'Message',
    contactInfo: 'Contact info', promoted: 'Promoted', activity: 'Activity', showAll: 'Show all posts',
  },
  pt: {
    feedPost: 'Publicação no feed', control: (n) => `Abrir menu de controle da publicação de ${n}`, hide: (n) => `Ocultar publicação de ${n}`,
    likes: 'gostou disto', reposted: 'compartilhou isto', commented: 'comentou isto', noReaction: 'Situação do botão de reação: nenhuma reação',
    like: 'Gostei', comment: 'Comentar', repost: 'Compartilhar', send: 'Enviar', follow: (n) => `Seguir ${n}`, invite: (n) => `Convidar ${n} para se conectar`,
    pymk: 'Pessoas que talvez você conheça', premium: 'Explore perfis Premium', recommended: 'Pessoas para seguir', message: 'Mensagem',
    contactInfo: 'Informações de contato', promoted: 'Promovido', activity: 'Atividade', showAll: 'Exibir todas as publicações',
  },
  fr: {
    feedPost: 'Post du fil d’actualité', control: (n) => `Ouvrir le menu de commandes du post de ${n}`, hide: (n) => `Masquer le post de ${n}`,
    likes: 'aime ça', reposted: 'a republié ceci', commented: 'a commenté ceci', noReaction: 'État du bouton de réaction : aucune réaction',
    like: 'J’aime', comment: 'Commenter', repost: 'Republier', send: 'Envoyer', follow: (n) => `Suivre ${n}`, invite: (n) => `Inviter ${n} à rejoindre votre réseau`,
    pymk: 'Vous connaissez peut-être', premium: 'Découvrez des profils Premium', recommended: 'Recommandé pour vous', message: 'Message',
    contactInfo: 'Coordonnées', promoted: 'Post sponsorisé', activity: 'Activité', showAll: 'Afficher tous les posts',
  },
  es: {
    feedPost: 'Publicación del feed', control: (n) => `Abrir menú de control para la publicación de ${n}`, hide: (n) => `Ocultar publicación de ${n}`,
    likes: 'recomienda esto', reposted: 'ha compartido esto', commented: 'ha comentado esto', noReaction: 'Estado del botón de reacción: ninguna reacción',
    like: 'Recomendar', comment: 'Comentar', repost: 'Compartir', send: 'Enviar', follow: (n) => `Seguir a ${n}`, invite: (n) => `Invitar a ${n} a conectar`,
    pymk: 'Quizá conozcas a', premium: 'Explora perfiles Premium', recommended: 'Recomendado para ti', message: 'Mensaje',
    contactInfo: 'Información de contacto', promoted: 'Promocionado', activity: 'Actividad', showAll: 'Mostrar todas las publicaciones',
  },
  de: {
    feedPost: 'Feed-Beitrag', control: (n) => `Steuerungsmenü für Beitrag von ${n} öffnen`, hide: (n) => `Beitrag von ${n} ausblenden`,
    likes: 'gefällt das', reposted: 'hat das geteilt', commented: 'hat das kommentiert', noReaction: 'Status der Reaktionsschaltfläche: keine Reaktion',
    like: 'Gefällt mir', comment: 'Kommentieren', repost: 'Reposten', send: 'Senden', follow: (n) => `${n} folgen`, invite: (n) => `${n} als Kontakt einladen`,
    pymk: 'Personen, die Sie kennen könnten', premium: 'Premium-Profile entdecken', recommended: 'Empfehlungen für Sie', message: 'Nachricht',
    contactInfo: 'Kontaktinfo', promoted: 'Gesponsert', activity: 'Aktivitäten', showAll: 'Alle Beiträge anzeigen',
  },
  it: {
    feedPost: 'Post del feed', control: (n) => `Apri il menu di controllo per il post di ${n}`, hide: (n) => `Nascondi il post di ${n}`,
    likes: 'consiglia questo elemento', reposted: 'ha diffuso questo post', commented: 'ha commentato questo post', noReaction: 'Stato del pulsante di reazione: nessuna reazione',
    like: 'Consiglia', comment: 'Commenta', repost: 'Diffondi il post', send: 'Invia', follow: (n) => `Segui ${n}`, invite: (n) => `Invita ${n} a collegarsi`,
    pymk: 'Persone che potresti conoscere', premium: 'Esplora i profili Premium', recommended: 'Consigliati per te', message: 'Messaggio',
    contactInfo: 'Informazioni di contatto', promoted: 'Post sponsorizzato', activity: 'Attività', showAll: 'Mostra tutti i post',
  },
  nl: {
    feedPost: 'Feedbericht', control: (n) => `Bedieningsmenu openen voor bericht van ${n}`, hide: (n) => `Bericht van ${n} verbergen`,
    likes: 'vindt dit leuk', reposted: 'heeft dit opnieuw geplaatst', commented: 'heeft hierop gereageerd', noReaction: 'Status reactieknop: geen reactie',
    like: 'Interessant', comment: 'Reageren', repost: 'Opnieuw plaatsen', send: 'Verzenden', follow: (n) => `${n} volgen`, invite: (n) => `${n} uitnodigen om te connecten`,
    pymk: 'Mensen die u misschien kent', premium: 'Premium-profielen ontdekken', recommended: 'Aanbevolen voor u', message: 'Bericht',
    contactInfo: 'Contactgegevens', promoted: 'Gepromoot', activity: 'Activiteit', showAll: 'Alle berichten weergeven',
  },
};

interface Person { name: string; slug: string; headline?: string }
interface Company { name: string; company: string }
type Actor = Person | Company;
const isCompany = (a: Actor): a is Company => 'company' in a;
const href = (a: Actor) => (isCompany(a) ? `https://www.linkedin.com/company/${a.company}/` : `https://www.linkedin.com/in/${a.slug}/`);

let tokenSeq = 0;
const token = () => `T${(++tokenSeq).toString(36).padStart(4, '0')}q${((tokenSeq * 7919) % 100000).toString(36)}Zk`;
const memberId = (seed: string) => `ACoAA${[...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(36).toUpperCase()}xYz`;
const hash8 = (s: string) => `_${[...s].reduce((h, c) => (h * 33 + c.charCodeAt(0)) >>> 0, 5381).toString(16).slice(0, 8)}`;

// ---------------------------------------------------------------- V4 (React SDUI, 2025-11 → 2026)

function v4Shell(lang: Lang, title: string, screen: string, comoPk: string[], main: string, aside = ''): string {
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
${comoPk.map((p) => `<meta name="como-pk" content="${p}">`).join('\n')}
</head><body><div id="root">
<header class="${hash8('hdr')}"><nav aria-label="Primary"><a href="https://www.linkedin.com/feed/"><svg id="home-medium"></svg><span>Home</span></a>
<button type="button" aria-expanded="false" class="${hash8('me')}"><img alt="Mira Okonkwo-Hale" src="https://media.licdn.com/dms/image/v2/viewer/0/1?e=1&amp;t=x"><span>Me</span></button></nav></header>
<div data-sdui-screen="${screen}" class="${hash8(screen)}"><main class="${hash8('main')}">
${main}
</main>${aside}</div></div></body></html>
`;
}

function v4ActorBlock(lang: Lang, a: Actor, degree = '2nd'): string {
  const label = isCompany(a) ? `${a.name}` : `${a.name} ${degree}`;
  return `<div class="${hash8('actor')}"><a href="${href(a)}" class="${hash8('avl')}" aria-label="${isCompany(a) ? a.name : `View ${a.name}’s profile`}"><img alt="" src="https://media.licdn.com/dms/image/v2/a/0/1?e=1&amp;t=y"></a>
<a href="${href(a)}" class="${hash8('nml')}"><div aria-label="${label}" class="${hash8('nm')}"><p class="${hash8('p')}">${a.name}</p></div>
<p class="${hash8('hl')}">${isCompany(a) ? '12,345 followers' : (a.headline ?? 'Consultant')}</p></a>
${isCompany(a) ? '' : `<button type="button" aria-label="${L[lang].follow(a.name)}"><svg id="add-small"></svg></button>`}</div>`;
}

function v4ActionBar(lang: Lang, here: string, withLabels: boolean): string {
  const l = L[lang];
  const lab = (s: string) => (withLabels ? ` aria-label="${s}"` : '');
  return `<div class="${hash8('bar')}"><hr role="presentation">
<button type="button" componentkey="${token()}" aria-label="${l.noReaction}"><svg id="thumbs-up-outline-small"></svg><span>${l.like}</span></button>
<button type="button" aria-label="Open reactions menu" aria-expanded="false"><svg id="chevron-up-small"></svg></button>
<button type="button" componentkey="${token()}"${lab(l.comment)}><svg id="comment-small"></svg><span>${l.comment}</span></button>
<button type="button" componentkey="${token()}"${lab(l.repost)} aria-expanded="false"><svg id="repost-small"></svg><span>${l.repost}</span></button>
<a aria-disabled="false" href="${here}" componentkey="${token()}"${lab(l.send)}><svg id="send-privately-small"></svg><span>${l.send}</span></a></div>`;
}

interface V4Post {
  author: Actor;
  text: string;
  header?: { who: Person; kind: 'likes' | 'reposted' | 'commented' };
  quoted?: { author: Actor; text: string };
  promoted?: boolean;
}

function v4FeedItem(lang: Lang, here: string, p: V4Post, withLabels: boolean): string {
  const l = L[lang];
  const header = p.header
    ? `<div class="${hash8('soc')}"><a href="https://www.linkedin.com/in/${p.header.who.slug}/"><img alt="${p.header.who.name}" src="https://media.licdn.com/x"></a><p><a href="https://www.linkedin.com/in/${p.header.who.slug}/">${p.header.who.name}</a> ${l[p.header.kind]}</p></div><hr role="presentation">`
    : '';
  const quoted = p.quoted
    ? `<div class="${hash8('quote')}" role="article">${v4ActorBlock(lang, p.quoted.author, '3rd+')}<p><span data-testid="expandable-text-box">${p.quoted.text}</span></p></div>`
    : '';
  return `<div role="listitem" componentkey="expanded${token()}FeedType_MAIN_FEED_RELEVANCE" class="${hash8('li')}">
<h2 class="${hash8('vh')}"><span>${l.feedPost}</span></h2>
${header}<div class="${hash8('top')}">${v4ActorBlock(lang, p.author)}
${p.promoted ? `<p class="${hash8('pr')}">${l.promoted}</p>` : ''}
<button type="button" aria-label="${l.control(p.author.name)}" aria-expanded="false"><svg id="overflow-web-ios-small"></svg></button>
<button type="button" aria-label="${l.hide(p.author.name)}"><svg id="close-small"></svg></button></div>
<p class="${hash8('txt')}"><span data-testid="expandable-text-box">${p.text}</span></p>
${quoted}
<p><a href="${here}">${Math.floor(p.text.length / 3)} reactions</a></p>
${v4ActionBar(lang, here, withLabels)}
</div>`;
}

/** A "people to follow" module shaped like a feed item: a list item with people and Follow buttons, but no post parts. */
function v4Recommendation(lang: Lang, people: Person[], h2: string): string {
  const l = L[lang];
  return `<div role="listitem" componentkey="expanded${token()}FeedType_MAIN_FEED_RELEVANCE" class="${hash8('li')}">
<h2 class="${hash8('vh')}"><span>${h2}</span></h2>
<div class="${hash8('rec')}"><p>${l.recommended}</p><button type="button" aria-label="Dismiss"><svg id="close-small"></svg></button>
<ul>${people
    .map(
      (p) => `<li><a href="https://www.linkedin.com/in/${p.slug}/"><img alt="" src="https://media.licdn.com/r"><div aria-label="${p.name}"><p>${p.name}</p></div><p>${p.headline ?? 'Engineer'}</p></a>
<button type="button" componentkey="FollowButtonurn:li:fsd_followingState:urn:li:member:${p.slug.length * 1013}_follow" aria-label="${l.follow(p.name)}"><svg id="add-small"></svg><span>Follow</span></button></li>`,
    )
    .join('\n')}</ul></div></div>`;
}

function v4Feed(lang: Lang, items: string[], stalePk = false): string {
  const main = `<div class="${hash8('share')}"><a href="https://www.linkedin.com/in/mira-okonkwo-hale/"><img alt="Mira Okonkwo-Hale" src="https://media.licdn.com/me"></a><button type="button">Start a post</button></div>
<div role="list" data-testid="mainFeed" componentkey="container-update-list_mainFeed-lazy-container" data-component-type="LazyColumn">
${items.join('\n')}
</div>`;
  return v4Shell(lang, 'Feed | LinkedIn', 'com.linkedin.sdui.flagshipnav.feed.MainFeed', stalePk ? ['d_flagship3_profile_view_base', 'd_flagship3_feed'] : ['d_flagship3_feed'], main);
}

interface V4ProfileSpec {
  lang: Lang;
  person: Person;
  location: string;
  rails: Person[];
  premium: Person[];
  activity?: V4Post[];
  titleName?: string;
  /** The top card belongs to someone else (an SPA leftover): the address names another person. */
  leftover?: boolean;
}

function v4Profile(s: V4ProfileSpec): string {
  const l = L[s.lang];
  const id = memberId(s.person.slug);
  const top = `<section class="${hash8('tc')}"><div componentkey="com.linkedin.sdui.profile.card.ref${id}Topcard" class="${hash8('tcd')}">
<div><img alt="${s.person.name}" src="https://media.licdn.com/dms/image/v2/p/profile-displayphoto-shrink_400_400/0/1?e=1&amp;t=z"></div>
<div><h2 class="${hash8('h2')}">${s.person.name}</h2><svg id="verified-small" aria-label="Verified"></svg><span> · 2nd</span></div>
<p class="${hash8('hl')}">${s.person.headline ?? ''}</p>
<p class="${hash8('loc')}">${s.location} · <a href="https://www.linkedin.com/in/${s.person.slug}/overlay/contact-info/">${l.contactInfo}</a></p>
<p><a href="https://www.linkedin.com/mynetwork/network-manager/">500+ connections</a></p>
<a aria-disabled="false" href="/preload/custom-invite/?vanityName=${s.person.slug}" aria-label="${l.invite(s.person.name)}"><svg id="connect-small"></svg><span>Connect</span></a>
<a aria-disabled="false" href="/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3A${id}&amp;recipient=${id}&amp;screenContext=NON_SELF_PROFILE_VIEW&amp;interop=msgOverlay"><svg id="send-privately-medium"></svg><span>${l.message}</span></a>
<button type="button" aria-label="More" aria-expanded="false"><svg id="overflow-web-ios-small"></svg></button>
</div></section>`;
  const activity = s.activity
    ? `<section class="${hash8('act')}"><h2>${l.activity}</h2><div role="list">${s.activity
        .map((p, i) => {
          const urn = `urn:li:activity:74${String(1000000000000000 + i * 7777 + s.person.slug.length).slice(0, 17)}`;
          const item = v4FeedItem(s.lang, `https://www.linkedin.com/in/${s.person.slug}/`, p, true).replace(
            /<p><a href="[^"]*">\d+ reactions<\/a><\/p>/,
            `<p><a href="https://www.linkedin.com/feed/update/${urn}/">${i + 3} reactions</a></p>`,
          );
          return item.replace(/componentkey="expanded[^"]*"/, `componentkey="${token()}"`);
        })
        .join('\n')}</div><a href="https://www.linkedin.com/in/${s.person.slug}/recent-activity/all/">${l.showAll}</a></section>`
    : '';
  const aside = `<aside class="${hash8('aside')}">
<section><h2>${l.premium}</h2><ul>${s.premium
    .map((p) => {
      const pid = memberId(p.slug);
      return `<li><a href="https://www.linkedin.com/in/${p.slug}/"><p>${p.name}</p><p>${p.headline ?? ''}</p></a><a aria-disabled="false" href="/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3A${pid}&amp;recipient=${pid}"><svg id="send-privately-small"></svg>${l.message}</a></li>`;
    })
    .join('')}</ul></section>
<section><h2>${l.pymk}</h2><ul>${s.rails
    .map((p) => `<li><a href="https://www.linkedin.com/in/${p.slug}/"><div aria-label="${p.name}"><p>${p.name}</p></div><p>${p.headline ?? ''}</p></a><a href="/preload/custom-invite/?vanityName=${p.slug}" aria-label="${l.invite(p.name)}">Connect</a></li>`)
    .join('')}</ul></section></aside>`;
  return v4Shell(s.lang, `${s.titleName ?? s.person.name} | LinkedIn`, 'com.linkedin.sdui.flagshipnav.profile.Profile', ['d_flagship3_profile_view_base'], top + activity, aside);
}

// ---------------------------------------------------------------- V3 (Ember, hashed, 2024–25) and V2 (2023)

function emberShell(lang: Lang, title: string, body: string, viewer = { name: 'Mira Okonkwo-Hale', slug: 'mira-okonkwo-hale' }): string {
  return `<!DOCTYPE html>
<html lang="${lang}" class="theme theme--mercado"><head><meta charset="utf-8"><title>${title}</title><meta name="isGuest" content="false"></head>
<body class="render-mode-BIGPIPE nav-v2 ember-application boot-complete"><div class="application-outlet">
<header id="global-nav" class="global-nav"><div class="global-nav__content"><nav class="global-nav__nav">
<li class="global-nav__primary-item"><button class="global-nav__primary-link global-nav__primary-link-me-menu-trigger" type="button"><img width="24" src="https://media.licdn.com/me" alt="${viewer.name}" class="global-nav__me-photo evi-image ember-view"><span class="t-12 global-nav__primary-link-text">Me</span></button>
<div class="global-nav__me-content"><a href="/in/${viewer.slug}/" class="ember-view"><div class="t-16 t-black t-bold">${viewer.name}</div><div class="t-14">Chief of Staff</div></a></div></li>
</nav></div></header>
<div class="authentication-outlet"><div class="scaffold-layout scaffold-layout--breakpoint-xl">
${body}
</div></div>
<aside id="msg-overlay" class="msg-overlay-container"><div class="msg-overlay-list-bubble"><header class="msg-overlay-bubble-header"><img alt="${viewer.name}" src="https://media.licdn.com/me"><span>Messaging</span></header></div></aside>
</div></body></html>
`;
}

interface EmberPost {
  urn: string;
  author: Actor;
  text: string;
  header?: { who: Person; kind: 'likes' | 'reposted' | 'commented' };
  comment?: { who: Person; text: string };
  promoted?: boolean;
  gen: 'v1' | 'v2' | 'v3';
}

function emberPost(lang: Lang, p: EmberPost, i: number): string {
  const l = L[lang];
  const mini = `urn%3Ali%3Afsd_profile%3A${isCompany(p.author) ? '' : memberId(p.author.slug)}`;
  const authorHref = isCompany(p.author) ? `https://www.linkedin.com/company/${p.author.company}/` : `https://www.linkedin.com/in/${p.author.slug}?miniProfileUrn=${mini}`;
  const hid = (s: string) => `<span dir="ltr"><span aria-hidden="true"><!---->${s}<!----></span><span class="visually-hidden"><!---->${s}<!----></span></span>`;
  if (p.gen === 'v1') {
    const header = p.header
      ? `<div class="feed-shared-header feed-shared-header--with-control-menu"><a href="https://www.linkedin.com/in/${p.header.who.slug}/" class="app-aware-link"><img alt="${p.header.who.name}" class="feed-shared-header__image"></a><span class="feed-shared-header__text-view"><a href="/in/${p.header.who.slug}/" class="app-aware-link">${p.header.who.name}</a> ${l[p.header.kind]}</span></div>`
      : '';
    return `<div data-id="${p.urn}" class="relative" style=""><div id="ember${300 + i}" data-urn="${p.urn}" class="feed-shared-update-v2 feed-shared-update-v2--minimal-padding full-height relative artdeco-card ember-view">
${header}<div class="feed-shared-control-menu"><button aria-label="${l.control(p.author.name)}" class="feed-shared-control-menu__trigger artdeco-button" type="button"></button></div>
<div class="feed-shared-actor display-flex feed-shared-actor--with-control-menu ember-view"><a class="app-aware-link feed-shared-actor__container-link relative display-flex flex-grow-1" href="${authorHref}">
<div class="feed-shared-actor__meta relative"><span class="feed-shared-actor__title"><span class="feed-shared-actor__name t-14 t-bold hoverable-link-text t-black"><span dir="ltr">${p.author.name}</span></span></span>
<span class="feed-shared-actor__description t-12 t-normal t-black--light">${isCompany(p.author) ? '2,001 followers' : (p.author.headline ?? '')}</span>
${p.promoted ? `<span class="feed-shared-actor__sub-description t-12 t-normal t-black--light">${l.promoted}</span>` : ''}</div></a></div>
<div class="feed-shared-update-v2__description-wrapper"><div class="feed-shared-text relative feed-shared-update-v2__commentary" dir="ltr"><span class="break-words"><span dir="ltr">${p.text}</span></span></div></div>
<div class="feed-shared-social-action-bar"><span class="reactions-react-button"><button aria-pressed="false" aria-label="Like ${p.author.name}’s post" class="react-button__trigger artdeco-button" type="button"><li-icon type="like-icon"></li-icon><span>${l.like}</span></button></span>
<button aria-label="Comment on ${p.author.name}’s post" class="comment-button artdeco-button" type="button"><span>${l.comment}</span></button><button class="social-reshare-button artdeco-button" type="button"><span>Share</span></button>
<button class="send-privately-button artdeco-button" type="button"><span>${l.send}</span></button></div>
</div></div>`;
  }
  const header = p.header
    ? `<div class="update-components-header update-components-header--with-control-menu update-components-header--with-divider t-12 t-black--light t-normal pt2"><div class="update-components-header__text-wrapper"><a class="app-aware-link" href="https://www.linkedin.com/in/${p.header.who.slug}?miniProfileUrn=urn%3Ali%3Afsd_profile%3A${memberId(p.header.who.slug)}" data-test-app-aware-link=""><img width="24" alt="${p.header.who.name}" class="update-components-header__image"></a>
<span class="update-components-header__text-view"><span><a href="/in/${p.header.who.slug}/" class="ember-view">${p.header.who.name}</a></span><span class="white-space-pre"> </span>${l[p.header.kind]}</span></div></div>`
    : '';
  const actorClass = p.gen === 'v3' ? `${hash8('actor' + i)} display-flex` : 'update-components-actor display-flex';
  const titleClass = p.gen === 'v3' ? `${hash8('t' + i)} hoverable-link-text t-14 t-bold t-black` : 'update-components-actor__name hoverable-link-text t-14 t-bold t-black';
  const comment = p.comment
    ? `<div class="comments-comments-list"><article class="comments-comment-entity" data-id="urn:li:comment:(${p.urn.replace('urn:li:', '')},7${i}1)"><a class="app-aware-link" href="https://www.linkedin.com/in/${p.comment.who.slug}?miniProfileUrn=x"><img alt="View ${p.comment.who.name}’s profile"></a>
<span class="comments-comment-meta__description-title">${p.comment.who.name}</span><span class="comments-comment-item__main-content"><span dir="ltr">${p.comment.text}</span></span>
<button aria-pressed="false" aria-label="React Like to ${p.comment.who.name}’s comment" class="react-button__trigger" type="button">${l.like}</button></article></div>`
    : '';
  const card = `<div class="feed-shared-update-v2 feed-shared-update-v2--minimal-padding full-height relative artdeco-card" id="ember${500 + i}" role="${p.gen === 'v3' ? 'article' : 'region'}" data-urn="${p.urn}">
<div><h2 class="visually-hidden">${l.feedPost} ${i + 1}</h2><div class="fie-impression-container"><div class="relative">
${header}
<div class="feed-shared-control-menu display-flex feed-shared-update-v2__control-menu absolute text-align-right"><button aria-expanded="false" aria-label="${l.control(p.author.name)}" class="feed-shared-control-menu__trigger artdeco-button" type="button"><svg data-test-icon="overflow-web-ios-small"><use href="#overflow-web-ios-small"></use></svg></button></div>
<div class="${actorClass}"><div class="update-components-actor__container display-flex flex-grow-1">
<a class="app-aware-link update-components-actor__image relative" aria-label="View ${p.author.name}’s graphic link" href="${authorHref}" data-test-app-aware-link=""><img width="48" alt="" class="update-components-actor__avatar-image"></a>
<div class="update-components-actor__meta relative"><a class="app-aware-link update-components-actor__meta-link" aria-label="View: ${p.author.name}" href="${authorHref}" data-test-app-aware-link="">
<span class="update-components-actor__title"><span class="${titleClass}">${hid(p.author.name)}</span></span>
<span class="update-components-actor__description t-black--light t-12 t-normal">${hid(isCompany(p.author) ? '8,220 followers' : (p.author.headline ?? ''))}</span></a>
<span class="update-components-actor__sub-description t-12 t-normal t-black--light">${hid(p.promoted ? l.promoted : '3d •')}</span></div></div>
${isCompany(p.author) ? '' : `<button class="follow update-components-actor__follow-button artdeco-button" aria-label="${l.follow(p.author.name)}" type="button"><span aria-hidden="true">Follow</span></button>`}</div>
</div>
<div class="feed-shared-update-v2__description-wrapper mr2"><div class="feed-shared-inline-show-more-text feed-shared-update-v2__description"><div class="update-components-text relative update-components-update-v2__commentary" dir="ltr"><span class="break-words tvm-parent-container"><span dir="ltr">${p.text}</span></span></div></div></div>
<div class="update-v2-social-activity"><ul><li><button aria-label="${i + 12} reactions" type="button">${i + 12}</button></li></ul>
<div class="feed-shared-social-action-bar feed-shared-social-action-bar--full-width">
<span class="reactions-react-button feed-shared-social-action-bar__action-button"><button aria-pressed="false" aria-label="React Like" class="artdeco-button social-actions-button react-button__trigger" type="button"><svg data-test-icon="thumbs-up-outline-small"><use href="#thumbs-up-outline-small"></use></svg><span class="artdeco-button__text">${l.like}</span></button>
<button aria-label="Open reactions menu" aria-expanded="false" class="reactions-menu__trigger" data-finite-scroll-hotkey="l" type="button"></button></span>
<button role="button" aria-label="${l.comment}" class="artdeco-button social-actions-button comment-button" data-finite-scroll-hotkey="c"><svg data-test-icon="comment-small"></svg><span>${l.comment}</span></button>
<button aria-expanded="false" aria-label="" class="artdeco-dropdown__trigger social-actions-button social-reshare-button" data-finite-scroll-hotkey="r" type="button"><svg data-test-icon="repost-small"></svg><span>${l.repost}</span></button>
<button aria-label="Send in a private message" class="send-privately-button" data-finite-scroll-hotkey="s" type="button"><svg data-test-icon="send-privately-small"></svg><span>${l.send}</span></button></div></div>
${comment}
</div></div></div>`;
  return `<div data-id="${p.urn}" class="ember-view occludable-update-hint"><div class="occludable-update ember-view"><div class="full-height" data-view-name="feed-full-update">${card}</div></div></div>`;
}

function occluded(urn: string): string {
  return `<div data-id="${urn}" class="has-occluded-height relative" style="height: 504px;"><div class="occludable-update occludable-update-hint ember-view"><!----></div></div>`;
}

function emberFeed(lang: Lang, posts: string[], pymk?: Person[]): string {
  const l = L[lang];
  const rail = pymk
    ? `<aside class="scaffold-layout__aside"><div class="feed-follows-module artdeco-card"><h2>${l.recommended}</h2><ul>${pymk
        .map((p) => `<li class="feed-follows-module-recommendation"><a href="/in/${p.slug}/" class="ember-view"><div class="t-14 t-bold">${p.name}</div><div class="t-12">${p.headline ?? ''}</div></a><button aria-label="${l.follow(p.name)}" class="artdeco-button">+ Follow</button></li>`)
        .join('')}</ul></div></aside>`
    : '';
  return emberShell(
    lang,
    '(3) Feed | LinkedIn',
    `<aside class="scaffold-layout__sidebar"><div class="feed-identity-module"><a href="/in/mira-okonkwo-hale/" class="ember-view"><div class="t-16 t-black t-bold">Mira Okonkwo-Hale</div></a></div></aside>
<main class="scaffold-layout__main" aria-label="Main Feed" role="main"><div class="scaffold-finite-scroll scaffold-finite-scroll--infinite"><div class="scaffold-finite-scroll__content" data-finite-scroll-hotkey-context="FEED">
${posts.join('\n')}
</div></div></main>${rail}`,
  );
}

interface EmberProfileSpec {
  lang: Lang;
  gen: 'v2' | 'v3';
  person: Person;
  location: string;
  company?: string;
  alsoViewed: Person[];
  memberNum: number;
}

function emberProfile(s: EmberProfileSpec): string {
  const l = L[s.lang];
  const h1Class = s.gen === 'v2' ? 'text-heading-xlarge inline t-24 v-align-middle break-words' : `${hash8('h1' + s.person.slug)} inline t-24 v-align-middle break-words`;
  const aboutLink = s.gen === 'v2'
    ? `<a href="/in/${s.person.slug}/overlay/about-this-profile/" class="ember-view pv-text-details__about-this-profile-entrypoint"><h1 class="${h1Class}">${s.person.name}</h1></a>`
    : `<a href="/in/${s.person.slug}/overlay/about-this-profile/" aria-label="${s.person.name}" class="${hash8('ab')}"><h1 class="${h1Class}">${s.person.name}</h1></a>`;
  const companyButton = s.company
    ? `<ul class="${hash8('cul')}"><li><button aria-label="${companyLabel(s.lang, s.company)}" class="${hash8('cb')}" type="button"><img alt="${s.company}" width="32"><span class="${hash8('cs')}"><div dir="ltr" class="inline-show-more-text--is-collapsed">${s.company}</div></span></button></li></ul>`
    : '';
  return emberShell(
    s.lang,
    `(2) ${s.person.name} | LinkedIn`,
    `<main id="main" class="scaffold-layout__main" aria-label="Main">
<section class="artdeco-card ${s.gen === 'v2' ? 'pv-top-card' : hash8('tc')}" data-member-id="${s.memberNum}">
<div class="${hash8('photo')}"><button aria-label="open profile picture" type="button"><img width="200" title="${s.person.name}" alt="${s.person.name}" src="https://media.licdn.com/dms/image/v2/p/profile-displayphoto-shrink_200_200/0/1?e=1&amp;t=w" class="pv-top-card-profile-picture__image--show evi-image ember-view"></button></div>
<div class="mt2 relative"><div>${aboutLink}
<div class="text-body-medium break-words" data-generated-suggestion-target="urn:li:fsu_profileActionDelegate:1">${s.person.headline ?? ''}</div></div>
${companyButton}
<div class="${s.gen === 'v2' ? 'pv-text-details__left-panel mt2' : hash8('loc')}"><span class="text-body-small inline t-black--light break-words">${s.location}</span>
<span class="pv-text-details__separator t-black--light">·</span><a href="/in/${s.person.slug}/overlay/contact-info/" id="top-card-text-details-contact-info" class="ember-view link-without-visited-state">${l.contactInfo}</a></div>
<div class="${hash8('acts')}"><button aria-label="${l.follow(s.person.name)}" class="artdeco-button artdeco-button--2 artdeco-button--primary" type="button">Follow</button>
<button aria-label="${l.message} ${s.person.name.split(' ')[0]}" class="artdeco-button artdeco-button--2 artdeco-button--secondary" type="button">${l.message}</button></div></div></section>
<section class="artdeco-card" data-view-name="profile-card"><div id="about"></div><h2 class="pvs-header__title"><span aria-hidden="true">About</span></h2><div class="inline-show-more-text"><span aria-hidden="true">Working with <a href="/in/tobias-wendt-88/">Tobias Wendt</a> on open data.</span></div></section>
</main>
<aside class="scaffold-layout__aside" aria-label="Advertisement"><section class="artdeco-card pv-profile-card" data-view-name="profile-card"><h2>${l.pymk}</h2><ul>${s.alsoViewed
      .map((p) => `<li class="artdeco-list__item"><a href="https://www.linkedin.com/in/${p.slug}/" class="optional-action-target-wrapper" data-field="browsemap_card_click"><div class="display-flex align-items-center mr1 hoverable-link-text t-bold"><span aria-hidden="true"><!---->${p.name}<!----></span><span class="visually-hidden">${p.name}</span></div></a><div class="t-14 t-normal">${p.headline ?? ''}</div><button aria-label="${l.invite(p.name)}" class="artdeco-button">Connect</button></li>`)
      .join('')}</ul></section></aside>`,
  );
}

/** Current-company labels as the 2023–25 top card's aria-label might read in each language (en verified; the rest this author's guesses). */
function companyLabel(lang: Lang, org: string): string {
  switch (lang) {
    case 'en': return `Current company: ${org}. Click to skip to experience card`;
    case 'pt': return `Empresa atual: ${org}. Clique para pular para o cartão de experiência`;
    case 'fr': return `Entreprise actuelle : ${org}. Cliquez pour passer à la carte Expérience`;
    case 'es': return `Empresa actual: ${org}. Haz clic para ir a la tarjeta de experiencia`;
    case 'de': return `Aktuelles Unternehmen: ${org}. Klicken Sie, um zur Karte „Berufserfahrung“ zu springen`;
    case 'it': return `Azienda attuale: ${org}. Fai clic per passare alla scheda Esperienza`;
    case 'nl': return `Huidig bedrijf: ${org}. Klik om naar de ervaringskaart te gaan`;
  }
}

function emberActivity(lang: Lang, owner: Person, posts: string[]): string {
  return emberShell(
    lang,
    `(1) ${L[lang].activity} | ${owner.name} | LinkedIn`,
    `<main class="scaffold-layout__main"><div class="pv-recent-activity-detail__core-rail"><section class="artdeco-card pb3">
<div class="${hash8('owner')}"><a href="/in/${owner.slug}/" class="ember-view"><img alt="${owner.name}"><h3 class="single-line-truncate t-16 t-black t-bold mt2">${owner.name}</h3></a><p class="t-14">${owner.headline ?? ''}</p></div>
<h2 class="text-heading-large ph5 pt5 pb2">All activity</h2><div role="group" aria-label="Select type of recent activity"><button aria-pressed="true" class="profile-creator-shared-pills__pill artdeco-pill" type="button"><span class="artdeco-pill__text">Posts</span></button><button aria-pressed="false" class="profile-creator-shared-pills__pill artdeco-pill" type="button"><span class="artdeco-pill__text">Comments</span></button></div>
<div class="scaffold-finite-scroll scaffold-finite-scroll--infinite"><div class="scaffold-finite-scroll__content"><ul class="display-flex flex-wrap list-style-none justify-center">
${posts.map((p) => `<li class="profile-creator-shared-feed-update__container"><div class="relative artdeco-card">${p}</div></li>`).join('\n')}
</ul></div></div></section></div></main>`,
  );
}

function guestPost(author: Person, urn: string, share: string, text: string, others: Person[]): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${text.slice(0, 40)} | ${author.name} | LinkedIn</title>
<meta name="pageKey" content="d_public_post"><meta property="og:url" content="https://www.linkedin.com/posts/${author.slug}_open-data-activity-${urn.split(':').pop()}-Qx3d">
<meta property="lnkd:url" content="https://www.linkedin.com/feed/update/${urn}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SocialMediaPosting","author":{"@type":"Person","name":"${author.name}","url":"https://www.linkedin.com/in/${author.slug}"},"text":"${text}"}</script>
</head><body class="overflow-hidden"><main class="main" role="main"><section class="core-rail">
<article class="flex flex-col main-feed-activity-card main-feed-activity-card--with-comments" data-activity-urn="${urn}" data-attributed-urn="${share}" data-featured-activity-urn="${urn}">
<div class="flex"><a href="https://www.linkedin.com/in/${author.slug}?trk=public_post_feed-actor-image"><img alt="${author.name}"></a><div class="flex flex-col"><a href="https://www.linkedin.com/in/${author.slug}?trk=public_post_feed-actor-name" data-tracking-control-name="public_post_feed-actor-name" class="text-sm link-styled no-underline leading-open">${author.name}</a><p class="text-color-text-low-emphasis">${author.headline ?? ''}</p></div></div>
<p class="attributed-text-segment-list__content text-color-text !text-sm whitespace-pre-wrap break-words" dir="ltr">${text}</p>
<section class="comment"><a href="https://www.linkedin.com/in/${others[0]!.slug}?trk=public_post_comment_actor-name" data-tracking-control-name="public_post_comment_actor-name">${others[0]!.name}</a><p class="comment__text">Great summary, thank you.</p></section>
</article></section>
<aside class="right-rail"><h2>More Relevant Posts</h2><article class="main-feed-activity-card" data-activity-urn="urn:li:activity:7355000000000000001"><a href="https://www.linkedin.com/in/${others[1]!.slug}?trk=public_post_feed-actor-name" data-tracking-control-name="public_post_feed-actor-name">${others[1]!.name}</a><p class="attributed-text-segment-list__content">Unrelated post about logistics.</p></article></aside>
</main></body></html>
`;
}

function searchPage(lang: Lang, people: Person[]): string {
  return emberShell(
    lang,
    `"open data" | Recherche | LinkedIn`,
    `<main class="scaffold-layout__main"><div class="search-results-container"><ul role="list">${people
      .map(
        (p, i) => `<li><div data-chameleon-result-urn="urn:li:member:${900000 + i}" data-view-name="search-entity-result-universal-template" class="${hash8('sr' + i)}">
<a class="app-aware-link" href="https://www.linkedin.com/in/${p.slug}?miniProfileUrn=urn%3Ali%3Afsd_profile%3A${memberId(p.slug)}"><span dir="ltr"><span aria-hidden="true">${p.name}</span><span class="visually-hidden">Voir le profil de ${p.name}</span></span></a>
<div class="t-14 t-black t-normal">${p.headline ?? ''}</div><div class="t-14 t-normal">Lyon</div><span class="entity-result__badge-text">• 2e</span></div></li>`,
      )
      .join('\n')}</ul></div></main>`,
  );
}

// ---------------------------------------------------------------- the people (all invented)

const P = (name: string, slug: string, headline?: string): Person => ({ name, slug, headline });
const C = (name: string, company: string): Company => ({ name, company });

const pages: Record<string, string> = {};

// V4 feeds, one per language: a plain post, a social-proof header, a repost of a company, a recommendation module, a quote post.
const feedCast: Record<Lang, { a: Person; b: Person; liker: Person; reposter: Person; co: Company; q: Person; qco: Company; recs: Person[] }> = {
  en: { a: P('Harriet Quill', 'harriet-quill-3b7', 'Supply chain analyst'), b: P('Omar Castellanos', 'omarcastellanos'), liker: P('Nadia Ferro', 'nadia-ferro-12'), reposter: P('Ben Oyelaran', 'ben-oyelaran'), co: C('Northwind Freight', 'northwind-freight'), q: P('Ingrid Vasquez-Lund', 'ingrid-vl'), qco: C('Lumen Atlas', 'lumen-atlas'), recs: [P('Theo Marchetti', 'theo-marchetti-9'), P('Kalani Brooks', 'kalanibrooks')] },
  pt: { a: P('Joana Albuquerque', 'joana-albuquerque-7c', 'Engenheira de dados'), b: P('Rafael Tavares Lima', 'rafaeltlima'), liker: P('Beatriz Moura', 'bia-moura'), reposter: P('Caio Nogueira', 'caio-nogueira-44'), co: C('Varanda Tecnologia', 'varanda-tec'), q: P('Luíza Prates', 'luiza-prates'), qco: C('Mercado Aberto SA', 'mercado-aberto'), recs: [P('Gustavo Pimentel', 'gustavo-pimentel-0'), P('Débora Sales', 'debora-sales-rh'), P('Henrique Falcão', 'hfalcao')] },
  fr: { a: P('Amélie Rousseau-Diallo', 'am%C3%A9lie-rousseau-diallo-5a', 'Responsable RH'), b: P('Étienne Garnier', 'etienne-garnier'), liker: P('Chloé Bernard', 'chloe-bernard-83'), reposter: P('Yanis Haddad', 'yanis-haddad'), co: C('Atelier Boréal', 'atelier-boreal'), q: P('Margaux Lefèvre', 'margaux-lefevre-1'), qco: C('Cartographie Nova', 'cartonova'), recs: [P('Hugo Lambert', 'hugo-lambert-b2'), P('Inès Caron', 'ines-caron')] },
  es: { a: P('Lucía Fernández Ortega', 'luciafortega', 'Directora de producto'), b: P('Mateo Iglesias', 'mateo-iglesias-22'), liker: P('Carmen Ruiz', 'carmenruiz'), reposter: P('Diego Salazar', 'diego-salazar-mx'), co: C('Brisa Solar', 'brisa-solar'), q: P('Valentina Cruz', 'valentina-cruz-7'), qco: C('Ruta Norte Logística', 'ruta-norte'), recs: [P('Sergio Montes', 'sergio-montes'), P('Paula Vidal', 'paula-vidal-ux')] },
  de: { a: P('Jonas Weißmüller', 'jonas-weissmueller', 'Softwarearchitekt'), b: P('Friederike Hahn', 'friederike-hahn-4'), liker: P('Lukas Brandt', 'lukasbrandt'), reposter: P('Sabine Krüger', 'sabine-krueger-hr'), co: C('Kesselwerk GmbH', 'kesselwerk'), q: P('Matthias Oberle', 'moberle'), qco: C('Datenhafen AG', 'datenhafen'), recs: [P('Anna Lindqvist', 'anna-lindqvist'), P('Felix Stein', 'felix-stein-7')] },
  it: { a: P('Giulia Santoro', 'giulia-santoro-6', 'Data scientist'), b: P('Lorenzo Bianchi De Luca', 'lorenzobdl'), liker: P('Chiara Ricci', 'chiara-ricci-mi'), reposter: P('Marco Gallo', 'marcogallo'), co: C('Fonderia Aurora', 'fonderia-aurora'), q: P('Federica Conti', 'federica-conti'), qco: C('Porto Digitale', 'porto-digitale'), recs: [P('Alessandro Greco', 'alessandro-greco-3'), P('Sara Marino', 'sara-marino')] },
  nl: { a: P('Sanne de Vries', 'sannedevries', 'Projectleider'), b: P('Thijs van den Berg', 'thijs-van-den-berg-1'), liker: P('Noor Jansen', 'noor-jansen'), reposter: P('Daan Visser', 'daan-visser-nl'), co: C('Polderlicht BV', 'polderlicht'), q: P('Fleur Bakker', 'fleur-bakker'), qco: C('Grachtwerk', 'grachtwerk'), recs: [P('Ruben Smit', 'ruben-smit'), P('Lotte Mulder', 'lotte-mulder-2')] },
};

(Object.keys(feedCast) as Lang[]).forEach((lang, li) => {
  const c = feedCast[lang];
  const here = 'https://www.linkedin.com/feed/';
  const withLabels = lang !== 'en'; // the 2026-03 English build has no labels on Comment/Repost/Send
  const items = [
    v4FeedItem(lang, here, { author: c.a, text: `[${lang}-v4-a] Quarterly notes on warehouse routing and what we changed.` }, withLabels),
    v4FeedItem(lang, here, { author: c.b, header: { who: c.liker, kind: 'likes' }, text: `[${lang}-v4-b] Three lessons from mentoring new hires this year.` }, withLabels),
    v4Recommendation(lang, c.recs, li % 2 === 0 ? L[lang].feedPost : L[lang].recommended),
    v4FeedItem(lang, here, { author: c.co, header: { who: c.reposter, kind: 'reposted' }, text: `[${lang}-v4-c] We are opening a new site next spring.` }, withLabels),
    v4FeedItem(lang, here, { author: c.q, text: `[${lang}-v4-d] Worth reading, my thoughts below.`, quoted: { author: li % 2 === 0 ? c.qco : c.a, text: `[${lang}-v4-d-inner] The original announcement.` } }, withLabels),
  ];
  if (lang === 'en') items.push(v4FeedItem(lang, here, { author: C('Crestline Analytics', 'crestline-analytics'), promoted: true, text: '[en-v4-e] Try our dashboard free for 30 days.' }, withLabels));
  pages[`v4-feed-${lang}.html`] = v4Feed(lang, items, lang === 'de');
});

// V4 profiles, one per language, with rails, a Premium rail with Message links, and (some) an activity section.
const profCast: Record<Lang, { p: Person; loc: string; rails: Person[]; prem: Person[] }> = {
  en: { p: P('Priya Raman-Whitfield', 'priya-raman-whitfield', 'Head of Partnerships at Lumen Atlas'), loc: 'Leeds, England, United Kingdom', rails: [P('Callum Reid', 'callum-reid-5'), P('Sofia Andrade', 'sofiaandrade')], prem: [P('Gareth Pryce', 'gareth-pryce')] },
  pt: { p: P('Marcelo Antunes Rocha', 'marcelo-antunes-rocha', 'Gerente de operações'), loc: 'Campinas, São Paulo, Brasil', rails: [P('Tatiane Lopes', 'tatiane-lopes-3'), P('Vinícius Reis', 'vinicius-reis')], prem: [P('Aline Pacheco', 'aline-pacheco-ti')] },
  fr: { p: P('Baptiste Morel', 'baptiste-morel-b1', 'Chef de projet data'), loc: 'Nantes, Pays de la Loire, France', rails: [P('Léa Fontaine', 'lea-fontaine'), P('Nicolas Perrin', 'nicolas-perrin-9')], prem: [P('Sophie Marchal', 'sophie-marchal')] },
  es: { p: P('Ximena Ortiz Barros', 'ximena-ortiz-barros', 'Abogada laboral'), loc: 'Valencia, Comunidad Valenciana, España', rails: [P('Andrés Molina', 'andres-molina-a'), P('Rocío Herrera', 'rocioherrera')], prem: [P('Javier Nuñez', 'javier-nunez-ceo')] },
  de: { p: P('Katharina Vogelsang', 'katharina-vogelsang', 'Leiterin Einkauf'), loc: 'Köln, Nordrhein-Westfalen, Deutschland', rails: [P('Tobias Wendt', 'tobias-wendt-88'), P('Miriam Albers', 'miriam-albers')], prem: [P('Stefan Roth', 'stefan-roth-cfo')] },
  it: { p: P('Davide Esposito', 'davide-esposito-dev', 'Sviluppatore full stack'), loc: 'Torino, Piemonte, Italia', rails: [P('Martina Fabbri', 'martina-fabbri'), P('Simone Leone', 'simoneleone')], prem: [P('Elena Rinaldi', 'elena-rinaldi-hr')] },
  nl: { p: P('Maarten Hoekstra', 'maarten-hoekstra-1a', 'Teamlead klantenservice'), loc: 'Utrecht, Nederland', rails: [P('Eva Dekker', 'eva-dekker'), P('Jesse Kok', 'jesse-kok-77')], prem: [P('Iris Peters', 'iris-peters')] },
};

(Object.keys(profCast) as Lang[]).forEach((lang, li) => {
  const c = profCast[lang];
  const activity: V4Post[] | undefined =
    li % 2 === 0
      ? [
          { author: c.p, text: `[${lang}-prof-own] A short update from my side.` },
          { author: c.rails[0]!, header: { who: c.p, kind: 'reposted' }, text: `[${lang}-prof-repost] Hiring: two roles in my team.` },
        ]
      : undefined;
  pages[`v4-profile-${lang}.html`] = v4Profile({ lang, person: c.p, location: c.loc, rails: c.rails, premium: c.prem, activity });
});

// V4 edge cases.
pages['v4-profile-en-nonlatin-title.html'] = v4Profile({ lang: 'en', person: P('Zoë Ångström-Núñez', 'zoe-angstrom-nunez', 'Researcher, Nordic languages'), location: 'Uppsala, Sweden', rails: [P('Erik Holm', 'erik-holm')], premium: [P('Maja Berg', 'maja-berg')], titleName: '(4) Zoë Ångström-Núñez' });
pages['v4-profile-en-spa-leftover.html'] = v4Profile({ lang: 'en', person: P('Walter Pennington', 'walter-pennington', 'Retired pilot'), location: 'Denver, Colorado', rails: [P('Grace Li', 'grace-li-2')], premium: [], leftover: true });
pages['v4-feed-en-recommendations-only.html'] = v4Feed('en', [
  v4Recommendation('en', [P('Rowan Achebe', 'rowan-achebe'), P('Signe Dahl', 'signe-dahl')], 'Feed post'),
  v4Recommendation('en', [P('Kenji Watanabe', 'kenji-watanabe-3')], 'Suggested'),
]);

// V3 (2024–25) feeds with "commented on this" headers, promoted posts, an occluded placeholder and a follow rail.
const v3feed = (lang: Lang, c: { a: Person; commenter: Person; b: Person; co: Company; liker: Person }, n: number): string =>
  emberFeed(
    lang,
    [
      emberPost(lang, { gen: 'v3', urn: `urn:li:activity:72${n}0000000000000001`, author: c.a, text: `[${lang}-v3-a] Notes from the conference floor.` }, 0),
      emberPost(lang, { gen: 'v3', urn: `urn:li:activity:72${n}0000000000000002`, author: c.b, header: { who: c.commenter, kind: 'commented' }, comment: { who: c.commenter, text: 'Completely agree with point two.' }, text: `[${lang}-v3-b] Why we moved our team to four-day weeks.` }, 1),
      occluded(`urn:li:activity:72${n}0000000000000003`),
      emberPost(lang, { gen: 'v3', urn: `urn:li:activity:72${n}0000000000000004`, author: c.co, promoted: true, text: `[${lang}-v3-c] Meet the new release.` }, 2),
      emberPost(lang, { gen: 'v3', urn: `urn:li:activity:72${n}0000000000000005`, author: c.a, header: { who: c.liker, kind: 'likes' }, text: `[${lang}-v3-d] A follow-up on yesterday's thread.` }, 3),
    ],
    [P('Quentin Abara', 'quentin-abara'), P('Elif Şahin', 'elif-sahin')],
  );
pages['v3-feed-en.html'] = v3feed('en', { a: P('Declan Murphy', 'declan-murphy-71'), commenter: P('Aisha Karimi', 'aisha-karimi'), b: P('Rosa Delgado', 'rosadelgado'), co: C('Tidewater Labs', 'tidewater-labs'), liker: P('Victor Hale', 'victor-hale') }, 1);
pages['v3-feed-fr.html'] = v3feed('fr', { a: P('Camille Dupont-Moreau', 'camille-dupont-moreau'), commenter: P('Julien Petit', 'julien-petit-3'), b: P('Manon Girard', 'manon-girard'), co: C('Verrerie du Lac', 'verrerie-du-lac'), liker: P('Lucas Roux', 'lucas-roux-4') }, 2);
pages['v3-feed-es.html'] = v3feed('es', { a: P('Álvaro Medina', 'alvaro-medina'), commenter: P('Elena Castro', 'elena-castro-b'), b: P('Nerea Gil', 'nereagil'), co: C('Olivar Digital', 'olivar-digital'), liker: P('Pablo Serrano', 'pablo-serrano-1') }, 3);
pages['v3-feed-de.html'] = v3feed('de', { a: P('Henrik Schäfer', 'henrik-schaefer'), commenter: P('Laura Zimmermann', 'laura-zimmermann-3'), b: P('Jan Petersen', 'janpetersen'), co: C('Nordlicht Systeme', 'nordlicht-systeme'), liker: P('Mia Köhler', 'mia-koehler') }, 4);
pages['v3-feed-pt.html'] = v3feed('pt', { a: P('Renata Siqueira', 'renata-siqueira'), commenter: P('Otávio Campos', 'otavio-campos'), b: P('Larissa Freitas', 'larissa-freitas-8'), co: C('Cajueiro Foods', 'cajueiro-foods'), liker: P('Tiago Barros', 'tiago-barros') }, 5);

// V2 (2023) feeds and V1 (2022) feeds.
pages['v2-feed-en.html'] = emberFeed('en', [
  emberPost('en', { gen: 'v2', urn: 'urn:li:activity:7080000000000000011', author: P('Maeve Gallagher', 'maeve-gallagher', 'Nurse educator'), text: '[en-v2-a] Our ward just passed its audit.' }, 0),
  emberPost('en', { gen: 'v2', urn: 'urn:li:activity:7080000000000000012', author: C('Harbourview Health', 'harbourview-health'), header: { who: P('Owen Price', 'owen-price-rn'), kind: 'reposted' }, text: '[en-v2-b] We are recruiting nurses in three cities.' }, 1),
]);
pages['v2-feed-nl.html'] = emberFeed('nl', [
  emberPost('nl', { gen: 'v2', urn: 'urn:li:activity:7090000000000000021', author: P('Pieter de Groot', 'pieter-de-groot-3'), header: { who: P('Anouk Vos', 'anouk-vos'), kind: 'commented' }, comment: { who: P('Anouk Vos', 'anouk-vos'), text: 'Mooi werk!' }, text: '[nl-v2-a] Ons nieuwe kantoor is open.' }, 0),
  emberPost('nl', { gen: 'v2', urn: 'urn:li:activity:7090000000000000022', author: P('Femke Meijer', 'femke-meijer'), text: '[nl-v2-b] Vacature: junior ontwikkelaar.' }, 1),
]);
pages['v1-feed-en.html'] = emberFeed('en', [
  emberPost('en', { gen: 'v1', urn: 'urn:li:activity:6930000000000000031', author: P('Curtis Blackwood', 'curtis-blackwood', 'Data engineer'), text: '[en-v1-a] Spark tips for small clusters.' }, 0),
  occluded('urn:li:activity:6930000000000000032'),
  emberPost('en', { gen: 'v1', urn: 'urn:li:activity:6930000000000000033', author: P('Lena Fischer', 'lena-fischer-ml'), header: { who: P('Arjun Mehta', 'arjun-mehta-5'), kind: 'likes' }, text: '[en-v1-b] Slides from my talk are up.' }, 1),
  occluded('urn:li:aggregate:6930000000000000034'),
]);
pages['v1-feed-fr.html'] = emberFeed('fr', [
  emberPost('fr', { gen: 'v1', urn: 'urn:li:activity:6940000000000000041', author: C('Boulangeries Marcel', 'boulangeries-marcel'), promoted: true, text: '[fr-v1-a] Nouvelle boutique à Rennes.' }, 0),
  emberPost('fr', { gen: 'v1', urn: 'urn:li:activity:6940000000000000042', author: P('Gaëlle Marchand', 'gaelle-marchand'), header: { who: P('Rémi Faure', 'remi-faure'), kind: 'commented' }, text: '[fr-v1-b] Retour sur notre hackathon.' }, 1),
]);

// V3 / V2 profiles with the viewer in the nav, an "About" mention and a rail.
pages['v3-profile-en.html'] = emberProfile({ lang: 'en', gen: 'v3', person: P('Graham Achterberg', 'graham-achterberg', 'VP Engineering at Tidewater Labs'), location: 'Rotterdam, South Holland, Netherlands', company: 'Tidewater Labs', alsoViewed: [P('Hannah Ostrowski', 'hannah-ostrowski'), P('Pedro Almeida', 'pedro-almeida-22')], memberNum: 73310022 });
pages['v3-profile-nl.html'] = emberProfile({ lang: 'nl', gen: 'v3', person: P('Wouter Kramer', 'wouter-kramer', 'Controller bij Polderlicht'), location: 'Amersfoort, Utrecht, Nederland', company: 'Polderlicht BV', alsoViewed: [P('Esther Brouwer', 'esther-brouwer')], memberNum: 73310023 });
pages['v3-profile-de.html'] = emberProfile({ lang: 'de', gen: 'v3', person: P('Ulrike Sommer', 'ulrike-sommer-2b', 'Produktmanagerin'), location: 'Leipzig, Sachsen, Deutschland', company: 'Kesselwerk GmbH', alsoViewed: [P('Dennis Wolf', 'dennis-wolf')], memberNum: 73310024 });
pages['v3-profile-it.html'] = emberProfile({ lang: 'it', gen: 'v3', person: P('Beatrice Colombo', 'beatrice-colombo', 'Architetta'), location: 'Milano, Lombardia, Italia', company: 'Porto Digitale', alsoViewed: [P('Matteo Ferrari', 'matteo-ferrari-ar')], memberNum: 73310025 });
pages['v3-profile-pt.html'] = emberProfile({ lang: 'pt', gen: 'v3', person: P('Fernanda Queiroz', 'fernanda-queiroz', 'Advogada'), location: 'Recife, Pernambuco, Brasil', alsoViewed: [P('Rodrigo Batista', 'rodrigo-batista')], memberNum: 73310026 });
pages['v2-profile-en.html'] = emberProfile({ lang: 'en', gen: 'v2', person: P('Nathaniel Osei', 'nathaniel-osei-4c', 'Student at Kumasi Tech'), location: 'Kumasi, Ashanti Region, Ghana', company: 'Kumasi Tech', alsoViewed: [P('Efua Mensah', 'efua-mensah')], memberNum: 83310001 });
pages['v2-profile-es.html'] = emberProfile({ lang: 'es', gen: 'v2', person: P('Inés Calderón', 'ines-calderon-b', 'Ingeniera civil'), location: 'Bogotá, Distrito Capital, Colombia', company: 'Ruta Norte Logística', alsoViewed: [P('Camilo Rojas', 'camilo-rojas')], memberNum: 83310002 });
pages['v2-profile-fr.html'] = emberProfile({ lang: 'fr', gen: 'v2', person: P('Thibault Leclerc', 'thibault-leclerc', 'Pharmacien'), location: 'Lille, Hauts-de-France, France', alsoViewed: [P('Océane Blanc', 'oceane-blanc')], memberNum: 83310003 });

// V3 activity pages: the owner's own post, a post the owner commented on (actor is someone else), a repost.
const owner1 = P('Samuel Adeyemi', 'samuel-adeyemi', 'Founder at Kora Studio');
pages['v3-activity-en.html'] = emberActivity('en', owner1, [
  emberPost('en', { gen: 'v3', urn: 'urn:li:activity:7300000000000000051', author: owner1, text: '[en-act-a] We shipped the redesign.' }, 0),
  emberPost('en', { gen: 'v3', urn: 'urn:li:activity:7300000000000000052', author: P('Helen Zhou', 'helen-zhou-8'), header: { who: owner1, kind: 'commented' }, comment: { who: owner1, text: 'Congratulations Helen!' }, text: '[en-act-b] Starting a new position today.' }, 1),
  emberPost('en', { gen: 'v3', urn: 'urn:li:activity:7300000000000000053', author: C('Kora Studio', 'kora-studio'), header: { who: owner1, kind: 'reposted' }, text: '[en-act-c] Studio open day on Friday.' }, 2),
]);
const owner2 = P('Chiara Lombardi', 'chiara-lombardi-9', 'Consulente marketing');
pages['v3-activity-it.html'] = emberActivity('it', owner2, [
  emberPost('it', { gen: 'v3', urn: 'urn:li:activity:7310000000000000061', author: P('Paolo Moretti', 'paolo-moretti'), header: { who: owner2, kind: 'commented' }, comment: { who: owner2, text: 'Ottimo articolo.' }, text: '[it-act-a] Il marketing B2B nel 2025.' }, 0),
  emberPost('it', { gen: 'v3', urn: 'urn:li:activity:7310000000000000062', author: owner2, text: '[it-act-b] Nuovo corso in partenza.' }, 1),
]);
const owner3 = P('Adrián Pastor', 'adrian-pastor', 'Analista financiero');
pages['v3-activity-es.html'] = emberActivity('es', owner3, [
  emberPost('es', { gen: 'v3', urn: 'urn:li:activity:7320000000000000071', author: P('Marta Sanz', 'marta-sanz-fin'), header: { who: owner3, kind: 'likes' }, text: '[es-act-a] Resultados del trimestre.' }, 0),
]);

// Single post pages (logged-in, V3) with commenters, and a guest post page.
pages['v3-post-en.html'] = emberShell(
  'en',
  'Post | LinkedIn',
  `<main class="scaffold-layout__main" aria-label="Feed detail update"><div class="update-outlet">${emberPost('en', { gen: 'v3', urn: 'urn:li:activity:7330000000000000081', author: P('Olivia Brennan', 'olivia-brennan', 'Editor'), comment: { who: P('Marcus Webb', 'marcus-webb-2'), text: 'Thanks for sharing this.' }, text: '[en-post-a] Our newsroom style guide, now public.' }, 0)}</div></main>`,
);
pages['guest-post-en.html'] = guestPost(P('Theodora Quinn', 'theodora-quinn', 'Librarian'), 'urn:li:activity:7340000000000000091', 'urn:li:share:7340000000000000090', '[en-guest-a] The library is extending its hours.', [P('Ravi Nair', 'ravi-nair-lib'), P('Jonah Fell', 'jonah-fell')]);

// A people search page: names everywhere, but no profile and no post.
pages['v3-search-fr.html'] = searchPage('fr', [P('Clément Vidal', 'cl%C3%A9ment-vidal-55'), P('Sarah Benali', 'sarah-benali'), P('Maxime Giraud', 'maxime-giraud')]);

// Harder variants: markup drift the notes allow for but do not show.
{
  const here = 'https://www.linkedin.com/feed/';
  const bare = (a: Actor) =>
    `<div class="${hash8('actor2')}"><a href="${href(a)}" class="${hash8('avl2')}"><img alt="${a.name}" src="https://media.licdn.com/y"></a><div><a href="${href(a)}"><span class="${hash8('n2')}">${a.name}</span></a><span> · 3rd+</span><p>${isCompany(a) ? 'Company' : (a.headline ?? 'Designer')}</p></div></div>`;
  const card = (lang: Lang, a: Actor, text: string, headerHtml = '') =>
    `<div role="listitem" componentkey="expanded${token()}FeedType_MAIN_FEED_RELEVANCE"><h2><span>${L[lang].feedPost}</span></h2>${headerHtml}<div>${bare(a)}<button type="button" aria-label="${L[lang].control(a.name)}" aria-expanded="false"><svg id="overflow-web-ios-small"></svg></button></div><p><span data-testid="expandable-text-box">${text}</span></p>${v4ActionBar(lang, here, lang !== 'en')}</div>`;
  const liker = P('Odette Marsh', 'odette-marsh');
  const two = [P('Hugo Brandão', 'hugo-brandao'), P('Ama Owusu', 'ama-owusu-1')];
  pages['v4-feed-en-drift.html'] = v4Feed('en', [
    // The name only in a span inside the link; a social-proof header without the hr separator.
    card('en', P('Tessa Whitcombe', 'tessa-whitcombe', 'Illustrator'), '[en-drift-a] New sketchbook pages.', `<div><a href="https://www.linkedin.com/in/${liker.slug}/"><img alt="${liker.name}"></a><span><a href="https://www.linkedin.com/in/${liker.slug}/">${liker.name}</a> likes this</span></div>`),
    // Two people in the header ("X and Y like this").
    card('en', P('Rupert Oyelowo', 'rupert-oyelowo'), '[en-drift-b] Hiring a junior editor.', `<div><a href="https://www.linkedin.com/in/${two[0]!.slug}/">${two[0]!.name}</a> and <a href="https://www.linkedin.com/in/${two[1]!.slug}/">${two[1]!.name}</a> like this</div>`),
    // A promoted company post behind a "… follow <Company>" header naming a connection.
    card('en', C('Quayside Robotics', 'quayside-robotics'), '[en-drift-c] Meet our new warehouse arm.', `<div><a href="https://www.linkedin.com/in/${liker.slug}/">${liker.name}</a> and 3 other connections follow <a href="https://www.linkedin.com/company/quayside-robotics/">Quayside Robotics</a></div><p>Promoted</p>`),
    // A "People you may know" carousel with Connect links (vanityName) and no post parts.
    `<div role="listitem" componentkey="expanded${token()}FeedType_MAIN_FEED_RELEVANCE"><h2><span>People you may know</span></h2><ul>${[P('Ivo Brandt', 'ivo-brandt'), P('Leila Haddad', 'leila-haddad-2')].map((p) => `<li><a href="https://www.linkedin.com/in/${p.slug}/"><p>${p.name}</p></a><a href="/preload/custom-invite/?vanityName=${p.slug}" aria-label="Invite ${p.name} to connect"><svg id="connect-small"></svg>Connect</a></li>`).join('')}</ul></div>`,
    // A group post: the header links the group, the actor is a person.
    card('en', P('Morgan Ashby', 'morgan-ashby'), '[en-drift-d] Meetup notes from Tuesday.', `<div><a href="https://www.linkedin.com/groups/9911/">Product Ops Circle</a><span> · Posted in the group</span></div>`),
  ]);
  // A V4 single-post page with other people's comments.
  const author = P('Selin Aydın', 'selin-aydin', 'Urban planner');
  pages['v4-post-en.html'] = v4Shell(
    'en',
    'Post | LinkedIn',
    'com.linkedin.sdui.flagshipnav.feed.UpdateDetail',
    ['d_flagship3_detail_base'],
    `${card('en', author, '[en-v4post-a] Our bike-lane pilot results.').replace(/FeedType_MAIN_FEED_RELEVANCE/, 'FeedType_DETAIL')}
<div componentkey="commentsSectionContainer${token()}FeedType_DETAIL"><div data-testid="${token()}-commentList" data-component-type="LazyColumn">
${[P('Bram Kuiper', 'bram-kuiper'), P('Noa Levi', 'noa-levi-3')].map((c, i) => `<div componentkey="replaceableComment_urn:li:comment:(urn:li:activity:7400000000000000111,74000000000000002${i})"><a href="https://www.linkedin.com/in/${c.slug}/"><img alt="${c.name}"></a><a href="https://www.linkedin.com/in/${c.slug}/"><span>${c.name}</span></a><p>Comment ${i + 1} on the pilot.</p><div role="button" tabindex="0"><svg id="thumbs-up-outline-small" role="img" aria-label="${L.en.noReaction}"></svg></div><button type="button" aria-label="Reply">Reply</button></div>`).join('\n')}
</div></div>`,
  );
  // A V4 profile whose title is only "LinkedIn", with the owner's comment on someone else's post in Activity.
  const owner = P('Anneliese Baptiste', 'anneliese-baptiste', 'Head of Research');
  pages['v4-profile-en-plain-title.html'] = v4Profile({
    lang: 'en', person: owner, location: 'Montreal, Quebec, Canada', rails: [P('Dmitri Volkov', 'dmitri-volkov')], premium: [P('Helga Stromberg', 'helga-stromberg')], titleName: 'LinkedIn',
    activity: [{ author: P('Xavier Lemaire', 'xavier-lemaire'), header: { who: owner, kind: 'commented' }, text: '[en-plain-act] Survey results are in.' }],
  }).replace('<title>LinkedIn | LinkedIn</title>', '<title>LinkedIn</title>');
  // The viewer on their own V3 profile: viewer and viewed are the same person.
  pages['v3-profile-pt-self.html'] = emberShell(
    'pt',
    '(2) Mira Okonkwo-Hale | LinkedIn',
    emberProfile({ lang: 'pt', gen: 'v3', person: P('Mira Okonkwo-Hale', 'mira-okonkwo-hale', 'Chief of Staff'), location: 'Lisboa, Portugal', alsoViewed: [P('Rui Patrício Sousa', 'rui-patricio-sousa')], memberNum: 73319999 }).replace(/^[\s\S]*?<div class="scaffold-layout scaffold-layout--breakpoint-xl">/, '').replace(/<\/div><\/div>\s*<aside id="msg-overlay"[\s\S]*$/, ''),
  );
}

const dir = join(process.cwd(), 'tests/fixtures/held-out/synthetic');
mkdirSync(dir, { recursive: true });
for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
process.stdout.write(`${Object.keys(pages).length} synthetic pages written to ${dir}\n`);
