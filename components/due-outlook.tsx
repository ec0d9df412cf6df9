import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t, tCount } from '@/lib/i18n';
import { formatDate, formatRelativeDay } from '@/lib/format';
import { summarizeCatchUp } from '@/lib/cadence/catch-up-summary';
import type { DueEmptyReason } from '@/lib/db/repo/due-outlook';
import type { Timestamp } from '@/lib/time/instant';
import { localTimeZone } from '@/lib/time/instant';
import { EmptyState } from '@/components/ui/status-message';

/**
 * An empty due list says its own true thing: nothing to do yet because
 * nobody is in Rapport (import), or nobody is in a circle (choose), or you
 * are caught up (and who is next, and when). Never praise for an empty database.
 */
export function DueEmpty({ empty }: { empty: DueEmptyReason | undefined }) {
  const [now] = useState(() => Date.now());
  if (empty?.reason === 'nobodyInRapport') {
    return (
      <div className="stack">
        <EmptyState>{t('dueEmptyNobodyInRapport')}</EmptyState>
        <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('dueEmptyImportButton')}
        </button>
      </div>
    );
  }
  if (empty?.reason === 'nobodyInCircles') return <EmptyState>{t('dueEmptyNobodyInCircles')}</EmptyState>;
  const next = empty?.next;
  return <EmptyState>{next?.dueAt ? t('dueEmptyCaughtUpNext', next.name, formatRelativeDay(next.dueAt, now)) : t('dueEmptyCaughtUp')}</EmptyState>;
}

/** Period of quiet in words: "a month", "5 months", "20 days". */
function quietFor(days: number): string {
  return days >= 30 ? tCount('catchUpQuietMonths', Math.floor(days / 30)) : tCount('catchUpQuietDays', days);
}

/**
 * "14 people haven't heard from you in over 2 months; 2 a day until you
 * catch up on 9 Dec 2026." while people wait in a catch-up for a later day
 * (docs/nudges.md); nothing otherwise.
 */
export function CatchUpSentence({ waiting }: { waiting: readonly { catchUpAt: Timestamp; lastTouchAt?: Timestamp }[] }) {
  const [{ now, timeZone }] = useState(() => ({ now: Date.now(), timeZone: localTimeZone() }));
  const summary = summarizeCatchUp(waiting, new Date(now).toISOString(), timeZone);
  if (!summary) return null;
  const people =
    summary.quietDays === undefined || summary.quietDays < 1
      ? tCount('catchUpPeoplePastDue', summary.people)
      : tCount('catchUpPeopleQuiet', summary.people, quietFor(summary.quietDays));
  return (
    <p className="catch-up-sentence" data-testid="catch-up-sentence">
      {t('catchUpSentence', people, tCount('catchUpPace', summary.perDay, formatDate(summary.lastSlot)))}
    </p>
  );
}
