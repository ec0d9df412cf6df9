import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { exportBackup } from '@/lib/db/repo/writes/backup';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { saveNote } from '@/lib/db/repo/writes/notes';
import { backupFileParts, backupSlices, countsOf } from '@/lib/backup/backup-chunks';
import { parseBackupText, type Backup } from '@/lib/backup/backup-format';
import { contextAt, person } from '../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';

/** A backup with `notes` long notes about `people` people (invented). */
async function backupWith(people: number, notes: number, noteChars = 20_000): Promise<Backup> {
  const db = getDb();
  for (let i = 0; i < people; i++) await logTouchpoint(db, { person: person(`person-${i}`, `Person ${i}`) }, { type: 'message' }, contextAt(T0));
  for (let i = 0; i < notes; i++) await saveNote(db, { id: `note-${i}`, contactId: `in:person-${i % people}`, body: `${i} ${'é"\\\n'.repeat(noteChars / 4)}`, baseUpdatedAt: null }, T0);
  return exportBackup(db, T0);
}

describe('backup files of any size', () => {
  it('writes the file in parts that join into the documented format, read back field for field', async () => {
    const backup = await backupWith(3, 120);
    const parts = backupFileParts(backup);
    expect(parts.length).toBeGreaterThan(1);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(1_100_000);
    const text = parts.join('');
    expect(JSON.parse(text)).toEqual(backup);
    expect(parseBackupText(text)).toEqual({ ok: true, backup });
  });

  it('writes an empty backup as a valid file', async () => {
    const backup = await exportBackup(getDb(), T0);
    expect(JSON.parse(backupFileParts(backup).join(''))).toEqual({ ...backup, contacts: [], touchpoints: [], notes: [], jobChanges: [] });
  });

  it('slices the records kind by kind in file order, each slice within the limit, every record exactly once', async () => {
    const backup = await backupWith(4, 30);
    const slices = backupSlices(backup, 50_000);
    expect(slices.every((slice) => slice.json.length <= 50_000)).toBe(true);
    expect(slices.map((slice) => slice.kind)).toEqual([...slices.map((slice) => slice.kind)].sort((a, b) => ['contacts', 'touchpoints', 'notes', 'jobChanges'].indexOf(a) - ['contacts', 'touchpoints', 'notes', 'jobChanges'].indexOf(b)));
    const joined = { contacts: [], touchpoints: [], notes: [], jobChanges: [] } as Record<string, unknown[]>;
    for (const slice of slices) {
      const records = JSON.parse(slice.json) as unknown[];
      expect(records).toHaveLength(slice.count);
      joined[slice.kind]!.push(...records);
    }
    expect(joined).toEqual({ contacts: backup.contacts, touchpoints: backup.touchpoints, notes: backup.notes, jobChanges: backup.jobChanges });
    expect(countsOf(backup)).toEqual({ contacts: 4, touchpoints: 4, notes: 30, jobChanges: 0, loops: 0, keyDates: 0, introductions: 0, needs: 0 });
  });
});
