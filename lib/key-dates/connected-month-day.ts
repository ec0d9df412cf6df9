import type { Contact } from '@/lib/model/schema';

/**
 * The month-day a connection anniversary falls on, for people you keep in
 * touch with (any circle but untracked: thousands of imported connections
 * would otherwise fill every day). LinkedIn's export gives the connection's
 * calendar day only, stored as midnight UTC (lib/linkedin/export/dates.ts),
 * so the day is read in UTC: in any zone it is the day LinkedIn showed.
 */
export function connectedMonthDayOf(contact: Pick<Contact, 'connectedAt' | 'circle'>): string | undefined {
  if (contact.connectedAt === undefined || contact.circle === 'untracked') return undefined;
  return contact.connectedAt.slice(5, 10);
}
