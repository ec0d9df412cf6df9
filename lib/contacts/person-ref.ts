import type { PersonRef } from '@/lib/model/commands';
import type { PostAuthor, RecognizedProfile } from '@/lib/linkedin/types';
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

/** A post's author as a person; null for companies and authors without a vanity URL. */
export function personFromAuthor(author: PostAuthor | null): PersonRef | null {
  if (!author || author.kind !== 'person' || !author.profileUrl) return null;
  const profileUrl = canonicalProfileUrl(author.profileUrl);
  return profileUrl ? { profileUrl, name: author.name } : null;
}

// Post identity lives in lib/linkedin/post-identity.ts; re-exported for callers that import it from here.
export { postUrl } from '@/lib/linkedin/post-identity';
