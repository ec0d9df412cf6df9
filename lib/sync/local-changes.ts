import { isLive, LOCAL_FIELDS, parentOf, sameValue, type Field, type RecordState, type SyncTable } from '@/lib/sync/record-state';

/**
 * Local rows ↔ sync state. `diffRow` turns what a local write left in a table
 * into the record's next state, stamping only the fields that changed;
 * `materialize` turns a merged state back into the row to store.
 */
export function syncedFields(table: SyncTable, row: Record<string, unknown>): Record<string, unknown> {
  const local = LOCAL_FIELDS[table] ?? [];
  return Object.fromEntries(Object.entries(row).filter(([key, value]) => value !== undefined && !local.includes(key)));
}

/**
 * The state after a local write: `row` is the record now (undefined when deleted),
 * `previous` the last synced state. Returns null when nothing synced changed.
 */
export function diffRow(
  table: SyncTable,
  id: string,
  previous: RecordState | undefined,
  row: Record<string, unknown> | undefined,
  clock: string,
  device: string,
): RecordState | null {
  if (row === undefined) {
    if (!previous || !isLive(previous)) return null;
    return { ...previous, del: clock };
  }
  const fields = syncedFields(table, row);
  const revive = previous !== undefined && !isLive(previous);
  const local = LOCAL_FIELDS[table] ?? [];
  // A derived field an older version synced is dropped, never stamped (cleared or not, it stays local).
  const f: Record<string, Field> = Object.fromEntries(Object.entries(previous?.f ?? {}).filter(([key]) => !local.includes(key)));
  let changed = previous === undefined;
  for (const key of new Set([...Object.keys(fields), ...Object.keys(f)])) {
    const before = previous?.f[key];
    const value = fields[key];
    if (!revive && before && sameValue(before.v, value)) continue;
    if (!before && value === undefined) continue;
    changed = true;
    const field: Field = value === undefined ? { c: clock } : { v: value, c: clock };
    if (table === 'notes' && key === 'body') field.vv = { ...before?.vv, [device]: (before?.vv?.[device] ?? 0) + 1 };
    f[key] = field;
  }
  if (!changed && !revive) return null;
  const state: RecordState = { t: table, id, f };
  if (previous?.del !== undefined) state.del = previous.del;
  return state;
}

/** The row a state stands for, without the locally derived fields; null when deleted. */
export function materialize(state: RecordState): Record<string, unknown> | null {
  if (!isLive(state)) return null;
  const local = LOCAL_FIELDS[state.t] ?? [];
  const row: Record<string, unknown> = { id: state.id };
  for (const [key, field] of Object.entries(state.f)) if (field.v !== undefined && !local.includes(key)) row[key] = field.v;
  return row;
}

/**
 * Whether a record shows on this device: live, and for a touchpoint, note or
 * job change, its contact live too. A child whose contact has not arrived
 * (or was deleted) waits in the sync state and shows when the contact does.
 */
export function isVisible(state: RecordState, contactState: (id: string) => RecordState | undefined): boolean {
  if (!isLive(state)) return false;
  const parent = parentOf(state);
  if (parent === undefined) return true;
  const contact = contactState(parent);
  return contact !== undefined && isLive(contact);
}
