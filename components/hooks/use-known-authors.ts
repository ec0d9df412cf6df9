import { useEffect, useMemo } from 'react';
import { pagePostAuthorIds } from '@/lib/contacts/page-posts';
import type { RecognizedPost } from '@/lib/linkedin/types';
import type { Contact } from '@/lib/model/schema';
import type { LiveQueryStore } from '@/lib/stores/live-query-store';
import { createKnownContactsStore } from '@/lib/stores/person-store';

/**
 * Which of the people whose posts a page shows are in Rapport: one bulk read
 * by id (never one per post), following every write while mounted. Keyed by
 * the authors, not the array, so a new report with the same authors keeps the
 * same query. Returns the store, not its state: the lists that show it
 * subscribe themselves, so its arrival re-renders them, not the page around.
 */
export function useKnownAuthors(posts: readonly RecognizedPost[], known?: readonly Contact[]): LiveQueryStore<Contact[]> {
  const key = useMemo(() => pagePostAuthorIds(posts).join(' '), [posts]);
  // `known` came with these posts (the tab's context, read with it): the list is ready at once. Only the store's first
  // value: a later `known` for the same authors changes nothing, the store follows the database itself by then.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => createKnownContactsStore(key ? key.split(' ') : [], known), [key]);
  useEffect(() => store.start(), [store]);
  return store;
}
