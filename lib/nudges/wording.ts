import type { Cadences } from '@/lib/storage/settings';
import { t, tCount, uiLocale } from '@/lib/i18n';
import { formatDate, formatRelativeDay } from '@/lib/format';
import { followUpStepLabel } from '@/lib/contacts/labels';
import type { NudgeContact } from '@/lib/nudges/rules';
import type { DigestAgenda } from '@/lib/nudges/agenda';
import { keyDateTitle } from '@/lib/key-dates/labels';

/** What notifications say. Names are page content: notifications show them as plain text. */
export interface NotificationText {
  title: string;
  message: string;
}

/** "a day", "a week", "a month", "2 weeks", "10 days": how long a follow-up step waits. */
export function durationPhrase(days: number): string {
  if (days === 1) return t('durationDay');
  if (days === 7) return t('durationWeek');
  if (days === 30 || days === 31) return t('durationMonth');
  if (days % 7 === 0) return tCount('durationWeeks', days / 7);
  return tCount('durationDays', days);
}

/**
 * "Jane Doe, Ali Khan and 4 others are due a touchpoint", with the locale's own list punctuation,
 * then a line per follow-up due ("Follow up with Jane Doe: send the deck") and per key date of
 * today or tomorrow ("Tomorrow: Ali Khan's birthday").
 */
export function digestText(named: readonly string[], total: number, agenda?: DigestAgenda): NotificationText {
  const lines: string[] = [];
  if (named.length > 0) {
    const others = total - named.length;
    const parts = others > 0 ? [...named, tCount('digestOthers', others)] : [...named];
    const list = new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(parts);
    lines.push(tCount('digestMessage', total, list));
  }
  if (agenda) {
    for (const loop of agenda.loops) lines.push(t('digestFollowUp', loop.name, loop.text));
    if (agenda.loopTotal > agenda.loops.length) lines.push(tCount('digestMoreFollowUps', agenda.loopTotal - agenda.loops.length));
    for (const date of agenda.dates) lines.push(digestDateLine(date));
  }
  return { title: t('digestTitle'), message: lines.join('\n') };
}

/** "Today: Jane Doe — Birthday (40)", "Tomorrow: Ali Khan — Connected on LinkedIn (6 years)"; a moved 29 February says so. */
export function digestDateLine(date: DigestAgenda['dates'][number]): string {
  const what = keyDateTitle(date);
  const count = date.years === undefined ? what : date.kind === 'birthday' ? t('digestDateAge', what, date.years) : tCount('digestDateYears', date.years, what);
  const line = t(date.when === 'today' ? 'digestDateToday' : 'digestDateTomorrow', date.name, count);
  return date.leapDayMoved ? `${line} ${t('leapDayMovedNote')}` : line;
}

/**
 * Why one person is due, in words. A new connection on the 24-7-30 follow-up
 * (`step` 0, 1 or 2) gets its step's wording: "Follow up with Sam: it's been
 * a week since you connected".
 */
export function nudgeText(contact: NudgeContact, step: 0 | 1 | 2 | undefined, cadences: Cadences, now: number): NotificationText {
  if (contact.circle === 'new' && step !== undefined) {
    const days = cadences.new.steps[step].idealDays;
    return { title: t('nudgeNewConnectionTitle', followUpStepLabel(step, days)), message: t('nudgeNewConnection', contact.name, durationPhrase(days)) };
  }
  const message =
    contact.lastTouchAt === undefined
      ? t('nudgeOverdueNoTouch', contact.name, formatDate(contact.circleSince))
      : t('nudgeOverdue', contact.name, formatRelativeDay(contact.lastTouchAt, now));
  return { title: t('nudgeOverdueTitle'), message };
}
