import type { AppDB } from '@/lib/db/app-db';
import { listDueLoops } from '@/lib/db/repo/reads/loops';
import { listUpcomingDates } from '@/lib/db/repo/reads/key-dates';
import { MAX_AGENDA_ITEMS, type DigestAgenda } from '@/lib/nudges/agenda';
import { localDay } from '@/lib/time/local-day';

/** Counted at most: the digest says "…and N more follow-ups" up to this. */
const LOOP_COUNT_CAP = 100;

/**
 * The digest's follow-ups due by today and the key dates of today and
 * tomorrow, in the user's zone: index reads (`loops.openDay`, the month-day
 * indexes), read only when a digest is owed.
 */
export async function readDigestAgenda(db: AppDB, now: number, timeZone: string): Promise<DigestAgenda> {
  const today = localDay(now, timeZone);
  const [loops, dates] = await Promise.all([listDueLoops(db, today, LOOP_COUNT_CAP), listUpcomingDates(db, today, 2)]);
  return {
    loops: loops.slice(0, MAX_AGENDA_ITEMS).map(({ loop, contact }) => ({ name: contact.name, text: loop.text })),
    loopTotal: loops.length,
    dates: dates.slice(0, MAX_AGENDA_ITEMS).map((date) => ({
      name: date.contact.name,
      kind: date.kind,
      ...(date.label ? { label: date.label } : {}),
      when: date.day === today ? 'today' : 'tomorrow',
      ...(date.years !== undefined ? { years: date.years } : {}),
      leapDayMoved: date.leapDayMoved,
    })),
  };
}
