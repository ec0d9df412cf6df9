import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { t } from '@/lib/i18n';
import { circleLabel, touchStatusLabel, touchpointTypeLabel } from '@/lib/contacts/labels';
import { pagePostsByContacts, type PagePost } from '@/lib/contacts/page-posts';
import { postUrl } from '@/lib/linkedin/post-identity';
import type { PageContext, RecognizedPost } from '@/lib/linkedin/types';
import type { Contact } from '@/lib/model/schema';
import type { LiveQueryStore } from '@/lib/stores/live-query-store';
import { sendToBackground, sendToTab } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { toTimestamp } from '@/lib/time/instant';
import { useKnownAuthors } from '@/components/hooks/use-known-authors';
import { LiveView } from '@/components/ui/live-view';
import { EmptyState, ErrorMessage } from '@/components/ui/status-message';

const LOG_TYPES = ['like', 'comment', 'share'] as const;

/**
 * "Posts by people in Rapport" on a feed, post or activity page: due and
 * overdue people first, each post with the person's status, one-click
 * logging and Show (the tab scrolls the post into view; nothing is added to
 * LinkedIn's page). Follows every write, so a log moves the row at once.
 */
export default function PagePosts({ context, tabId, knownAuthors }: { context: PageContext; tabId: number | null; knownAuthors?: readonly Contact[] }) {
  return <PagePostsList posts={context.posts} known={useKnownAuthors(context.posts, knownAuthors)} tabId={tabId} />;
}

/** The list itself, for a caller that already reads who of the page's authors is in Rapport (the side panel). */
export function PagePostsList({ posts, known, tabId }: { posts: readonly RecognizedPost[]; known: LiveQueryStore<Contact[]>; tabId: number | null }) {
  const state = useStore(known);
  useEffect(() => {
    if (state.status === 'ready') performance.mark('rapport:page-posts-ready');
  }, [state.status]);
  // The popup lives for moments: "now" as it opened is now enough (a log moves the row through the contact's new due time).
  const [now] = useState(() => toTimestamp(Date.now()));
  return (
    <section aria-labelledby="page-posts-heading" className="stack page-posts">
      <h2 id="page-posts-heading">{t('pagePostsHeading')}</h2>
      <LiveView state={state} failed={(error) => t('readContactsFailed', error)}>
        {(contacts) => {
          const rows = pagePostsByContacts(posts, contacts, now);
          if (rows.length === 0) return <EmptyState>{t('pagePostsEmpty')}</EmptyState>;
          return (
            <ul className="contact-list">
              {rows.map((row) => (
                <PagePostRow key={row.post.key} row={row} tabId={tabId} />
              ))}
            </ul>
          );
        }}
      </LiveView>
    </section>
  );
}

type Outcome = { kind: 'logged'; type: (typeof LOG_TYPES)[number] } | { kind: 'gone' } | { kind: 'error'; message: string } | null;

function PagePostRow({ row: { post, contact, status }, tabId }: { row: PagePost; tabId: number | null }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const url = postUrl(post);

  async function log(type: (typeof LOG_TYPES)[number]) {
    setBusy(true);
    try {
      await sendToBackground({
        type: 'logTouchpoint',
        target: { contactId: contact.id },
        touchpoint: { type, ...(post.urn ? { postUrn: post.urn } : {}), ...(url ? { postUrl: url } : {}) },
      });
      setOutcome({ kind: 'logged', type });
    } catch (error) {
      setOutcome({ kind: 'error', message: toRapportError(error).message });
    } finally {
      setBusy(false);
    }
  }

  async function show() {
    if (tabId === null) return;
    try {
      setOutcome((await sendToTab(tabId, { type: 'showPost', key: post.key })) ? null : { kind: 'gone' });
    } catch (error) {
      setOutcome({ kind: 'error', message: toRapportError(error).message });
    }
  }

  return (
    <li className={`contact-row stack page-post page-post-${status}`} data-status={status}>
      <div className="row contact-row-main">
        <div className="contact-row-text">
          <strong>{contact.name}</strong>
          <span className="muted">
            {' '}
            {circleLabel(contact.circle)}
            {t('statusSeparator')}
            {touchStatusLabel(contact)}
          </span>
          {post.text && <span className="muted post-snippet">{post.text.slice(0, 160)}</span>}
        </div>
        {tabId !== null && (
          <button type="button" onClick={() => void show()} aria-label={t('showPostLabel', contact.name)}>
            {t('showPost')}
          </button>
        )}
      </div>
      <div className="row" role="group" aria-label={t('logPostGroup', contact.name)}>
        {LOG_TYPES.map((type) => (
          <button key={type} type="button" disabled={busy} onClick={() => void log(type)}>
            {touchpointTypeLabel(type)}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'logged' && <p className="touch-status">{t('pagePostLogged', touchpointTypeLabel(outcome.type), contact.name)}</p>}
        {outcome?.kind === 'gone' && <p className="muted">{t('postNoLongerOnPage')}</p>}
        {outcome?.kind === 'error' && <ErrorMessage>{outcome.message}</ErrorMessage>}
      </div>
    </li>
  );
}
