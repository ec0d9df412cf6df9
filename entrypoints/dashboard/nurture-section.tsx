import { useMemo, useState, type ReactNode } from 'react';
import { formatNumber, t } from '@/lib/i18n';
import {
  createDueOverviewStore,
  createLongestUntouchedStore,
  createTouchSummaryStore,
  DASHBOARD_DUE_CAP,
  DASHBOARD_DUE_LIST_MAX,
  DASHBOARD_LIST_LIMIT,
} from '@/lib/stores/dashboard-store';
import type { Contact } from '@/lib/model/schema';
import type { LiveState } from '@/lib/stores/live-query-store';
import { useLiveQueryStore } from '@/components/use-live-query-store';
import { ContactRow } from '@/components/contact-row';
import { CatchUpSentence, DueEmpty } from '@/components/due-outlook';
import { EmptyState, ErrorMessage, Loading } from '@/components/ui/status-message';
import { DashboardSection, Card } from './section';
import { WeeklyTouches } from './weekly-touches';
import { GiveAskCard } from './give-ask-card';
import { VisibilityCard } from './visibility-card';
import { JobChanges } from './job-changes';

/** Step 2, nurture: who needs a touch, how often you touch, and whether your touches are about them. */
export function NurtureSection() {
  const [summaryStore] = useState(() => createTouchSummaryStore());
  const summary = useLiveQueryStore(summaryStore);
  return (
    <DashboardSection id="nurture" heading={t('nurtureHeading')} intro={t('nurtureIntro')}>
      <DueCard />
      <Card id="job-changes" heading={t('jobChangesHeading')}>
        <JobChanges />
      </Card>
      <Card id="weekly" heading={t('weeklyHeading')} wide>
        <Summarized state={summary}>{(data) => <WeeklyTouches weeks={data.weeks} total={data.total} />}</Summarized>
      </Card>
      <Card id="give-ask" heading={t('giveAskHeading')}>
        <Summarized state={summary}>{(data) => <GiveAskCard overall={data.giveAsk} byCircle={data.giveAskByCircle} />}</Summarized>
      </Card>
      <Card id="visibility" heading={t('visibilityHeading')}>
        <Summarized state={summary}>{(data) => <VisibilityCard visibility={data.visibility} />}</Summarized>
      </Card>
      <LongestUntouchedCard />
    </DashboardSection>
  );
}

function Summarized<T>({ state, children }: { state: LiveState<T>; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage>{t('dashboardReadFailed', state.error)}</ErrorMessage>;
  return <>{children(state.data)}</>;
}

/** Who is due, most overdue first: the first few, or (opened at #due from a notification, or on request) all of them. */
function DueCard() {
  const [all, setAll] = useState(() => location.hash === '#due');
  const store = useMemo(() => createDueOverviewStore(all ? DASHBOARD_DUE_LIST_MAX : DASHBOARD_LIST_LIMIT), [all]);
  const state = useLiveQueryStore(store);
  const capped = (count: number) => (count >= DASHBOARD_DUE_CAP ? `${formatNumber(DASHBOARD_DUE_CAP - 1)}+` : formatNumber(count));
  return (
    <Card id="due" heading={t('dueHeading')}>
      <Summarized state={state}>
        {({ due, overdue, contacts, catchUp, empty }) =>
          due === 0 ? (
            <>
              <CatchUpSentence waiting={catchUp} />
              <DueEmpty empty={empty} />
            </>
          ) : (
            <>
              <CatchUpSentence waiting={catchUp} />
              <div className="figures">
                <p>
                  <span className="figure" data-figure="due">
                    {capped(due)}
                  </span>{' '}
                  {t('dueFigureLabel')}
                </p>
                <p>
                  <span className="figure" data-figure="overdue">
                    {capped(overdue)}
                  </span>{' '}
                  {t('overdueFigureLabel')}
                </p>
              </div>
              <ContactList contacts={contacts} />
              {due > contacts.length &&
                (all ? (
                  <p className="muted">{t('dueListTruncated', DASHBOARD_DUE_LIST_MAX)}</p>
                ) : (
                  <button
                    type="button"
                    onClick={() => {
                      setAll(true);
                      // The button goes away once everyone is listed: keep the keyboard in the card.
                      document.getElementById('due-heading')?.focus();
                    }}
                  >
                    {t('showAllDue', capped(due))}
                  </button>
                ))}
            </>
          )
        }
      </Summarized>
    </Card>
  );
}

function LongestUntouchedCard() {
  const [store] = useState(createLongestUntouchedStore);
  const state = useLiveQueryStore(store);
  return (
    <Card id="longest" heading={t('longestHeading')}>
      <Summarized state={state}>
        {(contacts) => (contacts.length === 0 ? <EmptyState>{t('longestEmpty')}</EmptyState> : <ContactList contacts={contacts} />)}
      </Summarized>
    </Card>
  );
}

function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  return (
    <ul className="contact-list">
      {contacts.map((contact) => (
        <ContactRow key={contact.id} contact={contact} />
      ))}
    </ul>
  );
}
