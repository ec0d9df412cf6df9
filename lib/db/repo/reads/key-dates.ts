import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import type { KeyDate } from '@/lib/model/key-date';
import { monthDaysAhead, upcomingDates, type DateOccurrence } from '@/lib/key-dates/upcoming';
import type { CalendarDay } from '@/lib/time/calendar-day';

export interface UpcomingDate extends DateOccurrence {
  contact: Contact;
}

/**
 * Key dates and connection anniversaries in the `days` days from `today`,
 * soonest first, with their people. Two `anyOf` reads of the month-day
 * indexes (at most 2×(days+1) keys), never a scan of every contact.
 */
export async function listUpcomingDates(db: AppDB, today: CalendarDay, days: number): Promise<UpcomingDate[]> {
  const keys = monthDaysAhead(today, days);
  return db.transaction('r', db.keyDates, db.contacts, async () => {
    const [keyDates, connected] = await Promise.all([db.keyDates.where('monthDay').anyOf(keys).toArray(), db.contacts.where('connectedMonthDay').anyOf(keys).toArray()]);
    const occurrences = upcomingDates(today, days, keyDates, connected);
    const missing = [...new Set(occurrences.map((o) => o.contactId))].filter((id) => !connected.some((contact) => contact.id === id));
    const people = new Map(connected.map((contact) => [contact.id, contact]));
    for (const contact of await db.contacts.bulkGet(missing)) if (contact) people.set(contact.id, contact);
    return occurrences.flatMap((occurrence) => {
      const contact = people.get(occurrence.contactId);
      return contact ? [{ ...occurrence, contact }] : [];
    });
  });
}

/** A person's key dates, in calendar order. */
export async function listKeyDates(db: AppDB, contactId: string): Promise<KeyDate[]> {
  const dates = await db.keyDates.where('contactId').equals(contactId).toArray();
  return dates.sort((a, b) => (a.monthDay < b.monthDay ? -1 : a.monthDay > b.monthDay ? 1 : 0));
}
