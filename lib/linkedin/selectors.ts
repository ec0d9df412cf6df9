/**
 * Every CSS selector Rapport uses on LinkedIn, in one place. Each array holds
 * one variant per line with the markup generation it matches and a fixture
 * that shows it (generations: ../shared/docs/linkedin-markup.md §1; fixtures:
 * ../shared/fixtures/linkedin/ unless marked "synthetic", which live in
 * tests/fixtures/linkedin/). Expected counts per fixture are tested in
 * tests/unit/lib/linkedin/selectors.test.ts. Variants kept only for old markup
 * (no 2024–26 page shows them) end with "last seen <YYYY-MM>": the date of the
 * newest page that does, so they can be retired once users no longer get it;
 * every other variant names the 2024–26 page (year, or year-month) it was seen
 * on. tests/unit/lib/linkedin/selector-dates.test.ts holds every variant to this.
 *
 * Preference order, most robust first: URL and href shapes, data-* and aria-*
 * attributes, icon names, JSON islands matched by slug; BEM classes last and
 * only where nothing semantic exists. Hashed classes are never used.
 */

/** Joins variants into one selector list. */
export const any = (variants: readonly string[]): string => variants.join(',');

// ---------------------------------------------------------------- page state

/** Logged-out walls: nothing about the person is on the page, so recognising nobody is expected. */
export const authWall = [
  'meta[name="pageKey"][content^="auth_wall"]', // guest 2023: other/…_authwall.html; last seen 2023-10
  'link[rel="canonical"][href$="/authwall"]', // guest 2023: same page; last seen 2023-10
];

/** JSON islands of the Ember app (V1–V3, raw and rendered): `<code id="bpr-guid-N">`, described by `datalet-bpr-guid-N`. */
export const jsonIsland = [
  'code[id^="bpr-guid-"]', // V3 raw 2025-03: profile/ChaitanyaKiran14…linkedin_page.html; V2: profile/TanishG03…basic.html
];

/** The canonical URL of guest pages (V0 2016 public profile, guest posts). */
export const canonicalLink = [
  'link[rel="canonical"]', // V0 2016 (profile/julianbei…), guest posts 2025 (post/saiakhiltp__*)
];

// ---------------------------------------------------------------- profile

/**
 * Links whose href names the viewed profile's slug: `/in/<slug>/overlay/…/`.
 * They sit in the top card only (the viewer's "Me" menu and sidebars link `/in/<slug>/`).
 */
export const profileTopCardLink = [
  'a[href*="/overlay/about-this-profile/"]', // V2 2023 (TanishG03…basic.html), V3 2025 (ChaitanyaKiran14…test.html, aria-label = name)
  'a[href*="/overlay/contact-info/"]', // V2, V3 2025-03: a#top-card-text-details-contact-info (V4 2026-04 too: profile/yennanliu…)
];

/** The top card around those links. */
export const profileTopCard = [
  'section[data-member-id]', // V2 2023, V3 2025
  'section.pv-top-card', // V2 2023 (class kept for pages re-serialised without data-member-id); last seen 2023-10
];

/** The name heading in the top card. */
export const profileName = [
  'h1', // V2 (h1.text-heading-xlarge), V3 2025-03 (h1 with hashed class + "inline t-24"): the only h1 in the card
];

/** The headline under the name. */
export const profileHeadline = [
  'div.text-body-medium.break-words', // V2 2023, V3 2025 (utility classes that outlived hashing)
  '[data-generated-suggestion-target]', // V2, V3 2025-03: the same div, by its data attribute
];

/** The location line. */
export const profileLocation = [
  'span.text-body-small.inline.t-black--light.break-words', // V2 2023, V3 2025
];

/**
 * The current company in the top card: its visible text. Only the English UI
 * says which right-panel item is the company (the others are education), so in
 * other languages the company is unknown: null rather than a school.
 */
export const profileCurrentCompany = [
  'button[aria-label^="Current company:"]', // V2 2023: profile/TanishG03… ("Current company: boAt. Click to skip to experience card"); last seen 2023-10
];
/**
 * The same label in LinkedIn's other main UI languages (V2/V3 top card), as
 * prefixes of the aria-label; the value follows, up to ". " (see
 * parse-profile's labelledCompany). Verification, code search of public
 * repositories (2026-12): only the English one is seen on a real page; no
 * real non-English top card and no third-party tool quoting LinkedIn's label
 * was found ("Empresa actual:", "Empresa atual:", "Aktuelles Unternehmen:",
 * "Entreprise actuelle" occur only in unrelated apps), so every other entry
 * is unverified. Unverified translations can only miss (a null company),
 * never name a school: the label says "company". The 2026 React top card
 * needs none of them (reactTopCardCompany goes by icon id).
 */
