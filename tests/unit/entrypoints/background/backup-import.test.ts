import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getDb } from '@/lib/db/db';
import { exportBackup } from '@/lib/db/repo/writes/backup';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { saveNote } from '@/lib/db/repo/writes/notes';
import { backupSlices, countsOf, sliceBackupText } from '@/lib/backup/backup-chunks';
import { parseBackup, parseBackupText, type Backup } from '@/lib/backup/backup-format';
import { sendBackup } from '@/entrypoints/options/backup/backup-transfer';
import { connectPagesToBackground, deliver } from '../../helpers/background';
import { contextAt, person } from '../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';

async function seededBackup(): Promise<Backup> {
  const db = getDb();
  await logTouchpoint(db, { person: person('ada-example', 'Ada Example'), circle: 'inner' }, { type: 'comment' }, contextAt(T0));
  await logTouchpoint(db, { person: person('sam-lee', 'Sam Lee') }, { type: 'ask', note: 'Intro?' }, contextAt(T0));
  await saveNote(db, { id: 'note-1', contactId: 'in:ada-example', body: 'Climbs on Sundays', baseUpdatedAt: null }, T0);
  const backup = await exportBackup(db, T0);
  await Promise.all([db.contacts.clear(), db.touchpoints.clear(), db.notes.clear(), db.touchDays.clear()]);
  return backup;
}

async function snapshot() {
  const db = getDb();
  return { contacts: await db.contacts.toArray(), touchpoints: await db.touchpoints.toArray(), notes: await db.notes.toArray(), jobChanges: await db.jobChanges.toArray() };
}

const frameOf = (backup: Backup) => ({ format: backup.format, version: backup.version, exportedAt: backup.exportedAt, contacts: [], touchpoints: [], notes: [], jobChanges: [] });

async function start(backup: Backup) {
  const reply = await deliver({ type: 'startBackupImport', frame: frameOf(backup), counts: countsOf(backup) });
  expect(reply).toMatchObject({ ok: true });
  return (reply as { value: { importId: string } }).value.importId;
}

describe('importing a backup in slices', () => {
  it('writes nothing until the commit, then everything in one go', async () => {
    const backup = await seededBackup();
    const importId = await start(backup);
    for (const slice of backupSlices(backup, 300)) {
      expect(await deliver({ type: 'stageBackupChunk', importId, kind: slice.kind, records: slice.json })).toEqual({ ok: true, value: null });
    }
    expect(await getDb().contacts.count()).toBe(0);
    expect(await deliver({ type: 'commitBackupImport', importId })).toMatchObject({ ok: true, value: { contactsAdded: 2, touchpointsAdded: 2, notesAdded: 1 } });
    expect((await exportBackup(getDb(), T0))).toEqual(backup);
  });

  it('is what the options page sends: the same data back, field for field', async () => {
    connectPagesToBackground();
    const backup = await seededBackup();
    const progress: number[] = [];
    const read = sliceBackupText(JSON.stringify(backup), 300);
    if (!read.ok) throw new Error(read.notJson);
    const toSend = { ...read, slices: read.slices.length, slice: async (index: number) => read.slices[index]! };
    expect(await sendBackup(toSend, (sent) => progress.push(sent))).toMatchObject({ contactsAdded: 2 });
    expect(progress).toEqual(read.slices.map((_, index) => index + 1));
    expect(await exportBackup(getDb(), T0)).toEqual(backup);
  });

  it('names a bad record in a slice by its position in the file, ends the import, and writes nothing', async () => {
    const backup = await seededBackup();
    const importId = await start(backup);
    const [first, second] = backup.contacts;
    await deliver({ type: 'stageBackupChunk', importId, kind: 'contacts', records: JSON.stringify([first]) });
    const reply = await deliver({ type: 'stageBackupChunk', importId, kind: 'contacts', records: JSON.stringify([{ ...second, circle: 'besties' }]) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-import', message: expect.stringMatching(/^Contact #2 \(id "in:sam-lee"\) is invalid: .*circle.* Nothing was imported\.$/) } });
    expect(await deliver({ type: 'commitBackupImport', importId })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/interrupted/) } });
    expect(await snapshot()).toEqual({ contacts: [], touchpoints: [], notes: [], jobChanges: [] });
  });

  it('refuses a record sent twice across slices, and a commit before every announced record arrived', async () => {
    const backup = await seededBackup();
    let importId = await start(backup);
    await deliver({ type: 'stageBackupChunk', importId, kind: 'contacts', records: JSON.stringify([backup.contacts[0]]) });
    expect(await deliver({ type: 'stageBackupChunk', importId, kind: 'contacts', records: JSON.stringify([backup.contacts[0]]) })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/appears twice/) } });
    importId = await start(backup);
    await deliver({ type: 'stageBackupChunk', importId, kind: 'contacts', records: JSON.stringify(backup.contacts) });
    expect(await deliver({ type: 'commitBackupImport', importId })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/announced 2 touchpoints/) } });
    expect(await snapshot()).toEqual({ contacts: [], touchpoints: [], notes: [], jobChanges: [] });
  });

  it('accepts slices for the current import only: a newer start ends an older one', async () => {
    const backup = await seededBackup();
    const older = await start(backup);
    await start(backup);
    expect(await deliver({ type: 'stageBackupChunk', importId: older, kind: 'contacts', records: '[]' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/interrupted/) } });
  });

  it('checks the frame as the whole file: a missing record list or an unknown field is refused before any slice', async () => {
    const counts = { contacts: 0, touchpoints: 0, notes: 0, jobChanges: 0, loops: 0, keyDates: 0, introductions: 0, needs: 0 };
    const { contacts: _missing, ...withoutContacts } = frameOf(await seededBackup());
    expect(await deliver({ type: 'startBackupImport', frame: withoutContacts, counts })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/contacts.*Nothing was imported/) } });
    expect(await deliver({ type: 'startBackupImport', frame: { ...withoutContacts, contacts: [], sneaky: 1 }, counts })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/sneaky.*Nothing was imported/) } });
  });

  it('refuses a frame that is not a Rapport backup', async () => {
    expect(await deliver({ type: 'startBackupImport', frame: { format: 'other', version: 1, exportedAt: T0 }, counts: { contacts: 0, touchpoints: 0, notes: 0, jobChanges: 0, loops: 0, keyDates: 0, introductions: 0, needs: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-import', message: expect.stringMatching(/Not a Rapport backup.*Nothing was imported/) },
    });
  });
});

