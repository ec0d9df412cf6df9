import { uiLocale } from '@/lib/i18n';
import { DAY_MS } from '@/lib/time/instant';

/**
 * Dates and durations for people, formatted by Intl in the user's locale.
 * Recognition never uses these: it stays locale-independent.
 */

// Lists call this once a row (a feed's 50 posts, the due list): one formatter, not one per call.
let relativeDayFormat: Intl.RelativeTimeFormat | undefined;

/** "today", "yesterday", "23 days ago", "in 3 days": whole local calendar days between the two instants. */
export function formatRelativeDay(at: string | number, now: number = Date.now()): string {
  const startOfDay = (time: number) => {
    const date = new Date(time);
    date.setHours(0, 0, 0, 0);
    return date.getTime();
  };
  const days = Math.round((startOfDay(typeof at === 'string' ? Date.parse(at) : at) - startOfDay(now)) / DAY_MS);
  relativeDayFormat ??= new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });
  return relativeDayFormat.format(days, 'day');
}

// Building an Intl formatter costs far more than using one (about 0.1 ms each): keep one per style.
let dateFormat: Intl.DateTimeFormat | undefined;
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** "27 Nov 2026" in the user's locale. */
export function formatDate(at: string | number): string {
  dateFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
  return dateFormat.format(new Date(at));
}

/** "27 Nov 2026, 09:00" in the user's locale. */
export function formatDateTime(at: string | number): string {
  dateTimeFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimeFormat.format(new Date(at));
}

let monthDayFormat: Intl.DateTimeFormat | undefined;

/** "27 Nov" in the user's locale: chart axis labels. */
export function formatMonthDay(at: string | number): string {
  monthDayFormat ??= new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short' });
  return monthDayFormat.format(new Date(at));
}

let percentFormat: Intl.NumberFormat | undefined;

/** 0.873 → "87%" in the user's locale. */
export function formatPercent(share: number): string {
  percentFormat ??= new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 });
  return percentFormat.format(share);
}