export const CURRENT_COMPANY_LABELS = [
  'Current company:', // en: real, 2023-10 profile/TanishG03…
  'Empresa atual:', // pt: unverified
  'Empresa actual:', // es: unverified
  'Entreprise actuelle :', // fr: unverified
  'Entreprise actuelle:', // fr (without the French space): unverified
  'Aktuelles Unternehmen:', // de: unverified
  'Azienda attuale:', // it: unverified
  'Huidig bedrijf:', // nl: unverified
  'Obecna firma:', // pl: unverified
  'Nuvarande företag:', // sv: unverified
  'Mevcut şirket:', // tr: unverified
  '現在の会社:', // ja: unverified
  '目前公司:', // zh-CN: unverified
  '현재 회사:', // ko: unverified
] as const;

/** The profile picture: prefer the image whose alt is the person's name (locale-proof); then the labelled button. */
export const profileAvatar = [
  'button[aria-label="open profile picture"] img', // V2, V3 2025-03 (English UI)
  'img.pv-top-card-profile-picture__image', // V2 2023; last seen 2023-10
];

/**
 * V4 2026 React profile (`flagship-web` SDUI): the top card is keyed
 * `com.linkedin.sdui.profile.card.ref<ACoAA… member id>Topcard`; it has no h1,
 * the name is its h2 inside a link to `/in/<slug>/` (profile/yennanliu…, all three).
 * The innermost match is the card (a div and the section inside it carry the same key).
 */
export const reactTopCard = [
  '[componentkey$="Topcard"]', // V4 2026: profile/yennanliu… (div and section)
  '[componentkey^="com.linkedin.sdui.profile.card."][componentkey*="topcard" i]', // never seen: a drift guess, the same card key with another suffix or casing ("…TopCardSection", held-out-2 synthetic); added 2026-12
];
/** The name heading inside the React top card. */
export const reactTopCardName = [
  'h2', // V4 2026-04: the only h2 of the card
];
/**
 * The card's current-company entry, told from a school by its icon id (any UI
 * language): `company-accent-*` vs `school-accent-*` placeholders beside the logo.
 */
export const reactTopCardCompany = [
  '[role="button"]:has(svg[id^="company-accent"])', // V4 2026: profile/yennanliu… (Amazon Web Services (AWS), Mercari, Inc., Deloitte)
];
/** Member actions in the top card naming whom they act on: Message (member id) and Connect (vanity name). */
export const reactMemberAction = [
  'a[href*="/messaging/compose/?profileUrn="]', // V4 2026: profile/yennanliu… (urn:li:fsd_profile:ACoAA…, percent-encoded)
  'a[href*="vanityName="]', // V4 2026: profile/yennanliu…tmp_profile_1 (/preload/custom-invite/?vanityName=<slug>)
];

/** The activity page's card about its owner: a link `/in/<slug>/`, the photo (alt = name), name in h3, headline in h4. */
export const activityTopCard = [
  '#recent-activity-top-card', // V2 2023: activity/TanishG03…activities.html; last seen 2023-10
  '.pv-recent-activity-top-card', // V2 2023 (class prefix of the same card's parts); last seen 2023-10
];
export const activityOwnerName = [
  'h1', // V2 2023 activity card (activity/TanishG03…); last seen 2023-10
  'h2', // same card, other heading levels; last seen 2023-10
  'h3', // V2 2023: the name's heading there; last seen 2023-10
];
export const activityOwnerHeadline = [
  'h4', // V2 2023; last seen 2023-10
];

/** V0 2016 guest profile (profile/julianbei…test_fixtures_profile.html): microformats. */
export const guestProfileName = [
  'h1#name', // V0 2016; last seen 2016-08
  'h1.fn', // V0 2016 (microformat); last seen 2016-08
];
export const guestProfileHeadline = [
  'p.headline.title', // V0 2016; last seen 2016-08
  '[data-section="headline"]', // V0 2016; last seen 2016-08
];
export const guestProfileLocation = [
  '.locality', // V0 2016; last seen 2016-08
];
export const guestProfileAvatar = [
  'img.photo', // V0 2016; last seen 2016-08
];
export const guestProfileCompany = [
  '[data-section="currentPositionsDetails"] .org', // V0 2016: the first current position's organisation; last seen 2016-08
];

// ---------------------------------------------------------------- posts

/**
 * Post containers. Nested matches (the `data-urn` card inside its `data-id`
 * wrapper, a reshared original inside its repost) belong to the outermost one.
 */
