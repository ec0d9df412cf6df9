import type { Timestamp } from '@/lib/time/instant';

/**
 * The date formats LinkedIn's export uses, each parsed explicitly (see
 * ../shared/docs/linkedin-export.md). The export gives no time zone except
 * where it writes "UTC"; the others are read as UTC too, so the same file
 * always gives the same instants. A value in none of a file's formats is an
 * error, never a guess.
 */
export const DATE_FORMATS = {
  /** Connections 2021: `17 Jun 2021` (also German month names: `17 Mai 2021`). */
  dayMonthNameYear: /^(\d{1,2})[ -]([\p{L}]{3,9})\.?[ -](\d{4})$/u,
  /** Connections, messages and invitations 2018 onwards: `1/8/18, 6:14 PM`, `10/16/2018, 8:36 AM`. */
  usShortDateTime: /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AP]M)$/i,
  /** US date without a time: `1/8/18`. */
  usShortDate: /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/,
  /** messages 2021: `2021-06-15 16:37:00 UTC`; Comments, Reactions: `2021-06-16 03:28:40`; Shares 2018: `2017/06/08 08:15:44 UTC`. */
  isoLikeDateTime: /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?: ?(?:UTC|Z|GMT))?$/,
  /** A date alone: `2021-06-17`, `2021/06/17`. */
  isoLikeDate: /^(\d{4})[-/](\d{2})[-/](\d{2})$/,
  /** German numeric date (localised Connections, unverified): `17.06.2021`. */
  germanDate: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
} as const;
export type DateFormat = keyof typeof DATE_FORMATS;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, jän: 1, jänner: 1,
  feb: 2, february: 2, februar: 2,
  mar: 3, march: 3, mär: 3, märz: 3, mrz: 3,
  apr: 4, april: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12, dez: 12, dezember: 12,
};

function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Timestamp | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(time);
  // Rejects 31 Jun and the like instead of rolling over into the next month.
  if (date.getUTCDate() !== day) return null;
  return date.toISOString();
}

const fullYear = (yy: string) => (yy.length === 2 ? 2000 + Number(yy) : Number(yy));

function hour12(hour: string, meridiem: string): number {
  const h = Number(hour) % 12;
  return meridiem.toUpperCase() === 'PM' ? h + 12 : h;
}

const PARSERS: Record<DateFormat, (m: RegExpExecArray) => Timestamp | null> = {
  dayMonthNameYear: (m) => {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? utc(Number(m[3]), month, Number(m[1])) : null;
  },
  usShortDateTime: (m) =>
    Number(m[4]) >= 1 && Number(m[4]) <= 12
      ? utc(fullYear(m[3]!), Number(m[1]), Number(m[2]), hour12(m[4]!, m[7]!), Number(m[5]), Number(m[6] ?? 0))
      : null,
  usShortDate: (m) => utc(fullYear(m[3]!), Number(m[1]), Number(m[2])),
  isoLikeDateTime: (m) => utc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)),
  isoLikeDate: (m) => utc(Number(m[1]), Number(m[2]), Number(m[3])),
  germanDate: (m) => utc(Number(m[3]), Number(m[2]), Number(m[1])),
};

/** The instant `value` denotes in the first of `formats` it matches, or null. */
export function parseExportDate(value: string, formats: readonly DateFormat[]): Timestamp | null {
  const trimmed = value.trim();
  for (const format of formats) {
    const match = DATE_FORMATS[format].exec(trimmed);
    if (match) return PARSERS[format](match);
  }
  return null;
}
