import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { createKnownContactsStore } from '@/lib/stores/person-store';
import { createSearchStore } from '@/lib/stores/contact-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { ErrorMessage } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { OpenPeopleLink } from '@/components/person-link';
import { formatDate } from '@/lib/format';
import { t, tCount } from '@/lib/i18n';
import type { Circle } from '@/lib/model/schema';
import { BULK_CONTACTS_LIMIT } from '@/lib/model/commands';
import { TRACKED_CIRCLES, type TrackedCircle } from '@/lib/model/enums';
import type { Suggestion } from '@/lib/linkedin/export/plan';
import { circleLabel, circleMeaning } from '@/lib/contacts/labels';
import { useCadences } from '@/components/hooks/use-cadences';

import type { PersonSuggestion } from '@/lib/linkedin/export/more-suggestions';

/** One spelling of every circle everywhere: the same names as the pickers (lib/contacts/labels.ts). */
const circleName = (circle: Circle): string => circleLabel(circle);

const TABS = ['talked', 'connected', 'endorsed', 'everyone'] as const;
type Tab = (typeof TABS)[number];

/** A person offered in a tab, with a line saying why. */
interface Offered {
  contactId: string;
  name: string;
  why: string;
}

/**
 * After an import everyone is untracked, because nobody wants 3,000 nudges.
 * This step offers, in tabs, the people worth keeping in touch with: those
 * you talked to recently (messages both ways), those you connected with in
 * the last 30 days (put in New, they start the 24-7-30 follow-up), those you
 * endorsed or recommended, and everyone (search, or the People page). Each
 * person goes in a circle with one click; "Put all" is one bulk command.
 */
