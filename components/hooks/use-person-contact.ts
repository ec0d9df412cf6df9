import { useMemo } from 'react';
import type { PersonRef } from '@/lib/model/commands';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { createContactStore } from '@/lib/stores/contact-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';

/** The contact a recognised person is in Rapport, followed live: `contact` is null while they are not (or still loading). */
export function usePersonContact(person: Pick<PersonRef, 'profileUrl'>) {
  const id = contactIdFromProfileUrl(person.profileUrl)!;
  const store = useMemo(() => createContactStore(id), [id]);
  const state = useLiveQueryStore(store);
  return { state, contact: state.status === 'ready' ? state.data : null };
}
