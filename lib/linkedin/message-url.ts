import { canonicalProfileUrl } from '@/lib/linkedin/profile-url';

/**
 * Where Rapport sends the user to write to someone on LinkedIn (Congratulate).
 *
 * LinkedIn's own composer address names the recipient by its internal member
 * id, never by the public slug: the profile's Message link is
 * `/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3A<ACoAA…>&recipient=<ACoAA…>`
 * (see ../shared/docs/linkedin-v4-interactions.md and the saved profiles in
 * ../shared/fixtures). Rapport stores the slug only (`/in/<slug>/`), and a
 * `?recipient=<slug>` address is not one LinkedIn documents or was seen to
 * use, so it could open an empty composer, the wrong thread or an error.
 * The person's profile always works and puts LinkedIn's own Message button
 * one click away. No request is made by Rapport: the browser opens the tab.
 */
export function profileMessageUrl(profileUrl: string): string {
  return canonicalProfileUrl(profileUrl) ?? profileUrl;
}
