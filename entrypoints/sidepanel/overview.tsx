import { useMemo } from 'react';
import { t } from '@/lib/i18n';
import { circleLabel, touchStatusLabel } from '@/lib/contacts/labels';
import { postAuthors } from '@/lib/contacts/page-subject';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import type { PageContext } from '@/lib/linkedin/types';
import type { PersonRef } from '@/lib/model/commands';
import { createKnownContactsStore } from '@/lib/stores/person-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { ContactSearch } from '@/components/contact-search';
import { DueList } from '@/components/due-list';
import { EmptyState } from '@/components/ui/status-message';
import PagePosts from '@/components/page-posts';
import { showsPagePosts } from '@/lib/contacts/post-pages';

/** When the tab is not about one person: the people in Rapport whose posts it shows, search, and who is due. */
export function Overview({ context, tabId = null, onPick }: { context: PageContext | null; tabId?: number | null; onPick?: (person: PersonRef) => void }) {
  return (
    <>
      {context?.degraded && (
        <p className="alert warning" role="status">
          {t('recognitionDegraded')}
        </p>
      )}
      {!context?.degraded && <EmptyState>{t('sidePanelNoPerson')}</EmptyState>}
      {onPick && <PeopleOnPage context={context} onPick={onPick} />}
      {showsPagePosts(context) && <PagePosts context={context} tabId={tabId} />}
      <ContactSearch />
      <DueList />
    </>
  );
}

function PeopleOnPage({ context, onPick }: { context: PageContext | null; onPick: (person: PersonRef) => void }) {
  const authors = useMemo(() => postAuthors(context), [context]);
  const key = authors.map((author) => author.profileUrl).join(' ');
  // Keyed by the authors' URLs, not the array: a new report with the same authors keeps the same query.
  const store = useMemo(() => createKnownContactsStore(key ? key.split(' ').map((url) => contactIdFromProfileUrl(url)!) : []), [key]);
  const state = useLiveQueryStore(store);
  if (state.status !== 'ready' || state.data.length === 0) return null;
  const byId = new Map(authors.map((author) => [contactIdFromProfileUrl(author.profileUrl)!, author]));
  return (
    <section className="stack" aria-labelledby="on-page-heading">
      <h2 id="on-page-heading">{t('onThisPageHeading')}</h2>
      <ul className="contact-list">
        {state.data.map((contact) => (
          <li key={contact.id} className="contact-row row contact-row-main">
            <button type="button" className="link-button" onClick={() => onPick(byId.get(contact.id)!)} aria-label={t('showPerson', contact.name)}>
              {contact.name}
            </button>
            <span className="muted">
              {circleLabel(contact.circle)}
              {t('statusSeparator')}
              {touchStatusLabel(contact)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
