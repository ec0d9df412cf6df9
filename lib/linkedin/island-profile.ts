import { at, islandsContaining, jsonNeedles, stringAt, type Entity } from '@/lib/linkedin/json-islands';
import { canonicalSlug } from '@/lib/linkedin/profile-url';
import { cleanText } from '@/lib/linkedin/dom-text';

/**
 * A profile from the JSON islands (Ember 2022–25; the only source on a raw,
 * unrendered page). The islands hold the viewer too, so the entity is chosen
 * by the URL's slug (`publicIdentifier`) or internal id (`entityUrn`), never
 * by position: profile/ChaitanyaKiran14…linkedin_page.html lists the viewer first.
 */
export interface IslandProfile {
  slug: string;
  name: string | null;
  headline: string | null;
  location: string | null;
  avatarUrl: string | null;
}

export type ProfileKey = { slug: string } | { memberId: string };

const isProfileEntity = (e: Entity) => typeof e.$type === 'string' && /identity\.(profile\.Profile|shared\.MiniProfile)$/.test(e.$type);

function matches(entity: Entity, key: ProfileKey): boolean {
  if ('slug' in key) {
    const id = stringAt(entity, 'publicIdentifier');
    return id !== null && canonicalSlug(id) === key.slug;
  }
  const urn = stringAt(entity, 'entityUrn');
  return urn !== null && urn.endsWith(`:${key.memberId}`) && /:(fsd_profile|fs_miniProfile|fs_profile):/.test(urn);
}

/** The picture URL: root URL plus the 200 px artifact (what the top card shows), else the largest. */
function pictureUrl(entity: Entity): string | null {
  const vector =
    at(entity, 'profilePicture', 'displayImageReferenceResolutionResult', 'vectorImage') ??
    at(entity, 'profilePicture', 'displayImageReference', 'vectorImage') ??
    at(entity, 'picture');
  const root = stringAt(vector, 'rootUrl');
  const artifacts = at(vector, 'artifacts');
  if (!root || !Array.isArray(artifacts) || artifacts.length === 0) return null;
  const sized = artifacts.filter((a) => typeof at(a, 'width') === 'number' && stringAt(a, 'fileIdentifyingUrlPathSegment'));
  if (sized.length === 0) return null;
  const pick = sized.find((a) => at(a, 'width') === 200) ?? sized.reduce((a, b) => ((at(a, 'width') as number) >= (at(b, 'width') as number) ? a : b));
  const url = root + (stringAt(pick, 'fileIdentifyingUrlPathSegment') ?? '');
  return /^https:\/\//.test(url) ? url : null;
}

function locationOf(entity: Entity, included: Entity[]): string | null {
  const geoUrn = stringAt(entity, 'geoLocation', '*geo');
  if (geoUrn) {
    const geo = included.find((e) => e.entityUrn === geoUrn);
    const name = stringAt(geo, 'defaultLocalizedName');
    if (name) return name;
  }
  return stringAt(entity, 'locationName') ?? stringAt(entity, 'geoLocationName');
}

export function profileFromIslands(doc: Document, key: ProfileKey): IslandProfile | null {
  const needle = 'slug' in key ? key.slug : key.memberId;
  let found: IslandProfile | null = null;
  for (const island of islandsContaining(doc, jsonNeedles(needle))) {
    for (const entity of island.included) {
      if (!isProfileEntity(entity) || !matches(entity, key)) continue;
      const slug = canonicalSlug(stringAt(entity, 'publicIdentifier') ?? '');
      if (slug === null) continue;
      const first = cleanText(stringAt(entity, 'firstName'));
      const last = cleanText(stringAt(entity, 'lastName'));
      const candidate: IslandProfile = {
        slug,
        name: first || last ? cleanText(`${first ?? ''} ${last ?? ''}`) : null,
        headline: cleanText(stringAt(entity, 'headline')),
        location: locationOf(entity, island.included),
        avatarUrl: pictureUrl(entity),
      };
      // The same person appears in several islands, some slimmer than others: keep every field found.
      found = found
        ? {
            slug,
            name: found.name ?? candidate.name,
            headline: found.headline ?? candidate.headline,
            location: found.location ?? candidate.location,
            avatarUrl: found.avatarUrl ?? candidate.avatarUrl,
          }
        : candidate;
    }
  }
  return found;
}