export const postRoot = [
  '[data-id^="urn:li:activity:"]', // V1 2022 (feed/wiibee…), V3 2025 (feed/hrhv…): wrapper that survives occlusion
  '[data-id^="urn:li:aggregate:"]', // V1 2022: grouped updates; last seen 2022-05
  '[data-id^="urn:li:sponsoredContentV2:"]', // V3 raw 2025-06 (feed/santos-sanz…): sponsored update ids
  '[data-urn^="urn:li:activity:"]', // V3 2025-08 (feed/hrhv…); V2/V3 card without wrapper (activity pages, single post): synthetic activity.v3.html
  '[data-urn^="urn:li:ugcPost:"]', // same, for posts keyed by their ugcPost (synthetic activity.v3.html only; no real page); last seen 2025-08 (the data-urn card family, feed/hrhv…)
  '[data-urn^="urn:li:share:"]', // same, for shares (no real page); last seen 2025-08 (the data-urn card family, feed/hrhv…)
  'article[data-activity-urn]', // guest 2024–25: post/saiakhiltp__*
];

/**
 * V4 2026 post candidates: list items, kept only when they hold a post's own
 * parts (its control menu and its social action bar; see parse-post's
 * isReactPost). Recommendation modules ("People to follow"), carousels of
 * people and other feed furniture are list items too, without those parts.
 */
export const reactPostItem = [
  '[role="listitem"]', // V4 2026: feed/sravanpusuluri02…, feed/HITMAN5050… (componentkey "expanded<token>FeedType_…"); profile activity cards (profile/yennanliu…, componentkey a UUID)
];
/** V4: links naming the post a card shows (no URN attribute in V4): its Comment link, or the link around its text. */
export const reactPostLink = [
  'a[href*="/feed/update/urn:li:"]:has(svg#comment-small)', // V4 2026 profile activity: the Comment control is a link to the post
  'a[href*="/feed/update/urn:li:"]:has([data-testid="expandable-text-box"])', // V4 2026 profile activity: the commentary links to the post
];

/** Where a card states its URN, in order of preference. */
export const postUrnAttributes = [
  'data-urn', // V1 2022, V3 2025-08 (feed/hrhv…)
  'data-activity-urn', // guest 2025 (post/saiakhiltp__*)
  'data-id', // V1 2022, V3 2025-08 wrappers
] as const;

/** A reposted original inside a repost card: its actor is the post's author. */
export const repostOriginal = [
  '.update-components-mini-update-v2', // V2/V3 repost with thoughts (synthetic feed.v3.html); the class family still in feed/sravanpusuluri02 2026-05
  '.feed-shared-mini-update-v2', // V1 repost with thoughts; last seen 2022-05
  'article[data-activity-urn]', // guest 2025: nested article (post/…abdigoodarzi…, Nathalia Porras resharing Liza Adams)
];

/**
 * Ember actor (author) links. Chosen by class because the first `/in/` link of
 * a card is often a social-proof header ("X likes this") or a mention.
 */
export const emberActorLink = [
  'a.update-components-actor__meta-link', // V3 2025: feed/hrhv…
  'a.update-components-actor__container-link', // V2 2023; last seen 2023-10
  'a.feed-shared-actor__container-link', // V1 2022: feed/wiibee…; last seen 2022-05
  'a.update-components-actor__image', // V3 2025: the avatar link, same href
];

/** The actor's name inside the actor link: `span[dir=ltr]`, whose `aria-hidden` child holds the visible text (V3). */
export const emberActorName = [
  '.update-components-actor__title span[dir="ltr"]', // V3 2025
  '.update-components-actor__name span[dir="ltr"]', // V2 2023; last seen 2023-10
  '.feed-shared-actor__name span[dir="ltr"]', // V1 2022; last seen 2022-05
  'span[dir="ltr"]', // any Ember generation: first ltr span of the actor link (feed/hrhv… 2025-08)
];

/** The actor block, where "Promoted" marks a sponsored post. */
export const emberActorBlock = [
  '.update-components-actor', // V2, V3 (synthetic feed.v3.html; its parts' classes in feed/hrhv… 2025-08)
  '.feed-shared-actor', // V1; last seen 2022-05
];
export const emberActorSubDescription = [
  '.update-components-actor__sub-description', // V3 2025
  '.feed-shared-actor__sub-description', // V1 2022 ("Promoted" on the Rippling ad in feed/wiibee…); last seen 2022-05
];

