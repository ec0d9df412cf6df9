import { canonicalProfileUrl, isInternalProfileId } from '@/lib/linkedin/profile-url';

/**
 * Where Rapport sends the user to write to someone on LinkedIn (Congratulate).
 *
 * LinkedIn's own composer address names the recipient by its internal member
 * id, never by the public slug: the profile's Message link is
 * `/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3A<ACoAA…>&recipient=<ACoAA…>`
 * (see ../shared/docs/linkedin-v4-interactions.md and the saved profiles in
 * ../shared/fixtures). Rapport learns the id when it recognises the person's
 * profile (the top card's key, or its Message link) and stores it on the
 * contact (`memberId`). A `?recipient=<slug>` address is not one LinkedIn
 * documents or was seen to use, so without the id Rapport opens the person's
 * profile, which puts LinkedIn's own Message button one click away. No
 * request is made by Rapport: the browser opens the tab.
 */

const ORIGIN = 'https://www.linkedin.com';
const FSD_PROFILE = 'urn:li:fsd_profile:';

/** Where Congratulate goes, and whether that is the composer itself or the profile (no member id known yet). */
export interface MessageTarget {
  url: string;
  composer: boolean;
}

/** LinkedIn's message composer addressed to the member `memberId` (`ACoAA…`), as the profile's own Message link names it. */
export function composeMessageUrl(memberId: string): string {
  const query = new URLSearchParams({ profileUrn: `${FSD_PROFILE}${memberId}`, recipient: memberId });
  return `${ORIGIN}/messaging/compose/?${query.toString()}`;
}

/** The composer when the member id is known and well formed, else the person's profile. */
export function messageTarget(profileUrl: string, memberId?: string | null): MessageTarget {
  if (memberId && isInternalProfileId(memberId)) return { url: composeMessageUrl(memberId), composer: true };
  return { url: canonicalProfileUrl(profileUrl) ?? profileUrl, composer: false };
}

/**
 * The member a composer link writes to: its `recipient`, an `ACoAA…` id,
 * agreeing with its `profileUrn` when the link has one. Null for any other
 * link, or when the two disagree (then nobody can be sure whom it names).
 */
export function memberIdFromComposeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, ORIGIN);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/.test(url.hostname) || url.pathname !== '/messaging/compose/') return null;
  const recipient = url.searchParams.get('recipient');
  if (recipient === null || !isInternalProfileId(recipient)) return null;
  const urn = url.searchParams.get('profileUrn');
  if (urn !== null && urn !== `${FSD_PROFILE}${recipient}`) return null;
  return recipient;
}
