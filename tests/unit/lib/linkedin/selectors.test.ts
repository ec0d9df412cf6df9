import { describe, expect, it } from 'vitest';
import * as selectors from '@/lib/linkedin/selectors';
import { hasRealPages, real, synthetic } from './fixtures';

/**
 * How many elements each selector variant matches on the pages its comment
 * names. A count that changes means the markup or the selector changed: the
 * comment (generation, fixture) must be kept true.
 */
const count = (doc: Document, selector: string) => doc.querySelectorAll(selector).length;

describe('selectors on synthetic pages', () => {
  it.each([
    ['feed.v3.html', 'postRoot', '[data-id^="urn:li:activity:"]', 5], // four cards and an occluded one
    ['feed.v3.html', 'postRoot', '[data-id^="urn:li:sponsoredContentV2:"]', 1],
    ['feed.v3.html', 'emberActorLink', 'a.update-components-actor__meta-link', 6],
    ['feed.v3.html', 'repostOriginal', '.update-components-mini-update-v2', 1],
    ['feed.v3.html', 'likeButton', 'button.react-button__trigger[aria-pressed]', 1],
    ['feed.v3.html', 'commentButton', 'button.comment-button', 1],
    ['feed.v3.html', 'repostButton', 'button.social-reshare-button', 1],
    ['activity.v3.html', 'postRoot', '[data-urn^="urn:li:activity:"]', 2],
    ['activity.v3.html', 'postRoot', '[data-urn^="urn:li:ugcPost:"]', 1],
    ['activity.v3.html', 'activityTopCard', '#recent-activity-top-card', 1],
    ['feed.v4.html', 'reactPostItem', '[role="listitem"]', 5],
    ['feed.v4.html', 'v4ControlMenu', 'button:has(svg#overflow-web-ios-small)', 5],
    ['feed.v4.html', 'v4HeaderRule', 'hr[role="presentation"]', 3],
    ['feed.v4.html', 'likeButton', 'button[aria-label^="Reaction button state"]', 1],
    ['feed.v4.html', 'commentButton', 'button:has(svg#comment-small)', 2],
    ['feed.v4.html', 'repostButton', 'button:has(svg#repost-small)', 2],
    ['feed.v4.html', 'likeButton', 'button:has(svg#thumbs-up-outline-small)', 2], // one labelled, one icon only
    ['profile-viewer-vs-viewed.v3.html', 'profileTopCard', 'section[data-member-id]', 1],
    ['profile-viewer-vs-viewed.v3.html', 'profileTopCardLink', 'a[href*="/overlay/about-this-profile/"]', 2],
    ['profile-viewer-vs-viewed.v3.html', 'jsonIsland', 'code[id^="bpr-guid-"]', 2],
    ['profile-non-latin.v2.html', 'profileTopCard', 'section.pv-top-card', 1],
    ['authwall.guest.html', 'authWall', 'meta[name="pageKey"][content^="auth_wall"]', 1],
  ] as const)('%s: %s %s matches %i', (file, group, selector, expected) => {
    expect(selectors[group]).toContain(selector);
    expect(count(synthetic(file), selector)).toBe(expected);
  });
});

