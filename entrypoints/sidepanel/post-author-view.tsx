import type { ReactNode } from 'react';
import type { PageSubject } from '@/lib/contacts/page-subject';
import { PersonView } from '@/components/person/person-view';
import { Loading } from '@/components/ui/status-message';
import { usePersonContact } from '@/components/hooks/use-person-contact';

/** A single post: its author's notes and history if they are in Rapport, else what the panel shows on any page. */
export function PostAuthorView({ subject, otherwise }: { subject: Extract<PageSubject, { kind: 'post' }>; otherwise: ReactNode }) {
  const { state } = usePersonContact(subject.person);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'ready' && state.data === null) return otherwise;
  return <PersonView person={subject.person} post={subject.post} />;
}
