import type { Contact } from '@/lib/model/schema';
import type { StarterMoment } from '@/lib/starters/templates';

/**
 * Which moment a due person is at, for the suggestion shown beside them: a
 * new connection's 24-7-30 step (not yet touched since entering the circle:
 * the day-1 acknowledgement; touched, within 30 days: the week's personal
 * touch; later: proposing to meet), otherwise a catch-up. Its own file, types
 * only: the popup's first screen imports it.
 */
export function momentOfDue(contact: Pick<Contact, 'circle' | 'circleSince' | 'lastTouchAt'>, now: number): StarterMoment {
  if (contact.circle !== 'new') return 'catchUp';
  const touchedInCircle = contact.lastTouchAt !== undefined && contact.lastTouchAt >= contact.circleSince;
  if (!touchedInCircle) return 'newConnectionDay1';
  const days = (now - Date.parse(contact.circleSince)) / 86_400_000;
  return days < 30 ? 'newConnectionWeek' : 'newConnectionMonth';
}