describe.runIf(hasRealPages)('selectors on real pages', () => {
  it.each([
    ['feed/wiibee-cacheprep__AllYouNeed-MachineLearning__Feed _ LinkedIn.html', 'postRoot', '[data-id^="urn:li:activity:"]', 18], // 5 rendered, 13 occluded
    ['feed/wiibee-cacheprep__AllYouNeed-MachineLearning__Feed _ LinkedIn.html', 'postRoot', '[data-id^="urn:li:aggregate:"]', 2],
    ['feed/wiibee-cacheprep__AllYouNeed-MachineLearning__Feed _ LinkedIn.html', 'emberActorLink', 'a.feed-shared-actor__container-link', 6], // 5 cards, and a copy outside any card
    ['feed/hrhv__ollama-reply__TASK.md.anatomy_linkedin.html', 'emberActorLink', 'a.update-components-actor__meta-link', 1],
    ['feed/hrhv__ollama-reply__TASK.md.anatomy_linkedin.html', 'likeButton', 'button.react-button__trigger[aria-pressed]', 1],
    ['feed/hrhv__ollama-reply__TASK.md.anatomy_linkedin.html', 'repostButton', 'button:has([data-test-icon="repost-small"])', 1],
    ['feed/sravanpusuluri02__portfolio__Feed _ LinkedIn.html', 'reactPostItem', '[role="listitem"]', 8],
    ['feed/HITMAN5050__Linkedin-bot__debug_feed.html', 'reactPostItem', '[role="listitem"]', 8],
    ['feed/HITMAN5050__Linkedin-bot__debug_feed.html', 'v4ControlMenu', 'button[aria-label^="Open control menu for post by "]', 8],
    ['feed/HITMAN5050__Linkedin-bot__debug_feed.html', 'v4HeaderRule', 'hr[role="presentation"]', 17],
    ['profile/yennanliu__linkedin-skill__profile_snapshot.html', 'reactTopCard', '[componentkey$="Topcard"]', 2], // the div and the section inside it
    ['profile/yennanliu__linkedin-skill__profile_snapshot.html', 'reactTopCardName', 'h2', 9], // one in the top card; section titles elsewhere
    ['profile/yennanliu__linkedin-skill__profile_snapshot.html', 'reactMemberAction', 'a[href*="/messaging/compose/?profileUrn="]', 5], // four for the person (top card, its narrow layout, the sticky header), one for a person in the rails
    ['profile/yennanliu__linkedin-skill__profile_snapshot.html', 'reactPostLink', 'a[href*="/feed/update/urn:li:"]:has(svg#comment-small)', 10],
    ['profile/yennanliu__linkedin-skill__profile_snapshot.html', 'reactPostItem', '[role="listitem"]', 15], // 10 activity cards; the other 5 are not posts (no control menu)
    ['profile/yennanliu__linkedin-skill__tmp_profile_1.html', 'reactTopCardCompany', '[role="button"]:has(svg[id^="company-accent"])', 1],
    ['profile/yennanliu__linkedin-skill__tmp_profile_1.html', 'reactMemberAction', 'a[href*="vanityName="]', 3], // all for the person: the top card's two layouts and the sticky header
    ['profile/yennanliu__linkedin-skill__tmp_profile_4.html', 'reactTopCardCompany', '[role="button"]:has(svg[id^="company-accent"])', 1],
    ['feed/sravanpusuluri02__portfolio__Feed _ LinkedIn.html', 'v4ControlMenu', 'button:has(svg#overflow-web-ios-small)', 8],
    ['feed/sravanpusuluri02__portfolio__Feed _ LinkedIn.html', 'likeButton', 'button[aria-label^="Reaction button state"]', 8],
    ['feed/wiibee-cacheprep__AllYouNeed-MachineLearning__Feed _ LinkedIn.html', 'repostButton', '.social-details-reshare-button button', 5],
    ['feed/santos-sanz__linkedin-post-scraper__Feed _ LinkedIn.html', 'jsonIsland', 'code[id^="bpr-guid-"]', 18],
    ['profile/TanishG03__Megathon2023__basic.html', 'profileTopCard', 'section[data-member-id]', 1],
    ['profile/TanishG03__Megathon2023__basic.html', 'profileHeadline', 'div.text-body-medium.break-words', 1],
    ['profile/ChaitanyaKiran14__LinkedinUserProfileScraper__test.html', 'profileTopCardLink', 'a[href*="/overlay/about-this-profile/"]', 1],
    ['profile/ChaitanyaKiran14__LinkedinUserProfileScraper__test.html', 'profileTopCardLink', 'a[href*="/overlay/contact-info/"]', 1],
    ['profile/ChaitanyaKiran14__LinkedinUserProfileScraper__test.html', 'profileLocation', 'span.text-body-small.inline.t-black--light.break-words', 1],
    ['profile/julianbei__linkedin-public-profile__test_fixtures_profile.html', 'guestProfileName', 'h1#name', 1],
    ['activity/TanishG03__Megathon2023__activities.html', 'activityTopCard', '#recent-activity-top-card', 1],
    ['post/saiakhiltp__Linkedin_Scrapper__linkedin_post.html', 'postRoot', 'article[data-activity-urn]', 1],
    ['other/TanishG03__Megathon2023__COMBINED_basic__70e543b_authwall.html', 'authWall', 'link[rel="canonical"][href$="/authwall"]', 2], // the page declares it twice
  ] as const)('%s: %s %s matches %i', (file, group, selector, expected) => {
    expect(selectors[group]).toContain(selector);
    expect(count(real(file), selector)).toBe(expected);
  });
});
