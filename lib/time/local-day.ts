import type { Timestamp } from '@/lib/time/instant';

/**
 * The local calendar day, with Intl only: no date library, so the content
 * script can use it too. Arithmetic across days (adding days in a time zone,
 * week starts) is lib/time/zoned.ts, which needs date-fns/tz.
 */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The local calendar day of an instant in `timeZone` (the runtime's own zone
 * when omitted), as `YYYY-MM-DD`, which sorts like the days. Formats are
 * cached per zone: building an Intl.DateTimeFormat costs far more than using one.
 */
export function localDay(at: Timestamp | number | Date, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = dayFormats.get(key);
  if (!format) dayFormats.set(key, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(typeof at === 'string' ? Date.parse(at) : at);
}
