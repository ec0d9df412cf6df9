import { useState } from 'react';
import { formatNumber, t, tCount } from '@/lib/i18n';
import { formatDate, formatRelativeDay } from '@/lib/format';
import { summarizeCatchUp } from '@/lib/cadence/catch-up-summary';
import type { DueEmptyReason } from '@/lib/stores/contact-store';
import { localTimeZone } from '@/lib/time/instant';
import { EmptyState } from '@/components/ui/status-message';

/**
 * An empty due list says its own true thing: nothing to do yet because
 * nobody is in Rapport (import, in Settings), or nobody is in a circle (choose), or you
 * are caught up (and who is next, and when). Never praise for an empty database.
 */
export function DueEmpty({ empty }: { empty: DueEmptyReason | undefined }) {
  const [now] = useState(() => Date.now());
  if (empty?.reason === 'nobodyInRapport') return <EmptyState>{t('dueEmptyNobodyInRapport')}</EmptyState>;
  if (empty?.reason === 'nobodyInCircles') return <EmptyState>{t('dueEmptyNobodyInCircles')}</EmptyState>;
  const next = empty?.next;
  return <EmptyState>{next?.dueAt ? t('dueEmptyCaughtUpNext', next.name, formatRelativeDay(next.dueAt, now)) : t('dueEmptyCaughtUp')}</EmptyState>;
}

/**
 * "14 people haven't heard from you in over 200 days; 2 a day until you
 * catch up on 9 Dec 2026." while people wait in a catch-up for a later day
 * (docs/nudges.md); nothing otherwise.
 */
export function CatchUpSentence({ waiting }: { waiting: Parameters<typeof summarizeCatchUp>[0] }) {
  const [{ now, timeZone }] = useState(() => ({ now: Date.now(), timeZone: localTimeZone() }));
  const summary = summarizeCatchUp(waiting, new Date(now).toISOString(), timeZone);
  if (!summary) return null;
  return (
    <p data-testid="catch-up-sentence">
      {tCount('catchUpSentence', summary.people, formatNumber(summary.quietDays), formatNumber(summary.perDay), formatDate(summary.lastSlot))}
    </p>
  );
}