export function KeepInTouchStep({
  suggestions,
  recentConnections = [],
  endorsed = [],
}: {
  suggestions: readonly Suggestion[];
  recentConnections?: readonly PersonSuggestion[];
  endorsed?: readonly PersonSuggestion[];
}) {
  const id = useId();
  const [tab, setTab] = useState<Tab>(suggestions.length > 0 || recentConnections.length === 0 ? 'talked' : 'connected');
  const [circle, setCircle] = useState<TrackedCircle>(tab === 'connected' ? 'new' : 'wider');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const cadences = useCadences();

  const offered: Record<Exclude<Tab, 'everyone'>, Offered[]> = useMemo(
    () => ({
      talked: suggestions.map((s) => ({ contactId: s.contactId, name: s.name, why: tCount('keepInTouchMessages', s.messages, formatDate(s.lastMessageAt)) })),
      connected: recentConnections.map((s) => ({ contactId: s.contactId, name: s.name, why: t('keepInTouchConnectedOn', formatDate(s.at)) })),
      endorsed: endorsed.map((s) => ({ contactId: s.contactId, name: s.name, why: tCount('keepInTouchGave', s.gave, formatDate(s.at)) })),
    }),
    [suggestions, recentConnections, endorsed],
  );
  const counts: Record<Tab, number | null> = { talked: suggestions.length, connected: recentConnections.length, endorsed: endorsed.length, everyone: null };

  function choose(next: Tab) {
    setTab(next);
    // New connections start the 24-7-30 follow-up: the New circle is the one that runs it.
    if (next === 'connected') setCircle('new');
    else if (tab === 'connected' && circle === 'new') setCircle('wider');
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const index = TABS.indexOf(tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length]!;
    choose(target);
    tabRefs.current[target]?.focus();
  }

  return (
    <section aria-labelledby="keep-in-touch-heading" className="stack">
      <h3 id="keep-in-touch-heading">{t('keepInTouchHeading')}</h3>
      <p className="muted">{t('keepInTouchIntro')}</p>
      <div role="tablist" aria-label={t('keepInTouchTabsLabel')} className="row keep-in-touch-tabs">
        {TABS.map((value) => (
          <button
            key={value}
            ref={(element) => {
              tabRefs.current[value] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${value}`}
            aria-selected={tab === value}
            aria-controls={`${id}-panel`}
            tabIndex={tab === value ? 0 : -1}
            onClick={() => choose(value)}
            onKeyDown={onTabKey}
          >
            {counts[value] === null ? t(`keepInTouchTab_${value}`) : t('keepInTouchTabCount', t(`keepInTouchTab_${value}`), counts[value]!)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="stack">
        {tab === 'connected' && <p>{t('keepInTouchStart24730')}</p>}
        <div className="row">
          <label htmlFor={`${id}-circle`}>{t('keepInTouchCircleLabel')}</label>
          <select id={`${id}-circle`} value={circle} onChange={(event) => setCircle(event.target.value as TrackedCircle)}>
            {TRACKED_CIRCLES.map((value) => (
              <option key={value} value={value}>
                {circleMeaning(value, cadences)}
              </option>
            ))}
          </select>
        </div>
        {tab === 'everyone' ? (
          <EveryoneTab circle={circle} />
        ) : offered[tab].length === 0 ? (
          <p className="muted">{tab === 'talked' ? t('keepInTouchNone') : t(`keepInTouchNone_${tab}`)}</p>
        ) : (
          <OfferedList key={tab} offered={offered[tab]} circle={circle} offerAll />
        )}
      </div>
    </section>
  );
}

/** Search everyone in Rapport, and the People page for filters and choosing many at once. */
function EveryoneTab({ circle }: { circle: TrackedCircle }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const store = useMemo(() => (query.trim() ? createSearchStore(query) : null), [query]);
  return (
    <div className="stack">
      <p className="muted">
        {t('keepInTouchEveryoneIntro')} <OpenPeopleLink />
      </p>
      <label htmlFor={`${id}-search`}>{t('keepInTouchSearchLabel')}</label>
      <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      {store && <SearchResults store={store} query={query} circle={circle} />}
    </div>
  );
}

function SearchResults({ store, query, circle }: { store: ReturnType<typeof createSearchStore>; query: string; circle: TrackedCircle }) {
  const state = useLiveQueryStore(store);
  return (
    <LiveView state={state} failed={(message) => message}>
      {(contacts) =>
        contacts.length === 0 ? (
          <p className="muted">{t('searchNoResults', query)}</p>
        ) : (
          <OfferedList offered={contacts.map((contact) => ({ contactId: contact.id, name: contact.name, why: contact.headline ?? contact.company ?? '' }))} circle={circle} offerAll={false} />
        )
      }
    </LiveView>
  );
}

/** People offered, each with where they are now and a button to put them in the chosen circle; optionally "Put all". */
function OfferedList({ offered, circle, offerAll }: { offered: readonly Offered[]; circle: TrackedCircle; offerAll: boolean }) {
  const ids = useMemo(() => offered.map((person) => person.contactId), [offered]);
  const store = useMemo(() => createKnownContactsStore(ids), [ids]);
  const state = useLiveQueryStore(store);
  const { busy, error, run } = useAction();

  const track = (contactIds: string[]) =>
    void run(async () => {
      for (let start = 0; start < contactIds.length; start += BULK_CONTACTS_LIMIT) {
        await sendToBackground({ type: 'updateContacts', ids: contactIds.slice(start, start + BULK_CONTACTS_LIMIT), change: { circle } });
      }
    });

  return (
    <LiveView state={state} failed={(message) => message}>
      {(contacts) => {
        // Someone offered but deleted since the import is absent here, and shows as gone.
        const circles = new Map<string, Circle>(contacts.map((contact) => [contact.id, contact.circle]));
        const untracked = offered.filter((person) => circles.get(person.contactId) === 'untracked').map((person) => person.contactId);
        return (
          <>
            {offerAll && (
              <div className="row">
                <button type="button" className="primary" disabled={busy || untracked.length === 0} onClick={() => track(untracked)}>
                  {tCount('keepInTouchAddAll', untracked.length)}
                </button>
              </div>
            )}
            <ul className="suggestions">
              {offered.map((person) => {
                const current = circles.get(person.contactId);
                return (
                  <li key={person.contactId} className="row">
                    <span className="suggestion-name">{person.name}</span>
                    <span className="muted">{person.why}</span>
                    {current === 'untracked' ? (
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => track([person.contactId])}
                        aria-label={t('keepInTouchAddOneLabel', person.name, circleName(circle))}
                      >
                        {t('keepInTouchAddOne', circleName(circle))}
                      </button>
                    ) : (
                      <span>{current ? t('keepInTouchInCircle', circleName(current)) : t('keepInTouchGone')}</span>
                    )}
                  </li>
                );
              })}
            </ul>
            {error && <ErrorMessage>{error}</ErrorMessage>}
          </>
        );
      }}
    </LiveView>
  );
}
