import type { PersonRef } from '@/lib/model/commands';
import type { PostAuthor, ProfileAddress, RecognizedProfile } from '@/lib/linkedin/types';
import { canonicalProfileUrl } from '@/lib/linkedin/profile-url';

/** A recognised profile as a person to log against; null when its URL is not a canonical vanity URL. */
export function personFromProfile(profile: RecognizedProfile): PersonRef | null {
  const profileUrl = canonicalProfileUrl(profile.profileUrl);
  if (!profileUrl) return null;
  return {
    profileUrl,
    name: profile.name,
    ...(profile.headline ? { headline: profile.headline } : {}),
    ...(profile.location ? { location: profile.location } : {}),
    ...(profile.company ? { company: profile.company } : {}),
    ...(profile.avatarUrl?.startsWith('https://') ? { avatarUrl: profile.avatarUrl } : {}),
  };
}

/**
 * The person at a profile address, for logging when the page cannot be read.
 * A contact needs a name: the page title's when the page ties it to the
 * address, else the slug itself ("jane-doe-4a1b2c"), shown as it is rather
 * than guessed into a name. The real name replaces it as soon as a readable
 * page, an import or the user provides one. Callers log by contact id when the
 * person is already in Rapport, so a placeholder never overwrites a known name.
 */
export function personFromAddress(address: ProfileAddress): PersonRef | null {
  const profileUrl = canonicalProfileUrl(address.profileUrl);
  return profileUrl ? { profileUrl, name: address.name ?? address.slug } : null;
}

/** A post's author as a person; null for companies and authors without a vanity URL. */
export function personFromAuthor(author: PostAuthor | null): PersonRef | null {
  if (!author || author.kind !== 'person' || !author.profileUrl) return null;
  const profileUrl = canonicalProfileUrl(author.profileUrl);
  return profileUrl ? { profileUrl, name: author.name } : null;
}

// Post identity lives in lib/linkedin/post-identity.ts; re-exported for callers that import it from here.
export { postUrl } from '@/lib/linkedin/post-identity';
