import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Contact } from '@/lib/model/schema';
import type { LiveQueryStore } from '@/lib/stores/live-query-store';
import { t } from '@/lib/i18n';
import { circleLabel, touchStatusLabel } from '@/lib/contacts/labels';
import { postAuthors } from '@/lib/contacts/page-subject';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import type { PageContext } from '@/lib/linkedin/types';
import type { PersonRef } from '@/lib/model/commands';
import { useKnownAuthors } from '@/components/hooks/use-known-authors';
import { ContactSearch } from '@/components/contact-search';
import { DueList } from '@/components/due-list';
import { EmptyState } from '@/components/ui/status-message';
import { PagePostsList } from '@/components/page-posts';
import { showsPagePosts } from '@/lib/contacts/post-pages';

const NO_POSTS: PageContext['posts'] = [];

/** When the tab is not about one person: the people in Rapport whose posts it shows, search, and who is due. */
export function Overview({
  context,
  knownAuthors,
  tabId = null,
  onPick,
}: {
  context: PageContext | null;
  /** Who of the page's authors is in Rapport, when read with `context` (the tab's view): the lists show at once. */
  knownAuthors?: readonly Contact[];
  tabId?: number | null;
  onPick?: (person: PersonRef) => void;
}) {
  // One read of who of the page's authors is in Rapport, for both lists below.
  const known = useKnownAuthors(context?.posts ?? NO_POSTS, knownAuthors);
  return (
    <>
      {context?.degraded && (
        <p className="alert warning" role="status">
          {t('recognitionDegraded')}
        </p>
      )}
      {!context?.degraded && <EmptyState>{t('sidePanelNoPerson')}</EmptyState>}
      {onPick && <PeopleOnPage context={context} known={known} onPick={onPick} />}
      {showsPagePosts(context) && <PagePostsList posts={context.posts} known={known} tabId={tabId} />}
      <ContactSearch />
      <DueList />
    </>
  );
}

function PeopleOnPage({ context, known, onPick }: { context: PageContext | null; known: LiveQueryStore<Contact[]>; onPick: (person: PersonRef) => void }) {
  const state = useStore(known);
  const authors = useMemo(() => postAuthors(context), [context]);
  const byId = useMemo(() => new Map(authors.map((author) => [contactIdFromProfileUrl(author.profileUrl)!, author])), [authors]);
  // The first authors the page shows (postAuthors' bound), of those in Rapport.
  const people = state.status === 'ready' ? state.data.filter((contact) => byId.has(contact.id)) : [];
  if (people.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="on-page-heading">
      <h2 id="on-page-heading">{t('onThisPageHeading')}</h2>
      <ul className="contact-list">
        {people.map((contact) => (
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
