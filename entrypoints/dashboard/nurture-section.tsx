import { useMemo, useState } from 'react';
import { formatNumber, t } from '@/lib/i18n';
import { createDueListStore } from '@/lib/stores/contact-store';
import {
  createLongestUntouchedStore,
  createTouchSummaryStore,
  DASHBOARD_DUE_CAP,
  DASHBOARD_DUE_LIST_MAX,
  DASHBOARD_LIST_LIMIT,
} from '@/lib/stores/dashboard-store';
import type { Contact } from '@/lib/model/schema';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { ContactRow } from '@/components/contact-row';
import { CatchUpSentence, DueEmpty } from '@/components/due-outlook';
import { ThanksDue } from '@/components/thanks-due';
import { EmptyState } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { DashboardSection, Card, dashboardReadFailed } from './section';
import { WeeklyTouches } from './weekly-touches';
import { GiveAskCard } from './give-ask-card';
import { VisibilityCard } from './visibility-card';
import { JobChanges } from './job-changes';
import { LazyDueLoops } from '@/components/loops/lazy-due-loops';
import { ComingUp } from './coming-up';
import { firstRead } from './first-reads';

/** Opened at #due (from a notification): everyone due is listed at once. */
export const dueListedInFull = () => location.hash === '#due';
export const createDueStore = (all: boolean) => createDueListStore(all ? DASHBOARD_DUE_LIST_MAX : DASHBOARD_LIST_LIMIT, DASHBOARD_DUE_CAP);

/** Step 2, nurture: who needs a touch, how often you touch, and whether your touches are about them. */
export function NurtureSection() {
  const [summaryStore] = useState(firstRead('touchSummary', () => createTouchSummaryStore()));
  const summary = useLiveQueryStore(summaryStore);
  return (
    <DashboardSection id="nurture" heading={t('nurtureHeading')} intro={t('nurtureIntro')}>
      <DueCard />
      <Card id="coming-up" heading={t('comingUpHeading')}>
        <ComingUp />
      </Card>
      <Card id="job-changes" heading={t('jobChangesHeading')}>
        <JobChanges />
      </Card>
      <Card id="weekly" heading={t('weeklyHeading')} wide>
        <LiveView state={summary} failed={dashboardReadFailed}>{(data) => <WeeklyTouches weeks={data.weeks} total={data.total} />}</LiveView>
      </Card>
      <Card id="give-ask" heading={t('giveAskHeading')}>
        <LiveView state={summary} failed={dashboardReadFailed}>{(data) => <GiveAskCard overall={data.giveAsk} byCircle={data.giveAskByCircle} unclassified={data.unclassified} />}</LiveView>
      </Card>
      <Card id="visibility" heading={t('visibilityHeading')}>
        <LiveView state={summary} failed={dashboardReadFailed}>{(data) => <VisibilityCard visibility={data.visibility} />}</LiveView>
      </Card>
      <LongestUntouchedCard />
    </DashboardSection>
  );
}

/** Who is due, most overdue first: the first few, or (opened at #due from a notification, or on request) all of them. */
function DueCard() {
  const [all, setAll] = useState(dueListedInFull);
  // The first list (the first few, or everyone when opened at #due) was started with the page's first reads.
  const [first] = useState(() => firstRead('due', () => createDueStore(all)));
  const store = useMemo(() => (all === dueListedInFull() ? first() : createDueStore(all)), [all, first]);
  const state = useLiveQueryStore(store);
  const capped = (count: number) => (count >= DASHBOARD_DUE_CAP ? `${formatNumber(DASHBOARD_DUE_CAP - 1)}+` : formatNumber(count));
  return (
    <Card id="due" heading={t('dueHeading')}>
      <LazyDueLoops />
      <LiveView state={state} failed={dashboardReadFailed}>
        {({ due, overdue, contacts, catchUp, empty }) =>
          due === 0 ? (
            <>
              <CatchUpSentence waiting={catchUp} />
              <ThanksDue />
              <DueEmpty empty={empty} />
            </>
          ) : (
            <>
              <CatchUpSentence waiting={catchUp} />
              <ThanksDue />
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
      </LiveView>
    </Card>
  );
}

function LongestUntouchedCard() {
  const [store] = useState(firstRead('longest', createLongestUntouchedStore));
  const state = useLiveQueryStore(store);
  return (
    <Card id="longest" heading={t('longestHeading')}>
      <LiveView state={state} failed={dashboardReadFailed}>
        {(contacts) => (contacts.length === 0 ? <EmptyState>{t('longestEmpty')}</EmptyState> : <ContactList contacts={contacts} />)}
      </LiveView>
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
