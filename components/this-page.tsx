import { useState } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { t } from '@/lib/i18n';
import { touchStatusLabel } from '@/lib/contacts/labels';
import { personFromAddress, personFromAuthor, personFromProfile } from '@/lib/contacts/person-ref';
import { postUrl } from '@/lib/linkedin/post-identity';
import type { PageContext, RecognizedPost } from '@/lib/linkedin/types';
import type { PersonRef } from '@/lib/model/commands';
import type { TabContextState } from '@/lib/stores/tab-context-store';
import { QuickLog } from '@/components/quick-log';
import { CirclePicker } from '@/components/circle-picker';
import { EmptyState, ErrorMessage, Loading } from '@/components/ui/status-message';
import { usePersonContact } from '@/components/hooks/use-person-contact';

/** Only degraded pages offer a page report: its code stays out of the first screen. */
const SavePageReport = lazyPart(() => import('@/components/save-page-report').then((module) => module.default));

/** Who the tab shows and one-click logging for them: the profile, or the posts on the page. */
export function ThisPage({ state }: { state: TabContextState }) {
  return (
    <section aria-label={t('thisPageLabel')} className="stack this-page">
      <ThisPageBody state={state} />
    </section>
  );
}

function ThisPageBody({ state }: { state: TabContextState }) {
  if (state.status === 'loading') return <Loading label={t('lookingAtTab')} />;
  if (state.status === 'error') return <ErrorMessage>{state.error}</ErrorMessage>;
  const { context } = state;
  if (!context) return <EmptyState>{t('noLinkedInPage')}</EmptyState>;
  const person = context.profile ? personFromProfile(context.profile) : null;
  // The address is the identity: a profile page that could not be read still names its person.
  const atAddress = !person && context.address ? personFromAddress(context.address) : null;
  return (
    <>
      {context.degraded && !atAddress && (
        <p className="alert warning" role="status">
          {t('recognitionDegraded')}
        </p>
      )}
      {atAddress && context.address && (
        <p className="alert warning" role="status">
          {t('loggingByAddress', context.address.slug)}
        </p>
      )}
      {person && <PersonPanel person={person} />}
      {atAddress && <AddressPanel person={atAddress} />}
      {!person && !atAddress && <PostsPanel context={context} />}
      {context.degraded && state.tabId !== null && (
        <SavePageReport tabId={state.tabId} />
      )}
    </>
  );
}

/**
 * The person at the address of a page Rapport could not read. Their name may
 * be a placeholder (the slug), so logging waits until Rapport knows whether
 * they are already a contact: then it logs by contact id and never replaces
 * a known name.
 */
function AddressPanel({ person }: { person: PersonRef }) {
  const { state, contact } = usePersonContact(person);
  return (
    <div className="stack">
      <div>
        <h2 className="person-name">{contact?.name ?? person.name}</h2>
        {state.status === 'ready' && <p className="touch-status">{touchStatusLabel(contact)}</p>}
      </div>
      {state.status === 'loading' && <Loading label={t('lookingAtTab')} />}
      {state.status === 'error' && <ErrorMessage>{state.error}</ErrorMessage>}
      {state.status === 'ready' && <QuickLog offerCircle={false} offerIntroduce subject={{ target: contact ? { contactId: contact.id } : { person }, name: contact?.name ?? person.name, relationship: contact ?? null }} />}
      {contact && <CirclePicker key={`${contact.id}:${contact.circle}`} contactId={contact.id} circle={contact.circle} />}
    </div>
  );
}

/** A person (from the profile page): status from Rapport, logging, circle. */
export function PersonPanel({ person }: { person: PersonRef }) {
  const { state, contact } = usePersonContact(person);
  return (
    <div className="stack">
      <div>
        <h2 className="person-name">{contact?.name ?? person.name}</h2>
        {(contact?.headline ?? person.headline) && <p className="muted">{contact?.headline ?? person.headline}</p>}
        {state.status !== 'loading' && <p className="touch-status">{touchStatusLabel(contact)}</p>}
      </div>
      <QuickLog offerCircle={false} offerIntroduce subject={{ target: contact ? { contactId: contact.id } : { person }, name: person.name, relationship: contact ?? null }} />
      {contact && <CirclePicker key={`${contact.id}:${contact.circle}`} contactId={contact.id} circle={contact.circle} />}
    </div>
  );
}

const MAX_POSTS = 5;

function PostsPanel({ context }: { context: PageContext }) {
  const posts = context.posts.filter((post) => post.author).slice(0, MAX_POSTS);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  if (posts.length === 0) return <EmptyState>{t('noPersonRecognised')}</EmptyState>;
  const selected = posts.find((post) => post.key === selectedKey) ?? posts[0]!;
  return (
    <div className="stack">
      <h2>{t('postsOnPage')}</h2>
      <ul className="post-list" role="radiogroup" aria-label={t('postsOnPage')}>
        {posts.map((post) => (
          <li key={post.key}>
            <label className="post-choice">
              <input type="radio" name="post" checked={post === selected} onChange={() => setSelectedKey(post.key)} />{' '}
              <strong>{t('postBy', post.author!.name)}</strong>
              {post.text && <span className="muted post-snippet"> {post.text.slice(0, 120)}</span>}
            </label>
          </li>
        ))}
      </ul>
      <PostLog post={selected} />
    </div>
  );
}

function PostLog({ post }: { post: RecognizedPost }) {
  const person = personFromAuthor(post.author);
  if (!person) return <EmptyState>{t('companyPostNotLoggable', post.author?.name ?? '')}</EmptyState>;
  return <PostPersonLog key={post.key} person={person} post={post} />;
}

function PostPersonLog({ person, post }: { person: PersonRef; post: RecognizedPost }) {
  const { contact } = usePersonContact(person);
  return (
    <div className="stack">
      <p className="touch-status">{touchStatusLabel(contact)}</p>
      <QuickLog
        subject={{ target: contact ? { contactId: contact.id } : { person }, name: person.name, post: { urn: post.urn, url: postUrl(post) } }}
      />
    </div>
  );
}
