import { z } from 'zod/mini';

/**
 * What recognition reports about a LinkedIn page. The recognizer CLI prints
 * `{ page, profile, posts }` in this shape; the content script sends it, with
 * the URL and any degradation, to the background. Missing values are `null`.
 *
 * Written with `zod/mini` because the content script bundles these schemas
 * and must stay lean; the rest of Rapport uses them like any Zod schema.
 */

export const PAGE_KINDS = ['profile', 'feed', 'post', 'activity', 'search', 'messaging', 'company', 'other'] as const;
export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

const bounded = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const text = (max: number) => z.nullable(bounded(0, max));

export const RecognizedProfile = z.strictObject({
  slug: bounded(1, 100),
  profileUrl: bounded(1, 2048),
  name: bounded(1, 200),
  headline: text(500),
  location: text(200),
  /** The current company, when the page names it (English UI, or the 2016 guest page); null otherwise. */
  company: text(200),
  avatarUrl: text(2048),
  /**
   * LinkedIn's internal member id (`ACoAA…`) when the top card ties it to the
   * address (its key, or its Message link's recipient): the message composer
   * names the recipient by it. Absent when the page does not show it.
   */
  memberId: z.optional(z.string().check(z.regex(/^ACoAA[A-Za-z0-9_-]{10,100}$/))),
});
export type RecognizedProfile = z.infer<typeof RecognizedProfile>;

export const PostAuthor = z.strictObject({
  kind: z.enum(['person', 'company']),
  name: bounded(1, 200),
  slug: text(100),
  profileUrl: text(2048),
});
export type PostAuthor = z.infer<typeof PostAuthor>;

export const RecognizedPost = z.strictObject({
  /** `urn:li:activity:…` (or share/ugcPost) of the card when the page carries one; null in the 2026 React feed. */
  urn: text(200),
  /** A stable per-post key: the URN when there is one, else what the page offers (`componentkey:<token>` in the 2026 feed). */
  key: bounded(1, 300),
  /**
   * Who wrote it: the card's actor, never a social-proof header or a commenter. For a repost,
   * the original's actor; for a sponsored post, the company. Null when unsure.
   */
  author: z.nullable(PostAuthor),
  /** The author's text (the original's, for a repost), line breaks kept, at most 2,000 characters. */
  text: text(2000),
});
export type RecognizedPost = z.infer<typeof RecognizedPost>;

const recognitionShape = {
  page: PageKind,
  profile: z.nullable(RecognizedProfile),
  posts: z.array(RecognizedPost).check(z.maxLength(500)),
};

export const Recognition = z.strictObject(recognitionShape);
export type Recognition = z.infer<typeof Recognition>;

/**
 * The person a profile address (`/in/<slug>/`) names: known from the URL even
 * when nothing on the page can be read, so logging never depends on LinkedIn's
 * markup. `name` comes from the page title only when the page ties the title's
 * name to this slug (a link to `/in/<slug>/` or a `vanityName=<slug>` action
 * showing that name); null otherwise.
 */
export const ProfileAddress = z.strictObject({
  slug: bounded(1, 100),
  profileUrl: bounded(1, 2048),
  name: text(200),
});
export type ProfileAddress = z.infer<typeof ProfileAddress>;

export const PageContext = z.strictObject({
  ...recognitionShape,
  url: bounded(1, 2048),
  /** Set when recognition should have worked and did not: `profile-name-not-found` (a profile page showed no name in time). */
  degraded: text(300),
  /** On profile (and activity) pages: the person at this address, whether or not the page could be read. */
  address: z.optional(z.nullable(ProfileAddress)),
});
export type PageContext = z.infer<typeof PageContext>;
