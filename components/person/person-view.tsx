import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import type { PersonRef } from '@/lib/model/commands';
import { PersonHeader } from '@/components/person/person-header';
import { AddPerson, ContactDetails } from '@/components/person/contact-details';
import { QuickLog } from '@/components/quick-log';
import { NotesSection } from '@/components/person/notes-section';
import { History } from '@/components/person/history';
import { JobChangeCard } from '@/components/person/job-change-card';
import { RelationshipStrength } from '@/components/person/relationship-strength';
import { LazyPersonPlans } from '@/components/person/lazy-person-plans';
import { momentOfDue } from '@/lib/starters/moment-of-due';
import { ErrorMessage, Loading } from '@/components/ui/status-message';
import { usePersonContact } from '@/components/hooks/use-person-contact';

/**
 * Everything about one person, for the side panel: who they are, a
 * suggestion to congratulate them when their headline or company changed, the
 * relationship (circle, kind, tags), quick logging, notes, the give/ask
 * balance and the timeline. A person not in Rapport yet is shown as
 * recognised, with Add; logging or writing a note adds them too.
 *
 * The notes stay mounted when the person is added, so a note that adds
 * someone keeps its focus and caret.
 */
export function PersonView({ person, post }: { person: PersonRef; post?: { urn: string | null; url: string | null } }) {
  const id = contactIdFromProfileUrl(person.profileUrl)!;
  const { state } = usePersonContact(person);
  const headingId = useId();
  const logHeadingId = useId();
  const [missingAtFirst, setMissingAtFirst] = useState<boolean | null>(null);
  const [openedAt] = useState(() => Date.now());
  if (state.status === 'ready' && missingAtFirst === null) setMissingAtFirst(state.data === null);

  if (state.status === 'error') return <ErrorMessage>{t('readContactsFailed', state.error)}</ErrorMessage>;
  if (state.status === 'loading') return <Loading />;
  const contact = state.data;
  const name = contact?.name ?? person.name;

  return (
    <article className="person stack" aria-labelledby={headingId}>
      <PersonHeader person={person} contact={contact} headingId={headingId} />
      {contact && <JobChangeCard contactId={contact.id} name={name} profileUrl={contact.profileUrl} memberId={contact.memberId} />}
      {contact ? <ContactDetails contact={contact} /> : <AddPerson person={person} />}
      {contact && contact.circle !== 'untracked' && <RelationshipStrength contact={contact} />}
      <div aria-live="polite">{missingAtFirst && contact && <p className="alert success">{t('addedToCircle', name)}</p>}</div>
      <section className="stack" aria-labelledby={logHeadingId}>
        <h3 id={logHeadingId}>{t('logSectionHeading')}</h3>
        <QuickLog
          offerCircle={false}
          subject={{ target: contact ? { contactId: contact.id } : { person }, name, relationship: contact, ...(post ? { post } : {}) }}
        />
      </section>
      {contact && <LazyPersonPlans contactId={contact.id} name={name} moment={momentOfDue(contact, openedAt)} />}
      <NotesSection contactId={id} person={person} inRapport={contact !== null} />
      {contact && <History contactId={id} name={name} />}
    </article>
  );
}
