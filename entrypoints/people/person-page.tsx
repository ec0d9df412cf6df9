import { useEffect, useMemo, useRef } from 'react';
import { t } from '@/lib/i18n';
import { createContactStore } from '@/lib/stores/contact-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { LiveView } from '@/components/ui/live-view';
import { EmptyState } from '@/components/ui/status-message';
import { PersonView } from '@/components/person/person-view';

/**
 * Rapport's own view of one person (who they are, circle, kind and tags,
 * logging, notes, the give/ask balance and the timeline), reached from any
 * name in any list. It needs only what Rapport stored, so it works for people
 * whose LinkedIn profile Rapport cannot read; the name links out to LinkedIn.
 */
export function PersonPage({ contactId, onBack }: { contactId: string; onBack: () => void }) {
  const store = useMemo(() => createContactStore(contactId), [contactId]);
  const state = useLiveQueryStore(store);
  const back = useRef<HTMLAnchorElement>(null);
  // Arriving here (from the table or another page), focus starts at the way back, at the top of the person.
  useEffect(() => back.current?.focus(), [contactId]);
  return (
    <div className="person-page stack">
      <a
        ref={back}
        className="back"
        href="?"
        onClick={(event) => {
          event.preventDefault();
          onBack();
        }}
      >
        {t('peopleBackToAll')}
      </a>
      <LiveView state={state} failed={(error) => t('readContactsFailed', error)}>
        {(contact) =>
          contact ? <PersonView key={contact.id} person={{ profileUrl: contact.profileUrl, name: contact.name }} /> : <EmptyState>{t('peoplePersonGone')}</EmptyState>
        }
      </LiveView>
    </div>
  );
}
