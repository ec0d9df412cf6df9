import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receive, tick, type HlcState } from '@/lib/sync/hlc';
import { mergeStates, repairOpenJobChanges } from '@/lib/sync/merge';
import { diffRow, isVisible, materialize } from '@/lib/sync/local-changes';
import { latestClock, parentOf, stableStringify, type RecordState, type SyncTable } from '@/lib/sync/record-state';

/**
 * Property: whatever the users do on two or three devices, and whatever order,
 * duplication and delay their changes arrive in, once everything is delivered
 * every device holds the same records, no note text written concurrently is
 * lost, and each person has at most one open job change.
 *
 * A device here is the sync core on its own (diff → merge → repair →
 * materialise), the same functions the sync run uses around Dexie and PouchDB.
 */
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-12-01T00:00:00.000Z');
const CONTACTS = ['in:ada', 'in:kofi'];
const NOTES = ['n1', 'n2'];
const TOUCHES = ['t1', 't2', 't3'];
const JOBS = ['j1', 'j2', 'j3'];

type Op =
  | { kind: 'contact'; contact: number; field: 'name' | 'circle' | 'tags' | 'headline'; value: number }
  | { kind: 'deleteContact'; contact: number }
  | { kind: 'note'; note: number; contact: number }
  | { kind: 'touch'; touch: number; contact: number; value: number }
  | { kind: 'deleteTouch'; touch: number }
  | { kind: 'job'; job: number; contact: number; value: number }
  | { kind: 'settle'; job: number };

type Step = { kind: 'op'; replica: number; op: Op; advance: number } | { kind: 'deliver'; pick: number; duplicate: boolean };

interface Replica {
  device: string;
  skew: number;
  hlc: HlcState;
  states: Map<string, RecordState>;
  rows: Map<string, Record<string, unknown>>;
  written: number;
}

interface NoteVersion {
  noteId: string;
  text: string;
  vv: Record<string, number>;
  clock: string;
}

const key = (table: SyncTable, id: string) => `${table}/${id}`;

function visibleRows(replica: Replica): void {
  replica.rows.clear();
  for (const [k, state] of replica.states) {
    if (!isVisible(state, (id) => replica.states.get(key('contacts', id)))) continue;
    replica.rows.set(k, materialize(state)!);
  }
}

/** Applies incoming states as the sync run does: merge, keep copies, repair job changes, recompute rows. */
function apply(replica: Replica, incoming: readonly RecordState[], now: number): void {
  const queue = [...incoming];
  const touchedContacts = new Set<string>();
  while (queue.length > 0) {
    const state = queue.shift()!;
    replica.hlc = receive(replica.hlc, latestClock(state), now);
    const k = key(state.t, state.id);
    const existing = replica.states.get(k);
    if (!existing) replica.states.set(k, state);
    else {
      const merged = mergeStates(existing, state);
      replica.states.set(k, merged.state);
      queue.push(...merged.copies);
    }
    if (state.t === 'jobChanges') touchedContacts.add(String(state.f.contactId?.v));
  }
  for (const contactId of touchedContacts) {
    const changes = [...replica.states.values()].filter((state) => state.t === 'jobChanges' && parentOf(state) === contactId);
    for (const repaired of repairOpenJobChanges(changes)) replica.states.set(key('jobChanges', repaired.id), repaired);
  }
  visibleRows(replica);
}

