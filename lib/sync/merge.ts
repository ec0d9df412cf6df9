import { hlcWall } from '@/lib/sync/hlc';
import { clockIso, isLive, stableStringify, type Field, type RecordState } from '@/lib/sync/record-state';

/**
 * Merging two copies of one record: commutative, associative and idempotent,
 * so every device ends with the same state whatever order copies arrive in.
 *
 * - every field: the later clock wins (ties by value, so still deterministic);
 * - `createdAt` and `connectedAt`: the earliest;
 * - a contact's headline, company and member id: ordered by when a LinkedIn
 *   page showed them (`headlineSeenAt`, `companySeenAt`, `memberIdSeenAt`), or by when typed for a value
 *   typed by hand; the value and its seen time move together;
 * - a note's body: a later edit that had seen the other wins; two edits that
 *   had not seen each other keep the later one and give the earlier its own
 *   note, a conflicting copy (no text is lost);
 * - deletion: the later deletion clock; the record lives again if a field
 *   changed after it.
 */
export interface MergeResult {
  state: RecordState;
  /** Conflicting copies of notes made by this merge (new records). */
  copies: RecordState[];
}

const EARLIEST = new Set(['createdAt', 'connectedAt']);
const SEEN_GROUPS: Record<string, string> = { headline: 'headlineSeenAt', company: 'companySeenAt', memberId: 'memberIdSeenAt' };
const SEEN_FIELDS = new Set(Object.values(SEEN_GROUPS));

/** Later clock wins; equal clocks fall back to the value so the choice never depends on order. */
function compareLww(a: Field, b: Field): number {
  if (a.c !== b.c) return a.c < b.c ? -1 : 1;
  const va = stableStringify(a.v);
  const vb = stableStringify(b.v);
  return va < vb ? -1 : va > vb ? 1 : 0;
}

function earliest(a: Field, b: Field): Field {
  if (a.v === undefined) return b.v === undefined ? (compareLww(a, b) >= 0 ? a : b) : b;
  if (b.v === undefined) return a;
  const va = String(a.v);
  const vb = String(b.v);
  if (va !== vb) return va < vb ? a : b;
  return compareLww(a, b) >= 0 ? a : b;
}

/** When a page showed the value, or else when it was written: the order of captured fields. */
function seenKey(value: Field | undefined, seen: Field | undefined): [number, Field | undefined, Field | undefined] {
  const seenAt = typeof seen?.v === 'string' ? Date.parse(seen.v) : NaN;
  return [Number.isNaN(seenAt) ? (value ? hlcWall(value.c) : -1) : seenAt, value, seen];
}

function compareSeen(a: ReturnType<typeof seenKey>, b: ReturnType<typeof seenKey>): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  for (const index of [1, 2] as const) {
    const fa = a[index];
    const fb = b[index];
    if (!fa || !fb) {
      if (fa !== fb) return fa ? 1 : -1;
      continue;
    }
    const order = compareLww(fa, fb);
    if (order !== 0) return order;
  }
  return 0;
}

function dominates(a: Record<string, number>, b: Record<string, number>): boolean {
  return Object.entries(b).every(([device, count]) => (a[device] ?? 0) >= count);
}

function joinVersions(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const joined = { ...a };
  for (const [device, count] of Object.entries(b)) joined[device] = Math.max(joined[device] ?? 0, count);
  return joined;
}

/** A note body: the version that had seen the other wins; concurrent edits keep both. */
function mergeBody(a: Field, b: Field): { field: Field; loser?: Field } {
  const va = a.vv ?? {};
  const vb = b.vv ?? {};
  if (dominates(va, vb) && dominates(vb, va)) return { field: compareLww(a, b) >= 0 ? a : b };
  if (dominates(va, vb)) return { field: a };
  if (dominates(vb, va)) return { field: b };
  const [winner, loser] = compareLww(a, b) >= 0 ? [a, b] : [b, a];
  const field: Field = { ...winner, vv: joinVersions(va, vb) };
  // Same text written twice: nothing to keep apart.
  return stableStringify(winner.v) === stableStringify(loser.v) ? { field } : { field, loser };
}

/** The id of the conflicting copy that keeps `loser`'s text: the same on every device. */
export function conflictCopyId(noteId: string, loser: Field): string {
  return `${noteId}~${loser.c}`;
}

