import { getDb } from '@/lib/db/db';
import { getContacts, listNotes, listTouchpoints, openJobChange } from '@/lib/db/repo/reads/pages';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';
import type { Contact } from '@/lib/model/schema';
import { sameValue } from '@/lib/sync/record-state';

/**
 * Live views for the side panel's person: notes, touchpoints, an open job
 * change, and who of a list of people is in Rapport (a page's authors; the
 * options page's keep-in-touch suggestions). Each follows every write.
 */

export const createNotesStore = (contactId: string) => createLiveQueryStore(() => listNotes(getDb(), contactId));

export const createTimelineStore = (contactId: string, limit: number) => createLiveQueryStore(() => listTouchpoints(getDb(), contactId, limit));

/** `known`: who of `ids` is in Rapport as just read with the tab's context, if it was (shown at once, then followed). */
export const createKnownContactsStore = (ids: readonly string[], known?: readonly Contact[]) =>
  createLiveQueryStore(() => getContacts(getDb(), ids), known ? { data: [...known], same: sameValue } : undefined);

/** The person's job change waiting to be congratulated or dismissed; null when there is none. */
export const createOpenJobChangeStore = (contactId: string) =>
  createLiveQueryStore(() => openJobChange(getDb(), contactId).then((change) => change ?? null));
