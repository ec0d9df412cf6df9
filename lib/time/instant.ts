import { z } from 'zod/mini';

/**
 * Every instant Rapport stores is a UTC ISO-8601 string in the exact shape
 * `Date.prototype.toISOString()` produces (`2026-11-27T09:00:00.000Z`).
 * One fixed shape makes the strings sort chronologically, so IndexedDB range
 * queries on them are correct, and makes backups round-trip byte for byte.
 */
export const Timestamp = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'must be a UTC timestamp like 2026-11-27T09:00:00.000Z'));
export type Timestamp = z.infer<typeof Timestamp>;

/** Accepts any ISO-8601 date-time with an offset or Z and normalises it to a {@link Timestamp}. */
export const IsoDateTimeInput = z.pipe(
  z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date-time like 2026-11-27T09:00:00Z' }),
  z.transform((value: string) => toTimestamp(new Date(value))),
);

export function toTimestamp(value: Date | number): Timestamp {
  const date = typeof value === 'number' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  return date.toISOString();
}

export function laterOf(a: Timestamp | undefined, b: Timestamp | undefined): Timestamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

let zoneNow: string | undefined;

/**
 * The browser's IANA time zone, e.g. "Europe/Paris". Asked once per run of code (a render of many
 * rows asks for every date it shows; each ask builds an Intl.DateTimeFormat): the answer is kept
 * until the current task's microtasks have run, so a change of zone is seen by the next one.
 */
export function localTimeZone(): string {
  if (zoneNow === undefined) {
    zoneNow = Intl.DateTimeFormat().resolvedOptions().timeZone;
    queueMicrotask(() => (zoneNow = undefined));
  }
  return zoneNow;
}
