import { describe, expect, it } from 'vitest';
import { formatHlc } from '@/lib/sync/hlc';
import { conflictCopyId, mergeAll, mergeStates, repairOpenJobChanges } from '@/lib/sync/merge';
import { diffRow, isVisible, materialize } from '@/lib/sync/local-changes';
import type { RecordState } from '@/lib/sync/record-state';

const T0 = Date.parse('2026-12-01T10:00:00.000Z');
const at = (minutes: number, device = 'a', counter = 0) => formatHlc({ wall: T0 + minutes * 60_000, counter, device });
const contact = (f: RecordState['f'], del?: string): RecordState => ({ t: 'contacts', id: 'in:ada', f, ...(del ? { del } : {}) });

describe('merge rules', () => {
  it('keeps concurrent edits to different fields of a contact', () => {
    const base = diffRow('contacts', 'in:ada', undefined, { name: 'Ada', circle: 'key', tags: [] }, at(0), 'a')!;
    const onA = diffRow('contacts', 'in:ada', base, { name: 'Ada L.', circle: 'key', tags: [] }, at(5, 'a'), 'a')!;
    const onB = diffRow('contacts', 'in:ada', base, { name: 'Ada', circle: 'inner', tags: ['x'] }, at(6, 'b'), 'b')!;
    const merged = mergeStates(onA, onB).state;
    expect(materialize(merged)).toMatchObject({ name: 'Ada L.', circle: 'inner', tags: ['x'] });
    expect(mergeStates(onB, onA).state).toEqual(merged);
  });

  it('gives a same-field conflict to the later clock, whichever arrives first', () => {
    const onA = contact({ name: { v: 'From A', c: at(10, 'a') } });
    const onB = contact({ name: { v: 'From B', c: at(9, 'b') } });
    expect(mergeStates(onA, onB).state.f.name?.v).toBe('From A');
    expect(mergeStates(onB, onA).state.f.name?.v).toBe('From A');
  });

  it('orders page-seen headlines by when LinkedIn showed them, not by when they were written', () => {
    // B wrote later (a sync delay) a headline a page showed earlier.
    const onA = contact({ headline: { v: 'CTO', c: at(1, 'a') }, headlineSeenAt: { v: '2026-12-01T10:01:00.000Z', c: at(1, 'a') } });
    const onB = contact({ headline: { v: 'VP', c: at(30, 'b') }, headlineSeenAt: { v: '2026-11-30T10:00:00.000Z', c: at(30, 'b') } });
    const merged = mergeStates(onB, onA).state;
    expect(merged.f.headline?.v).toBe('CTO');
    expect(merged.f.headlineSeenAt?.v).toBe('2026-12-01T10:01:00.000Z');
    expect(mergeStates(onA, onB).state).toEqual(merged);
  });

  it('orders page-seen member ids (the composer’s recipient) by when LinkedIn showed them, like headlines', () => {
    const onA = contact({ memberId: { v: 'ACoAAAdaNewId12345', c: at(2, 'a') }, memberIdSeenAt: { v: '2026-12-01T10:02:00.000Z', c: at(2, 'a') } });
    const onB = contact({ memberId: { v: 'ACoAAAdaOldId12345', c: at(40, 'b') }, memberIdSeenAt: { v: '2026-11-20T10:00:00.000Z', c: at(40, 'b') } });
    const merged = mergeStates(onB, onA).state;
    expect(merged.f.memberId?.v).toBe('ACoAAAdaNewId12345');
    expect(merged.f.memberIdSeenAt?.v).toBe('2026-12-01T10:02:00.000Z');
    expect(mergeStates(onA, onB).state).toEqual(merged);
  });

  it('keeps the earliest createdAt and connectedAt', () => {
    const onA = contact({ createdAt: { v: '2026-01-02T00:00:00.000Z', c: at(5) }, connectedAt: { c: at(6) } });
    const onB = contact({ createdAt: { v: '2026-01-01T00:00:00.000Z', c: at(1, 'b') }, connectedAt: { v: '2025-05-05T00:00:00.000Z', c: at(1, 'b') } });
    const merged = mergeStates(onA, onB).state;
    expect(merged.f.createdAt?.v).toBe('2026-01-01T00:00:00.000Z');
    expect(merged.f.connectedAt?.v).toBe('2025-05-05T00:00:00.000Z');
  });

  it('lets a deletion win over older edits, and an edit after it bring the record back', () => {
    const live = contact({ name: { v: 'Ada', c: at(1) } });
    const deleted = { ...live, del: at(5, 'b') };
    expect(materialize(mergeStates(live, deleted).state)).toBeNull();
    const editedLater = contact({ name: { v: 'Ada again', c: at(7) } });
    expect(materialize(mergeStates(deleted, editedLater).state)).toMatchObject({ name: 'Ada again' });
  });

  it('keeps both texts of concurrent note edits: the later wins, the other becomes a conflicting copy', () => {
    const base = diffRow('notes', 'n1', undefined, { contactId: 'in:ada', body: 'v1' }, at(0), 'a')!;
    const onA = diffRow('notes', 'n1', base, { contactId: 'in:ada', body: 'A text' }, at(3, 'a'), 'a')!;
    const onB = diffRow('notes', 'n1', base, { contactId: 'in:ada', body: 'B text' }, at(4, 'b'), 'b')!;
    const { state, copies } = mergeStates(onA, onB);
    expect(state.f.body?.v).toBe('B text');
    expect(copies).toHaveLength(1);
    expect(copies[0]!.id).toBe(conflictCopyId('n1', onA.f.body!));
    expect(materialize(copies[0]!)).toMatchObject({ contactId: 'in:ada', body: 'A text', conflictOf: 'n1' });
    // An edit made after seeing the merge supersedes both without another copy.
    const later = diffRow('notes', 'n1', state, { contactId: 'in:ada', body: 'merged by hand' }, at(2, 'a'), 'a')!;
    expect(mergeStates(later, onB)).toEqual({ state: later, copies: [] });
    // A sequential edit (B had seen A's) is no conflict, even with an older clock.
    const sequential = diffRow('notes', 'n1', onA, { contactId: 'in:ada', body: 'B after A' }, at(1, 'b'), 'b')!;
    expect(mergeStates(onA, sequential)).toEqual({ state: sequential, copies: [] });
  });

  it('leaves one open job change per person: the latest detected', () => {
    const change = (id: string, detectedAt: string, device: string): RecordState => ({
      t: 'jobChanges',
      id,
      f: { contactId: { v: 'in:ada', c: at(1, device) }, detectedAt: { v: detectedAt, c: at(1, device) }, headline: { v: { from: 'a', to: 'b' }, c: at(1, device) } },
    });
    const older = change('j1', '2026-12-01T09:00:00.000Z', 'a');
    const newer = change('j2', '2026-12-01T09:30:00.000Z', 'b');
    const repaired = repairOpenJobChanges([older, newer]);
    expect(repaired.map((state) => [state.id, state.f.settled?.v])).toEqual([['j1', 'dismissed']]);
    expect(repairOpenJobChanges([...mergeAll([older, newer, ...repaired]).values()])).toEqual([]);
  });

  it('hides a touchpoint until its contact arrives', () => {
    const touch: RecordState = { t: 'touchpoints', id: 't1', f: { contactId: { v: 'in:ada', c: at(1) } } };
    expect(isVisible(touch, () => undefined)).toBe(false);
    expect(isVisible(touch, () => contact({ name: { v: 'Ada', c: at(0) } }))).toBe(true);
    expect(isVisible(touch, () => contact({ name: { v: 'Ada', c: at(0) } }, at(2)))).toBe(false);
  });

  it('records a cleared field as a change, and nothing when nothing synced changed', () => {
    const base = diffRow('contacts', 'in:ada', undefined, { name: 'Ada', snoozedUntil: '2026-12-09T00:00:00.000Z', dueAt: 'x' }, at(0), 'a')!;
    expect(base.f.dueAt).toBeUndefined();
    expect(diffRow('contacts', 'in:ada', base, { name: 'Ada', snoozedUntil: '2026-12-09T00:00:00.000Z', dueAt: 'y' }, at(1), 'a')).toBeNull();
    const cleared = diffRow('contacts', 'in:ada', base, { name: 'Ada' }, at(2), 'a')!;
    expect(cleared.f.snoozedUntil).toEqual({ c: at(2) });
    expect(materialize(cleared)).toEqual({ id: 'in:ada', name: 'Ada' });
  });
});
