import { describe, expect, it } from 'vitest';
import { DerivedContactFields } from '@/lib/model/schema';
import { OpenLoopSchema } from '@/lib/model/open-loop';
import { KeyDateFields } from '@/lib/model/key-date';
import { diffRow, materialize } from '@/lib/sync/local-changes';
import { withLocalFields } from '@/lib/sync/local-fields';
import { LOCAL_FIELDS, withoutLocalFields, type RecordState } from '@/lib/sync/record-state';

const C1 = '00000000a.0000.dev1';
const C2 = '00000000b.0000.dev1';

describe('derived fields stay on the device', () => {
  it('names every derived contact field, the catch-up day, a loop’s openDay and a key date’s monthDay as local', () => {
    for (const key of [...Object.keys(DerivedContactFields.shape), 'catchUpAt']) expect(LOCAL_FIELDS.contacts).toContain(key);
    expect(LOCAL_FIELDS.loops).toContain('openDay');
    expect(LOCAL_FIELDS.keyDates).toContain('monthDay');
    // Nothing else of a loop or key date is local: the rest is what the user entered.
    expect(Object.keys(OpenLoopSchema.shape).filter((key) => LOCAL_FIELDS.loops!.includes(key))).toEqual(['id', 'openDay']);
    expect(Object.keys(KeyDateFields.shape).filter((key) => LOCAL_FIELDS.keyDates!.includes(key))).toEqual(['id', 'monthDay']);
  });

  it('never stamps a derived field, and drops one an older version synced', () => {
    const row = { id: 'in:ada', name: 'Ada', strength: 'strong', connectedMonthDay: '03-04', strengthChangesAt: '2026-01-01T00:00:00.000Z', dueAt: 'x' };
    const first = diffRow('contacts', 'in:ada', undefined, row, C1, 'dev1')!;
    expect(Object.keys(first.f)).toEqual(['name']);
    const old: RecordState = { t: 'contacts', id: 'in:ada', f: { name: { v: 'Ada', c: C1 }, strength: { v: 'cold', c: C1 } } };
    const next = diffRow('contacts', 'in:ada', old, { ...row, name: 'Ada L.' }, C2, 'dev1')!;
    expect(next.f).toEqual({ name: { v: 'Ada L.', c: C2 } });
    expect(withoutLocalFields(old).f).toEqual({ name: { v: 'Ada', c: C1 } });
    expect(materialize(old)).toEqual({ id: 'in:ada', name: 'Ada' });
  });

  it('recomputes a loop’s openDay from its due day while open, and drops it once done', () => {
    const loop = { id: 'l1', contactId: 'in:ada', text: 'Send the deck', dueDay: '2026-12-04', createdAt: 'x', updatedAt: 'x' };
    expect(withLocalFields('loops', loop)).toEqual({ ...loop, openDay: '2026-12-04' });
    expect(withLocalFields('loops', { ...loop, openDay: '2026-01-01', doneAt: '2026-12-03T10:00:00.000Z' })).not.toHaveProperty('openDay');
  });

  it('recomputes a key date’s monthDay from its month and day', () => {
    expect(withLocalFields('keyDates', { id: 'k1', month: 3, day: 9 })).toEqual({ id: 'k1', month: 3, day: 9, monthDay: '03-09' });
  });
});