/** Property-based: whatever a file or a slice holds, the reader answers with a clear error or a valid backup, and never writes on an error. */
describe('the backup reader under random and hostile input', () => {
  const anyJson = fc.jsonValue({ maxDepth: 4 });

  it('never throws on any text, and explains every refusal', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json({ maxDepth: 4 })), (text) => {
        const result = parseBackupText(text);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a valid backup with any one field of any record replaced by random JSON, or reads it whole', async () => {
    const backup = JSON.parse(JSON.stringify(await seededBackup())) as Record<string, Record<string, unknown>[]>;
    const kinds = ['contacts', 'touchpoints', 'notes'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.nat(), fc.boolean(), fc.string({ maxLength: 20 }), anyJson, (kind, index, existingField, field, value) => {
        const hostile = structuredClone(backup);
        const records = hostile[kind]!;
        const record = records[index % records.length]!;
        const key = Object.keys(record)[index % Object.keys(record).length] ?? field;
        record[existingField ? key : field] = value;
        const result = parseBackup(hostile);
        if (!result.ok) expect(result.error).toMatch(/(Contact|Touchpoint|Note) #\d/);
        else expect(result.backup[kind]).toHaveLength(records.length);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any slice sent to the import with a clear error or a staged slice, and writes nothing without a valid commit', async () => {
    const backup = await seededBackup();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('contacts', 'touchpoints', 'notes', 'jobChanges'), fc.oneof(fc.string(), fc.json({ maxDepth: 3 }), fc.array(anyJson, { maxLength: 3 }).map((a) => JSON.stringify(a))), async (kind, records) => {
        const importId = await start(backup);
        const staged = (await deliver({ type: 'stageBackupChunk', importId, kind, records })) as { ok: boolean; error?: { message: string } };
        if (!staged.ok) expect(staged.error!.message).toMatch(/Nothing was imported\.$/);
        const committed = (await deliver({ type: 'commitBackupImport', importId })) as { ok: boolean; error?: { message: string } };
        expect(committed.ok).toBe(false);
        expect(await snapshot()).toEqual({ contacts: [], touchpoints: [], notes: [], jobChanges: [] });
      }),
      { numRuns: 60 },
    );
  });

  it('imports any text through the whole path (cut up, sent in slices, committed) only when it is a valid backup', async () => {
    connectPagesToBackground();
    const valid = JSON.stringify(await seededBackup());
    const texts = fc.oneof(
      fc.string(),
      fc.json({ maxDepth: 4 }),
      // Hostile: the valid file with a stretch of it replaced by random text.
      fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 10 })).map(([at, length, junk]) => valid.slice(0, at) + junk + valid.slice(at + length)),
    );
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        const read = sliceBackupText(text, 400);
        if (!read.ok) return;
        const outcome = await sendBackup({ ...read, slices: read.slices.length, slice: async (index) => read.slices[index]! }).then(
          () => 'imported',
          (error: Error) => error.message,
        );
        if (outcome === 'imported') {
          expect(parseBackupText(text).ok).toBe(true);
          await Promise.all(getDb().tables.map((table) => table.clear()));
        } else {
          expect(outcome).toMatch(/Nothing was imported|^Rejected message/);
          expect(await snapshot()).toEqual({ contacts: [], touchpoints: [], notes: [], jobChanges: [] });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses random messages of the import protocol with a clear error and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('startBackupImport', 'stageBackupChunk', 'commitBackupImport'), fc.dictionary(fc.string({ maxLength: 10 }), anyJson, { maxKeys: 4 }), async (type, body) => {
        const reply = (await deliver({ ...body, type })) as { ok: boolean; error?: { message: string } };
        if (!reply.ok) expect(reply.error!.message.length).toBeGreaterThan(5);
        expect(await getDb().contacts.count()).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
