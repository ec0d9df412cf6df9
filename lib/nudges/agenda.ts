import type { OccurrenceKind } from '@/lib/key-dates/upcoming';

/**
 * What the daily digest says besides who is due: the follow-ups (open loops)
 * due today or earlier, and the key dates of today and tomorrow (a day
 * before, or on the day). Read by the background when a digest is owed.
 */
export interface DigestAgenda {
  /** The first few due follow-ups, earliest day first. */
  loops: { name: string; text: string }[];
  /** How many follow-ups are due in all. */
  loopTotal: number;
  dates: { name: string; kind: OccurrenceKind; label?: string; when: 'today' | 'tomorrow'; years?: number; leapDayMoved: boolean }[];
}

export const EMPTY_AGENDA: DigestAgenda = { loops: [], loopTotal: 0, dates: [] };

export const agendaIsEmpty = (agenda: DigestAgenda | undefined) => !agenda || (agenda.loopTotal === 0 && agenda.dates.length === 0);

/** Follow-ups the digest names at most; dates likewise. */
export const MAX_AGENDA_ITEMS = 3;
