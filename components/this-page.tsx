import { useState } from 'react';
import { t } from '@/lib/i18n';
import { touchStatusLabel } from '@/lib/contacts/labels';
import { personFromAuthor, personFromProfile } from '@/lib/contacts/person-ref';
import { postUrl } from '@/lib/linkedin/post-identity';
import type { PageContext, RecognizedPost } from '@/lib/linkedin/types';
import type { PersonRef } from '@/lib/model/commands';
import type { TabContextState } from '@/lib/stores/tab-context-store';
import { QuickLog } from '@/components/quick-log';
import { CirclePicker } from '@/components/circle-picker';
import { EmptyState, ErrorMessage, Loading } from '@/components/ui/status-message';
import { usePersonContact } from '@/components/use-person-contact';

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
  return (
    <>
      {context.degraded && (
        <p className="alert warning" role="status">
          {t('recognitionDegraded')}
        </p>
      )}
      {person && <PersonPanel person={person} />}
      {!person && <PostsPanel context={context} />}
    </>
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
      <QuickLog subject={{ target: contact ? { contactId: contact.id } : { person }, name: person.name }} />
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
        mainType="like"
        subject={{ target: contact ? { contactId: contact.id } : { person }, name: person.name, post: { urn: post.urn, url: postUrl(post) } }}
      />
    </div>
  );
}