/** A local write: change the row, diff it into the state (as the outbox drain does). Returns the changed states. */
function write(replica: Replica, op: Op, now: number, versions: NoteVersion[]): RecordState[] {
  const stamp = () => {
    const next = tick(replica.hlc, now);
    replica.hlc = next.state;
    return next.stamp;
  };
  const changed: RecordState[] = [];
  const put = (table: SyncTable, id: string, row: Record<string, unknown> | undefined) => {
    const k = key(table, id);
    const next = diffRow(table, id, replica.states.get(k), row, stamp(), replica.device);
    if (!next) return;
    replica.states.set(k, next);
    changed.push(next);
  };
  const rowOf = (table: SyncTable, id: string) => replica.rows.get(key(table, id));
  const contactThere = (contact: number) => rowOf('contacts', CONTACTS[contact]!) !== undefined;
  const ensureContact = (contact: number) => {
    if (!contactThere(contact)) put('contacts', CONTACTS[contact]!, { name: `Person ${contact}`, circle: 'key', tags: [] });
  };
  replica.written++;
  switch (op.kind) {
    case 'contact': {
      ensureContact(op.contact);
      const row = { ...rowOf('contacts', CONTACTS[op.contact]!) };
      if (op.field === 'tags') row.tags = [`tag${op.value}`];
      else if (op.field === 'headline') {
        row.headline = `Headline ${op.value}`;
        row.headlineSeenAt = new Date(T0 + op.value * 60_000).toISOString();
      } else row[op.field] = `${op.field} ${op.value} by ${replica.device}`;
      put('contacts', CONTACTS[op.contact]!, row);
      break;
    }
    case 'deleteContact': {
      const id = CONTACTS[op.contact]!;
      if (!contactThere(op.contact)) break;
      // As deleteContact does locally: the contact and everything of theirs.
      for (const [k, row] of replica.rows) if (row.contactId === id) put(k.split('/')[0] as SyncTable, String(row.id), undefined);
      put('contacts', id, undefined);
      break;
    }
    case 'note': {
      // A note belongs to one person for life, as in Rapport (random ids; saving another person's note is refused),
      // so the same id never names notes of two people: two devices editing it are editing the same note.
      const id = `${NOTES[op.note]!}-${CONTACTS[op.contact]!}`;
      const existing = rowOf('notes', id);
      if (!existing) ensureContact(op.contact);
      const text = `note ${id} v${replica.written} by ${replica.device}`;
      put('notes', id, { ...(existing ?? { contactId: CONTACTS[op.contact], createdAt: new Date(now).toISOString() }), body: text });
      const state = replica.states.get(key('notes', id))!;
      versions.push({ noteId: id, text, vv: { ...state.f.body!.vv }, clock: state.f.body!.c });
      break;
    }
    case 'touch': {
      const id = TOUCHES[op.touch]!;
      const existing = rowOf('touchpoints', id);
      if (!existing) ensureContact(op.contact);
      put('touchpoints', id, { ...(existing ?? { contactId: CONTACTS[op.contact], type: 'comment', at: new Date(now).toISOString() }), note: `touch note ${op.value}` });
      break;
    }
    case 'deleteTouch':
      if (rowOf('touchpoints', TOUCHES[op.touch]!)) put('touchpoints', TOUCHES[op.touch]!, undefined);
      break;
    case 'job': {
      const id = JOBS[op.job]!;
      if (rowOf('jobChanges', id) || replica.states.has(key('jobChanges', id))) break; // detected once per id
      ensureContact(op.contact);
      put('jobChanges', id, { contactId: CONTACTS[op.contact], detectedAt: new Date(T0 + op.value * 60_000).toISOString(), headline: { from: 'a', to: 'b' } });
      // Detecting a change settles the person's other open ones locally, as lib/db/repo/writes/job-changes does.
      for (const [k, row] of replica.rows)
        if (k.startsWith('jobChanges/') && row.contactId === CONTACTS[op.contact] && row.settled === undefined && row.id !== id)
          put('jobChanges', String(row.id), { ...row, settled: 'dismissed' });
      break;
    }
    case 'settle': {
      const row = rowOf('jobChanges', JOBS[op.job]!);
      if (row && row.settled === undefined) put('jobChanges', JOBS[op.job]!, { ...row, settled: 'congratulated' });
      break;
    }
  }
  visibleRows(replica);
  return changed;
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('contact' as const), contact: fc.nat(1), field: fc.constantFrom('name' as const, 'circle' as const, 'tags' as const, 'headline' as const), value: fc.nat(50) }),
  fc.record({ kind: fc.constant('deleteContact' as const), contact: fc.nat(1) }),
  fc.record({ kind: fc.constant('note' as const), note: fc.nat(1), contact: fc.nat(1) }),
  fc.record({ kind: fc.constant('note' as const), note: fc.nat(1), contact: fc.nat(1) }),
  fc.record({ kind: fc.constant('touch' as const), touch: fc.nat(2), contact: fc.nat(1), value: fc.nat(9) }),
  fc.record({ kind: fc.constant('deleteTouch' as const), touch: fc.nat(2) }),
  fc.record({ kind: fc.constant('job' as const), job: fc.nat(2), contact: fc.nat(1), value: fc.nat(50) }),
  fc.record({ kind: fc.constant('settle' as const), job: fc.nat(2) }),
);

