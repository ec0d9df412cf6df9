import type { Circle, Contact, ContactKind, TouchpointType } from '@/lib/model/schema';
import { dueStatus } from '@/lib/cadence/due-status';
import { formatDate, formatRelativeDay } from '@/lib/format';
import { t, type MessageKey } from '@/lib/i18n';
import type { Cadences } from '@/lib/storage/settings';
import { toTimestamp } from '@/lib/time/instant';

/** Words for the domain's enums, through i18n. */
export const circleLabel = (circle: Circle) => t(`circle_${circle}`);
export const touchpointTypeLabel = (type: TouchpointType) => t(`touchpointType_${type}`);
export const kindLabel = (kind: ContactKind) => t(`kind_${kind}`);

const FOLLOW_UP_STEPS = ['followUpStepDay1', 'followUpStepDay2', 'followUpStepDay3'] as const;
/** A new connection's 24-7-30 step, named by its day and what it is for: "Day 7: a personal touch". */
export const followUpStepLabel = (step: 0 | 1 | 2, days: number) => t(FOLLOW_UP_STEPS[step], days);

/**
 * One line about where a relationship stands: "Last touched 23 days ago · due",
 * "Never touched · overdue", "Not in Rapport". Shared by the popup, the side
 * panel and the button injected on profiles.
 */
export function touchStatusLabel(
  contact: Pick<Contact, 'circle' | 'lastTouchAt' | 'dueAt' | 'overdueAt' | 'snoozedUntil'> | null | undefined,
  now: number = Date.now(),
): string {
  if (!contact) return t('statusNotInRapport');
  const parts = [contact.lastTouchAt ? t('statusLastTouched', formatRelativeDay(contact.lastTouchAt, now)) : t('statusNeverTouched')];
  const status = dueStatus(contact, toTimestamp(now));
  if (status === 'due') parts.push(t('statusDue'));
  if (status === 'overdue') parts.push(t('statusOverdue'));
  if (status === 'snoozed' && contact.snoozedUntil) parts.push(t('statusSnoozed', formatDate(contact.snoozedUntil)));
  return parts.join(t('statusSeparator'));
}

/**
 * A touchpoint type inside a sentence ("a message", "an intro"). Falls back to
 * the type's name for a type this catalogue does not phrase yet.
 */
export function touchpointTypeNoun(type: TouchpointType): string {
  const phrase = t(`touchpointNoun_${type}` as MessageKey);
  return phrase === `touchpointNoun_${type}` ? touchpointTypeLabel(type) : phrase;
}

/**
 * The one voice of every log's confirmation, manual or automatic:
 * "Logged a message with Jane Doe" (no closing full stop, so a name ending in
 * one, "Elvis S.", never reads "S..").
 */
export const loggedSentence = (type: TouchpointType, name: string, added = false): string =>
  t(added ? 'loggedWithAdded' : 'loggedWith', touchpointTypeNoun(type), name);

/** The primary logging button's label: "Log a message". */
export const logTypeLabel = (type: TouchpointType): string => t('logType', touchpointTypeNoun(type));

/**
 * What a circle means, in one line beside every circle picker, from the user's
 * own cadences: "Key · every 30 days", "New · 24-7-30: …", "Untracked · never due".
 */
export function circleMeaning(circle: Circle, cadences: Cadences): string {
  const name = circleLabel(circle);
  if (circle === 'untracked') return t('circleMeaningUntracked', name);
  if (circle === 'new') {
    const [a, b, c] = cadences.new.steps;
    return t('circleMeaningNew', name, a.idealDays, b.idealDays, c.idealDays);
  }
  return t('circleMeaning', name, cadences[circle].idealDays);
}
