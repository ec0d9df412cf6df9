import { useState } from 'react';
import { t } from '@/lib/i18n';
import { createUpcomingDatesStore } from '@/lib/stores/loop-store';
import { formatCalendarMonthDay } from '@/lib/loops/format-day';
import { keyDateTitle } from '@/lib/key-dates/labels';
import { localDay } from '@/lib/time/local-day';
import { addCalendarDays } from '@/lib/time/calendar-day';
import type { UpcomingDate } from '@/lib/db/repo/reads/key-dates';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { LiveView } from '@/components/ui/live-view';
import { EmptyState } from '@/components/ui/status-message';
import { StarterToggle } from '@/components/starters/starter-toggle';
import { dashboardReadFailed } from './section';
import { firstRead } from './first-reads';

export const COMING_UP_DAYS = 14;
export const createComingUpStore = () => createUpcomingDatesStore(COMING_UP_DAYS);

function whenLabel(day: string, today: string): string {
  if (day === today) return t('comingUpToday');
  if (day === addCalendarDays(today, 1)) return t('comingUpTomorrow');
  return formatCalendarMonthDay(day);
}

function whatLabel(date: UpcomingDate): string {
  const title = keyDateTitle(date);
  if (date.years === undefined) return title;
  return date.kind === 'birthday' ? t('digestDateAge', title, date.years) : t('comingUpYears', title, date.years);
}

/** "Coming up in the next 14 days": birthdays, anniversaries, labelled dates and connection anniversaries, soonest first. */
export function ComingUp() {
  const [store] = useState(firstRead('comingUp', createComingUpStore));
  const state = useLiveQueryStore(store);
  const [today] = useState(() => localDay(Date.now()));
  return (
    <LiveView state={state} failed={dashboardReadFailed}>
      {(dates) =>
        dates.length === 0 ? (
          <EmptyState>{t('comingUpEmpty')}</EmptyState>
        ) : (
          <ul className="contact-list">
            {dates.map((date) => (
              <li key={date.id} className="contact-row stack">
                <div className="row contact-row-main">
                  <span>
                    <strong>{whenLabel(date.day, today)}</strong>
                    {t('statusSeparator')}
                    <a href={date.contact.profileUrl} target="_blank" rel="noreferrer">
                      {date.contact.name}
                    </a>
                    {t('statusSeparator')}
                    {whatLabel(date)}
                    {date.leapDayMoved && <span className="muted"> {t('leapDayMovedNote')}</span>}
                  </span>
                  <StarterToggle moment={date.kind === 'birthday' ? 'birthday' : 'anniversary'} name={date.contact.name} />
                </div>
              </li>
            ))}
          </ul>
        )
      }
    </LiveView>
  );
}
