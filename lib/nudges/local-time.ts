/**
 * Where nudges' wall-clock arithmetic used to live. It now has one home,
 * lib/time/zoned.ts (with the calendar day in lib/time/local-day.ts); these
 * re-exports keep entrypoints/background/{nudges,notifications}.ts building
 * until their imports point there (they are another branch's files).
 */
export { localDay } from '@/lib/time/local-day';
export { addLocalDays } from '@/lib/time/zoned';