function conflictCopy(state: RecordState, loser: Field): RecordState {
  const c = loser.c;
  const f: Record<string, Field> = {
    body: { v: loser.v, c },
    createdAt: { v: clockIso(c), c },
    updatedAt: { v: clockIso(c), c },
    conflictOf: { v: state.id, c },
  };
  if (state.f.contactId) f.contactId = { v: state.f.contactId.v, c };
  return { t: 'notes', id: conflictCopyId(state.id, loser), f };
}

export function mergeStates(a: RecordState, b: RecordState): MergeResult {
  if (a.t !== b.t || a.id !== b.id) throw new Error(`cannot merge ${a.t}/${a.id} with ${b.t}/${b.id}`);
  const f: Record<string, Field> = {};
  const copies: RecordState[] = [];
  const keys = new Set([...Object.keys(a.f), ...Object.keys(b.f)]);
  for (const key of keys) {
    if (a.t === 'contacts' && SEEN_FIELDS.has(key)) continue; // merged with its value below
    const fa = a.f[key];
    const fb = b.f[key];
    if (!fa || !fb) {
      const only = (fa ?? fb)!;
      f[key] = only;
      if (a.t === 'contacts' && key in SEEN_GROUPS) {
        const seen = (fa ? a : b).f[SEEN_GROUPS[key]!];
        if (seen) f[SEEN_GROUPS[key]!] = seen;
      }
      continue;
    }
    if (a.t === 'contacts' && key in SEEN_GROUPS) {
      const seenField = SEEN_GROUPS[key]!;
      const ka = seenKey(fa, a.f[seenField]);
      const kb = seenKey(fb, b.f[seenField]);
      const [, value, seen] = compareSeen(ka, kb) >= 0 ? ka : kb;
      f[key] = value!;
      if (seen) f[seenField] = seen;
    } else if (EARLIEST.has(key)) {
      f[key] = earliest(fa, fb);
    } else if (a.t === 'notes' && key === 'body') {
      const { field, loser } = mergeBody(fa, fb);
      f[key] = field;
      if (loser) copies.push(conflictCopy(a, loser));
    } else {
      f[key] = compareLww(fa, fb) >= 0 ? fa : fb;
    }
  }
  // A seen time whose value exists on neither side (a page-seen time alone) still merges by clock.
  if (a.t === 'contacts') {
    for (const [value, seenField] of Object.entries(SEEN_GROUPS)) {
      if (keys.has(value) || f[seenField]) continue;
      const sa = a.f[seenField];
      const sb = b.f[seenField];
      if (sa || sb) f[seenField] = !sa ? sb! : !sb ? sa : compareLww(sa, sb) >= 0 ? sa : sb;
    }
  }
  const del = a.del === undefined ? b.del : b.del === undefined ? a.del : a.del > b.del ? a.del : b.del;
  const state: RecordState = { t: a.t, id: a.id, f };
  if (del !== undefined) state.del = del;
  return { state, copies };
}

/** Merges any number of copies of records (several per id allowed); returns one state per record, copies included. */
export function mergeAll(states: Iterable<RecordState>): Map<string, RecordState> {
  const merged = new Map<string, RecordState>();
  const queue = [...states];
  while (queue.length > 0) {
    const next = queue.shift()!;
    const key = `${next.t}/${next.id}`;
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, next);
      continue;
    }
    const { state, copies } = mergeStates(existing, next);
    merged.set(key, state);
    queue.push(...copies);
  }
  return merged;
}

/**
 * One open job change per person: of the open (unsettled, live) ones, the
 * latest detected stays open and the others are dismissed, with the clock of
 * their own last change so any later choice by the user still wins. Returns
 * the states it changed.
 */
export function repairOpenJobChanges(changes: readonly RecordState[]): RecordState[] {
  const open = changes.filter((change) => change.t === 'jobChanges' && isLive(change) && change.f.settled?.v === undefined);
  if (open.length <= 1) return [];
  const ordered = [...open].sort((x, y) => {
    const dx = String(x.f.detectedAt?.v ?? '');
    const dy = String(y.f.detectedAt?.v ?? '');
    if (dx !== dy) return dx < dy ? 1 : -1;
    return x.id < y.id ? 1 : x.id > y.id ? -1 : 0;
  });
  return ordered.slice(1).map((change) => {
    let c = '';
    for (const field of Object.values(change.f)) if (field.c > c) c = field.c;
    return { ...change, f: { ...change.f, settled: { v: 'dismissed', c } } };
  });
}
