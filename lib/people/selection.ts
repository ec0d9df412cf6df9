/**
 * Multi-selection over a list, as in a file manager: a click or Space
 * toggles one row and sets the anchor; Shift with a click or an arrow key
 * selects the range from the anchor to that row. Pure: each function returns
 * a new selection, so React state stays immutable.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  /** Where a Shift range starts: the row last toggled. */
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export function toggle(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Adds the rows from the anchor (or `id` itself without one) to `id`, in `order`; the anchor stays. */
export function selectRange(selection: Selection, order: readonly string[], id: string): Selection {
  const to = order.indexOf(id);
  if (to < 0) return selection;
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const start = from < 0 ? to : Math.min(from, to);
  const end = from < 0 ? to : Math.max(from, to);
  const ids = new Set(selection.ids);
  for (let i = start; i <= end; i++) ids.add(order[i]!);
  return { ids, anchor: from < 0 ? id : selection.anchor };
}

/** Selects every row in `order` (all shown), or clears them if all already are. */
export function toggleAll(selection: Selection, order: readonly string[]): Selection {
  const allSelected = order.length > 0 && order.every((id) => selection.ids.has(id));
  if (allSelected) {
    const ids = new Set(selection.ids);
    for (const id of order) ids.delete(id);
    return { ids, anchor: null };
  }
  return { ids: new Set([...selection.ids, ...order]), anchor: selection.anchor };
}

/** Keeps only the ids still present (people deleted meanwhile leave the selection). */
export function keepPresent(selection: Selection, present: ReadonlySet<string>): Selection {
  if ([...selection.ids].every((id) => present.has(id))) return selection;
  return { ids: new Set([...selection.ids].filter((id) => present.has(id))), anchor: selection.anchor && present.has(selection.anchor) ? selection.anchor : null };
}
