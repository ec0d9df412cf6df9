import { monthDayKey } from '@/lib/model/key-date';

/**
 * The derived fields of a loop or key date, recomputed on this device from the
 * synced ones when sync writes the row (they are never synced, see
 * LOCAL_FIELDS): a loop's `openDay` is its due day while it is open, absent once
 * done; a key date's `monthDay` is `MM-DD` of its month and day. Contacts'
 * derived fields are recomputed by the derived-field upkeep (lib/db/repo/upkeep).
 */
export function withLocalFields(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table === 'loops') {
    const { openDay: _open, ...rest } = row;
    return rest.doneAt === undefined && rest.dueDay !== undefined ? { ...rest, openDay: rest.dueDay } : rest;
  }
  if (table === 'keyDates' && typeof row.month === 'number' && typeof row.day === 'number') return { ...row, monthDay: monthDayKey(row.month, row.day) };
  return row;
}
