import type { Contact } from '@/lib/model/schema';
import type { NotificationSettings } from '@/lib/storage/settings';
import { toTimestamp } from '@/lib/time/instant';
import { localDay } from '@/lib/time/local-day';
import { addLocalDays, atLocalTime, localWeekday } from '@/lib/time/zoned';
import type { NudgeState } from '@/lib/nudges/nudge-state';
import { agendaIsEmpty, type DigestAgenda } from '@/lib/nudges/agenda';

/**
 * When to notify, and whom: pure functions of the stored contacts, the
 * settings, the clock and what was already notified. Nothing here counts
 * alarm firings, so a missed, repeated or late alarm changes nothing.
 */

/** The digest names at most this many people: "Jane Doe, Ali Khan, Sam Lee and 4 others". */
export const MAX_NAMED_IN_DIGEST = 3;

/**
 * Individual nudges per run. After a long sleep many people may have become
 * overdue at once; the digest covers the rest instead of a burst of notifications.
 */
export const MAX_INDIVIDUAL_PER_RUN = 3;

export type NudgeContact = Pick<Contact, 'id' | 'name' | 'circle' | 'circleSince' | 'lastTouchAt' | 'dueAt' | 'overdueAt'>;

export function isQuietDay(at: number, timeZone: string, settings: NotificationSettings): boolean {
  return settings.quietDays.includes(localWeekday(at, timeZone));
}

/**
 * A digest is owed when digests are on, today is not a quiet day, today's
 * digest time has passed and no digest went out today. However long the
 * browser was closed or asleep, that is at most one (catch-up) digest.
 * `lastDigestDay` later than today (the clock or time zone moved back) counts as sent.
 */
export function isDigestOwed(now: number, timeZone: string, settings: NotificationSettings, state: NudgeState): boolean {
  if (!settings.digest || isQuietDay(now, timeZone, settings)) return false;
  const today = localDay(now, timeZone);
  if (state.lastDigestDay !== undefined && state.lastDigestDay >= today) return false;
  return now >= atLocalTime(now, settings.digestTime, timeZone);
}

/**
 * When the digest alarm should next fire: the first digest time after `now`
 * on a day that is not quiet and has had no digest. Undefined when digests are
 * off or every day is quiet. A digest owed now is sent by the run that asks.
 */
export function nextDigestAt(now: number, timeZone: string, settings: NotificationSettings, state: NudgeState): number | undefined {
  if (!settings.digest) return undefined;
  for (let offset = 0; offset <= 7; offset++) {
    const day = addLocalDays(now, offset, timeZone);
    if (isQuietDay(day, timeZone, settings)) continue;
    if (state.lastDigestDay !== undefined && state.lastDigestDay >= localDay(day, timeZone)) continue;
    const at = atLocalTime(day, settings.digestTime, timeZone);
    if (at > now) return at;
  }
  return undefined;
}

export interface NudgeInput {
  now: number;
  timeZone: string;
  settings: NotificationSettings;
  state: NudgeState;
  /** Everyone due right now: the exact count and the first few, most overdue first. Needed when a digest is owed. */
  due?: { total: number; first: readonly NudgeContact[] };
  /**
   * Contacts whose `overdueAt` lies after `state.overdueCheckedAt` and at or before `now`, earliest
   * first. Nobody is newly overdue on the very first run, so turning Rapport (or the setting) on
   * never nudges about everyone who is already overdue.
   */
  newlyOverdue: readonly NudgeContact[];
  /** Follow-ups due and key dates of today and tomorrow, read when a digest is owed: a digest goes out for them even when nobody is due. */
  agenda?: DigestAgenda;
}

export interface NudgePlan {
  digest?: { named: NudgeContact[]; total: number; agenda?: DigestAgenda };
  individual: NudgeContact[];
  /** The state to store before notifying. */
  state: NudgeState;
}

/** Decides what to notify now. Never names a person twice in one local day. */
export function planNudges({ now, timeZone, settings, state, due, newlyOverdue, agenda }: NudgeInput): NudgePlan {
  const today = localDay(now, timeZone);
  const notified = new Set(state.notifiedDay === today ? state.notifiedIds : []);
  const plan: NudgePlan = { individual: [], state: { ...state, overdueCheckedAt: toTimestamp(now) } };

  if (isDigestOwed(now, timeZone, settings, state)) {
    // The day's digest is done even when nobody is due: someone becoming due at 15:00 waits for tomorrow's.
    plan.state.lastDigestDay = today;
    const named = (due?.first ?? []).filter((contact) => !notified.has(contact.id)).slice(0, MAX_NAMED_IN_DIGEST);
    if (named.length > 0 && due) {
      plan.digest = { named, total: Math.max(due.total, named.length) };
      for (const contact of named) notified.add(contact.id);
    }
    if (!agendaIsEmpty(agenda)) plan.digest = { named: plan.digest?.named ?? [], total: plan.digest?.total ?? 0, agenda };
  }

  if (settings.individualNudges && state.overdueCheckedAt !== undefined && !isQuietDay(now, timeZone, settings)) {
    for (const contact of newlyOverdue) {
      if (plan.individual.length >= MAX_INDIVIDUAL_PER_RUN) break;
      if (notified.has(contact.id)) continue;
      plan.individual.push(contact);
      notified.add(contact.id);
    }
  }

  plan.state.notifiedDay = today;
  plan.state.notifiedIds = [...notified];
  return plan;
}
