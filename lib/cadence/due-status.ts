import type { Circle } from '@/lib/model/schema';
import type { Timestamp } from '@/lib/time/instant';

export type DueStatus = 'untracked' | 'snoozed' | 'ok' | 'due' | 'overdue';

/**
 * Where a contact stands at `now`, from its stored due times. Apart from the
 * cadence rules (cadence.ts) so that pages showing a status don't bundle the
 * time-zone library those rules need.
 */
export function dueStatus(
  contact: { circle: Circle; dueAt?: Timestamp | undefined; overdueAt?: Timestamp | undefined; snoozedUntil?: Timestamp | undefined },
  now: Timestamp,
): DueStatus {
  if (contact.circle === 'untracked' || contact.dueAt === undefined) return 'untracked';
  if (contact.snoozedUntil !== undefined && contact.snoozedUntil > now) return 'snoozed';
  if (contact.overdueAt !== undefined && contact.overdueAt <= now) return 'overdue';
  if (contact.dueAt <= now) return 'due';
  return 'ok';
}