/** Post text. */
export const postText = [
  '.update-components-text', // V2, V3 2025-08: feed/hrhv…
  '.feed-shared-text', // V1 2022: feed/wiibee…; last seen 2022-05
  '.update-components-mini-update-v2__reshared-content', // V3 2025 repost original's text (synthetic feed.v3.html); last seen 2025-08 (the update-components family, feed/hrhv…)
  '.attributed-text-segment-list__content', // guest 2025: post/saiakhiltp__*
  '[data-testid="expandable-text-box"]', // V4 2026: feed/sravanpusuluri02…
];

/** Guest post actor links (tracking names survive the guest app's class churn). */
export const guestActorLink = [
  'a[data-tracking-control-name="public_post_reshare_feed-actor-name"]', // guest 2025: the reshared original's actor
  'a[data-tracking-control-name="public_post_feed-actor-name"]', // guest 2024–25
];

/** V4: the post's control menu button; its block is the header or, without a header, the actor block. */
export const v4ControlMenu = [
  'button[aria-label^="Open control menu for post by "]', // V4 2026 (English UI; also V3 2025 "…post by <Name>")
  'button:has(svg#overflow-web-ios-small)', // V4 2026: icon name, any UI language
];
/** V4: the rule that closes a social-proof header ("X likes this") above the actor. */
export const v4HeaderRule = [
  'hr[role="presentation"]', // V4 2026-03: feed/HITMAN5050… (below "X reposted this")
];
/** V4: text inside the actor link (the name first; badges and degree follow in later paragraphs). */
export const v4ActorName = [
  'p', // V4 2026: feed/HITMAN5050…, feed/sravanpusuluri02…
];

/** Links to people and organisations (the author's, once the right block is found). */
export const entityLink = [
  'a[href*="/in/"]', // every generation (V4 2026-05)
  'a[href*="/company/"]', // every generation; V4 2026-03 links `/company/<slug>/posts/`
  'a[href*="/showcase/"]', // guest 2025 (post/saiakhiltp__*), V4 2026-04 (profile/yennanliu…)
  'a[href*="/school/"]', // V3 2025-06 (feed/santos-sanz…)
];

// ---------------------------------------------------------------- post actions (for touchpoint capture)

/** The Like button; `aria-pressed` tells whether the viewer has reacted. */
export const likeButton = [
  'button.react-button__trigger[aria-pressed]', // V1 2022 ("Like <Name>’s post"), V3 2025 ("React Like")
  'button[aria-label^="Reaction button state"]', // V4 2026: "Reaction button state: no reaction"
  'button:has(svg#thumbs-up-outline-small)', // V4 2026: icon as svg id
  'button:has([data-test-icon="thumbs-up-outline-small"])', // V3 2025: icon as data-test-icon
];

/** The Comment button (V4 has no aria-label: only the icon). */
export const commentButton = [
  'button.comment-button', // V1 2022, V3 2025
  'button:has(svg#comment-small)', // V4 2026
  'button:has([data-test-icon="comment-small"])', // V3 2025
];

/** The Repost button. */
export const repostButton = [
  'button.social-reshare-button', // V3 2025
  '.social-details-reshare-button button', // V1 2022: feed/wiibee…; last seen 2022-05
  'button:has(svg#repost-small)', // V4 2026
  'button:has([data-test-icon="repost-small"])', // V3 2025
];

/** Where a comment is sent from: the comment box's form and its submit button (V4 has no known sample). */
export const commentForm = [
  'form.comments-comment-box__form', // V1 2022, V3 2025
  'form.comments-comment-texteditor', // V3 2025 (unverified variant)
];
export const commentSubmitButton = [
  'button.comments-comment-box__submit-button', // V1 2022, V3 2025
  'button.comments-comment-box__submit-button--cr', // V3 2025
];

/** The menu the Repost button opens ("Repost", "Repost with your thoughts"). */
export const repostMenu = [
  '.social-reshare-button + .artdeco-dropdown__content', // V3 2025
  '.artdeco-dropdown__content--is-open', // V1 2022, V3 2025 (open dropdowns)
  '[role="menu"]', // V4 2026 and any ARIA menu
];
export const repostMenuItem = [
  '[role="menuitem"]', // V4 2026 and any ARIA menu (../shared/docs/linkedin-v4-interactions.md)
  '.artdeco-dropdown__item', // V1 2022, V3 2025 dropdowns
  'button', // any generation's menu entries (V3 2025)
  '[role="button"]', // V4 2026 menu entries without a button element
];

/** A profile link's name: the visible span LinkedIn pairs with a screen-reader copy (search, actor links). */
export const linkVisibleName = [
  'span[dir="ltr"] > span[aria-hidden="true"]', // V3 2025-03: search/Ecmosplasmidou… result links
  'span[aria-hidden="true"]', // V2 2023, V3 2025 actor links
];
