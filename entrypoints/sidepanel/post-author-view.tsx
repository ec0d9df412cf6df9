import { useMemo, type ReactNode } from 'react';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import type { PageSubject } from '@/lib/contacts/page-subject';
import { createContactStore } from '@/lib/stores/contact-store';
import { useLiveQueryStore } from '@/components/use-live-query-store';
import { PersonView } from '@/components/person-view';
import { Loading } from '@/components/ui/status-message';

/** A single post: its author's notes and history if they are in Rapport, else what the panel shows on any page. */
export function PostAuthorView({ subject, otherwise }: { subject: Extract<PageSubject, { kind: 'post' }>; otherwise: ReactNode }) {
  const id = contactIdFromProfileUrl(subject.person.profileUrl)!;
  const store = useMemo(() => createContactStore(id), [id]);
  const state = useLiveQueryStore(store);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'ready' && state.data === null) return otherwise;
  return <PersonView person={subject.person} post={subject.post} />;
}
