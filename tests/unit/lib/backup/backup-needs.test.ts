import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { parseBackup, parseBackupText } from '@/lib/backup/backup-format';
import { deleteAllData, exportBackup, importBackup } from '@/lib/db/repo/writes/backup';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { addNeed, updateNeed } from '@/lib/db/repo/writes/needs';
import { listWhoKnows } from '@/lib/db/repo/reads/needs';
import { contextAt, person } from '../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';
const T1 = '2026-03-09T09:00:00.000Z';

async function seed() {
  const db = getDb();
  await addPerson(db, person('jane-doe', 'Jane Doe'), 'key', contextAt(T0));
  const hire = await addNeed(db, { text: 'Hire a data lead' }, T0);
  const pilot = await addNeed(db, { text: 'Find a pilot customer in logistics' }, T0);
  await logTouchpoint(db, { contactId: 'in:jane-doe' }, { type: 'ask', note: 'Know a data lead?', needId: hire.id }, contextAt(T0));
  await updateNeed(db, hire.id, { status: 'met', outcome: 'Hired Sam' }, T1);
  return { db, hire, pilot };
}

describe('needs in backups', () => {
  it('round-trip: export → delete all → import gives back the needs and the ties to them', async () => {
    const { db, hire } = await seed();
    const needs = await db.needs.orderBy('id').toArray();
    const touchpoints = await db.touchpoints.toArray();
    const backup = await exportBackup(db, T1);
    expect(backup.needs).toHaveLength(2);
    const text = JSON.stringify(backup);
    await deleteAllData(db);
    expect(await db.needs.count()).toBe(0);
    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const summary = await importBackup(db, parsed.backup, contextAt(T1));
    expect(summary.needsImported).toBe(2);
    expect(await db.needs.orderBy('id').toArray()).toEqual(needs);
    expect(await db.touchpoints.toArray()).toEqual(touchpoints);
    expect((await listWhoKnows(db, hire.id)).map(({ contact }) => contact.id)).toEqual(['in:jane-doe']);
  });

  it('an older file without needs imports, as no needs', async () => {
    const { db } = await seed();
    const { needs: _needs, ...older } = await exportBackup(db, T1);
    const untied = { ...older, touchpoints: older.touchpoints.map(({ needId: _n, ...touchpoint }) => touchpoint) };
    await deleteAllData(db);
    const parsed = parseBackup(JSON.parse(JSON.stringify(untied)));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.needs).toEqual([]);
    const summary = await importBackup(db, parsed.backup, contextAt(T1));
    expect(summary).toMatchObject({ contactsAdded: 1, touchpointsAdded: 1, needsImported: 0 });
  });

  it('a stored need edited more recently is kept', async () => {
    const { db, pilot } = await seed();
    const backup = await exportBackup(db, T1);
    await updateNeed(db, pilot.id, { text: 'Find two pilot customers in logistics' }, '2026-03-10T09:00:00.000Z');
    const summary = await importBackup(db, backup, contextAt(T1));
    expect(summary.keptNewer).toBeGreaterThanOrEqual(1);
    expect((await db.needs.get(pilot.id))?.text).toBe('Find two pilot customers in logistics');
  });

  it('names a bad need, and refuses a touchpoint tied to a need neither in the file nor stored, writing nothing', async () => {
    const { db } = await seed();
    const backup = await exportBackup(db, T1);
    const bad = parseBackup({ ...JSON.parse(JSON.stringify(backup)), needs: [{ ...backup.needs[0], status: 'someday' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('Need');
    await deleteAllData(db);
    const orphan = { ...backup, needs: [] };
    await expect(importBackup(db, orphan, contextAt(T1))).rejects.toMatchObject({ code: 'invalid-import' });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.touchpoints.count()).toBe(0);
  });
});