const stepArb = (replicas: number): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('op' as const), replica: fc.nat(replicas - 1), op: opArb, advance: fc.nat(120_000) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), duplicate: fc.boolean() }) },
  );

const scenarioArb = fc.integer({ min: 2, max: 3 }).chain((count) =>
  fc.record({
    skews: fc.array(fc.integer({ min: -DAY, max: DAY }), { minLength: count, maxLength: count }),
    steps: fc.array(stepArb(count), { maxLength: 60 }),
  }),
);

function run({ skews, steps }: { skews: number[]; steps: Step[] }) {
  const replicas: Replica[] = skews.map((skew, index) => ({
    device: `dev${index}`,
    skew,
    hlc: { wall: 0, counter: 0, device: `dev${index}` },
    states: new Map(),
    rows: new Map(),
    written: 0,
  }));
  const versions: NoteVersion[] = [];
  const inFlight: { to: number; states: RecordState[] }[] = [];
  let now = T0;
  for (const step of steps) {
    if (step.kind === 'op') {
      now += step.advance;
      const replica = replicas[step.replica]!;
      const changed = write(replica, step.op, now + replica.skew, versions);
      if (changed.length === 0) continue;
      // Send a snapshot (structured copy) to every other device.
      for (let to = 0; to < replicas.length; to++) if (to !== step.replica) inFlight.push({ to, states: structuredClone(changed) });
    } else if (inFlight.length > 0) {
      const index = step.pick % inFlight.length;
      const message = inFlight[index]!;
      if (!step.duplicate) inFlight.splice(index, 1);
      apply(replicas[message.to]!, structuredClone(message.states), now + replicas[message.to]!.skew);
    }
  }
  // Deliver the rest, then exchange everything until quiet (as repeated sync runs do).
  for (const message of inFlight.reverse()) apply(replicas[message.to]!, structuredClone(message.states), now + replicas[message.to]!.skew);
  for (let round = 0; round < 3; round++)
    for (const from of replicas) for (const to of replicas) if (from !== to) apply(to, structuredClone([...from.states.values()]), now + to.skew);
  return { replicas, versions };
}

const snapshot = (map: Map<string, unknown>) => stableStringify(Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1))));

function dominated(version: NoteVersion, others: NoteVersion[]): boolean {
  return others.some(
    (other) =>
      other !== version &&
      other.noteId === version.noteId &&
      Object.entries(version.vv).every(([device, count]) => (other.vv[device] ?? 0) >= count) &&
      stableStringify(other.vv) !== stableStringify(version.vv),
  );
}

describe('sync convergence (property-based)', () => {
  it('ends identical on every device, with no concurrent note text lost and one open job change per person', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { replicas, versions } = run(scenario);
        const [first, ...rest] = replicas;
        for (const replica of rest) {
          expect(snapshot(replica.states)).toBe(snapshot(first!.states));
          expect(snapshot(replica.rows)).toBe(snapshot(first!.rows));
        }
        const notes = [...first!.rows.values()].filter((row) => typeof row.body === 'string');
        for (const version of versions) {
          if (dominated(version, versions)) continue;
          const note = first!.states.get(key('notes', version.noteId))!;
          // Its person was deleted, and their notes with them (a deletion wins over edits older than itself).
          if (!first!.rows.has(key('contacts', String(note.f.contactId?.v))) || (note.del !== undefined && note.del > version.clock)) continue;
          const kept = notes.some((note) => note.body === version.text && (note.id === version.noteId || note.conflictOf === version.noteId));
          expect(kept, `note text "${version.text}" was lost`).toBe(true);
        }
        for (const contactId of CONTACTS) {
          const open = [...first!.rows.values()].filter((row) => row.detectedAt !== undefined && row.contactId === contactId && row.settled === undefined);
          expect(open.length).toBeLessThanOrEqual(1);
        }
        for (const row of first!.rows.values())
          if (row.contactId !== undefined) expect(first!.rows.has(key('contacts', String(row.contactId)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
