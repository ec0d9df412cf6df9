import { parseSavedPage } from './parse-saved-page';
import { recognizePage } from '@/lib/linkedin/recognize-page';
import { Recognition } from '@/lib/linkedin/types';
import { openConversations, recognizeConversation } from '@/lib/linkedin/messaging';

/** What `npm run --silent recognize` prints for a saved page: the contract's `{ page, profile, posts }` (plus open conversations, when there are any). */
export interface CliRecognition {
  page: Recognition['page'];
  profile: { slug: string; profileUrl: string; name: string; headline: string | null; location: string | null; avatarUrl: string | null } | null;
  posts: Recognition['posts'];
  conversations?: ReturnType<typeof recognizeConversation>[];
}

/**
 * The recognizer CLI's whole path from saved HTML to its output object, shared by
 * scripts/recognize.ts and the held-out check so that both run exactly the same code.
 * Throws when recognition produces output outside the contract (a bug in lib/linkedin).
 */
export function recognizeSavedPage(html: string, url: string): CliRecognition {
  const doc = parseSavedPage(html);
  const { page, profile, posts } = recognizePage(doc, url);
  const conversations = openConversations(doc).map(recognizeConversation);
  const result = Recognition.safeParse({ page, profile, posts });
  if (!result.success) throw new Error(`Recognition produced output outside the contract (a bug in lib/linkedin): ${result.error.message}`);
  // The contract names these profile fields, in this order; the current company that job-change
  // detection also reads is not part of it, so scripts built on the output keep working.
  const { slug, profileUrl, name, headline, location, avatarUrl } = result.data.profile ?? {};
  const contractProfile = result.data.profile && { slug: slug!, profileUrl: profileUrl!, name: name!, headline: headline ?? null, location: location ?? null, avatarUrl: avatarUrl ?? null };
  return { ...result.data, profile: contractProfile, ...(conversations.length > 0 ? { conversations } : {}) };
}
