import type { PageKind } from '@/lib/linkedin/types';

/**
 * What kind of LinkedIn page a URL shows, from the URL alone: URL shapes have
 * held from 2016 to 2026 while the markup changed five times. Each detector
 * is followed by the URLs it must accept; tests/unit/lib/linkedin/page-detect.test.ts
 * checks every detector against its own examples (positive) and every other
 * detector's (negative), so the kinds never overlap.
 *
 * Detectors are pure `(url) => boolean`; in the content script the default is
 * the tab's `location`. DOM confirmation (e.g. a logged-out wall) is separate.
 */

export type UrlLike = URL | Location | string;

const HOST = /^([a-z]{2,3}\.|www\.)?linkedin\.com$/i;

/** The path of a LinkedIn URL (any country host), or null for other sites. */
function linkedInPath(url: UrlLike): string | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : new URL(url.href);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return HOST.test(parsed.hostname) ? parsed.pathname : null;
}

const test = (re: RegExp) => (url: UrlLike = location) => {
  const path = linkedInPath(url);
  return path !== null && re.test(path);
};

// `/detail/recent-activity/` is the 2019–21 shape of the same page.
const ACTIVITY_PATH = /^\/in\/[^/]+\/(detail\/)?recent-activity(\/|$)/;

/** A person's profile, including its subpages (`/details/…`, `/overlay/…`), but not their activity list. */
export const isProfile = (url: UrlLike = location): boolean => {
  const path = linkedInPath(url);
  return path !== null && /^\/in\/[^/]+\/?/.test(path) && !ACTIVITY_PATH.test(path);
};
export const isProfileExamples = [
  'https://www.linkedin.com/in/jane-doe/',
  'https://www.linkedin.com/in/jane-doe',
  'https://www.linkedin.com/in/am%C3%A9lie-carnus-b9250721b?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB',
  'https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUv/',
  'https://www.linkedin.com/in/ponguru/details/experience/',
  'https://www.linkedin.com/in/jane-doe/overlay/contact-info/',
  'https://de.linkedin.com/in/julianamelung',
];

/** The main profile page itself (`/in/<slug>/`), where the top card must show a name. */
export const isProfileMain = test(/^\/in\/[^/]+\/?$/);

/** The home feed. */
export const isFeed = test(/^\/feed\/?$/);
export const isFeedExamples = ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed', 'https://www.linkedin.com/feed/?doFeedRefresh=true'];

/** One post: `/feed/update/urn:li:activity|share|ugcPost:<n>/` or the public `/posts/<slug>_<words>-activity-<n>-<xxxx>` alias. */
export const isPost = test(/^\/(feed\/update\/urn:li:(activity|share|ugcPost):\d+|posts\/[^/]+-(activity|share|ugcPost)-\d+-[\w-]+)\/?$/);
export const isPostExamples = [
  'https://www.linkedin.com/feed/update/urn:li:activity:7327277592623935488/',
  'https://www.linkedin.com/feed/update/urn:li:ugcPost:7202164457895022592',
  'https://www.linkedin.com/feed/update/urn:li:share:7195255464635346944/?commentUrn=x',
  'https://www.linkedin.com/posts/carol-seymour-40897614_happy-mothers-day-and-thank-you-to-all-the-activity-7327277592623935488-cePC',
];

/** A person's activity list: posts, comments, reactions. */
export const isActivity = test(ACTIVITY_PATH);
export const isActivityExamples = [
  'https://www.linkedin.com/in/jane-doe/recent-activity/all/',
  'https://www.linkedin.com/in/jane-doe/recent-activity/comments/',
  'https://www.linkedin.com/in/jane-doe/recent-activity/reactions/',
  'https://www.linkedin.com/in/jane-doe/detail/recent-activity/shares/',
];

/** Search results of any vertical (people, posts, companies). */
export const isSearch = test(/^\/search\/results(\/|$)/);
export const isSearchExamples = [
  'https://www.linkedin.com/search/results/people/?keywords=RH%20recruteur%20blagnac',
  'https://www.linkedin.com/search/results/all/?keywords=rapport',
];

/** The messaging page (the overlay on other pages does not make them messaging pages). */
export const isMessaging = test(/^\/messaging(\/|$)/);
export const isMessagingExamples = ['https://www.linkedin.com/messaging/', 'https://www.linkedin.com/messaging/thread/2-ZDc3ZjA4/'];

/** An organisation's page: company, showcase or school. */
export const isCompany = test(/^\/(company|showcase|school)\/[^/]+/);
export const isCompanyExamples = [
  'https://www.linkedin.com/company/microsoft-azure/',
  'https://www.linkedin.com/company/bland-ai/posts/',
  'https://www.linkedin.com/showcase/linkedin-learning/',
  'https://www.linkedin.com/school/iiit-hyderabad/',
];

/** Pages Rapport knows but recognises nothing on. */
export const otherExamples = [
  'https://www.linkedin.com/',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/notifications/',
  'https://www.linkedin.com/jobs/view/123/',
  'https://www.linkedin.com/authwall?sessionRedirect=x',
  'https://www.linkedin.com/feed/hashtag/ai/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com.evil.example/in/jane-doe/',
  'https://example.com/in/jane-doe/',
];

const DETECTORS: ReadonlyArray<readonly [PageKind, (url: UrlLike) => boolean]> = [
  ['activity', isActivity],
  ['profile', isProfile],
  ['post', isPost],
  ['feed', isFeed],
  ['search', isSearch],
  ['messaging', isMessaging],
  ['company', isCompany],
];

/** The page kind of a URL; `other` for anything else, including non-LinkedIn URLs. */
export function pageKind(url: UrlLike = location): PageKind {
  for (const [kind, detect] of DETECTORS) if (detect(url)) return kind;
  return 'other';
}
