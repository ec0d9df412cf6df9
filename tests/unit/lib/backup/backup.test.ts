import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { parseBackup, parseBackupText } from '@/lib/backup/backup-format';
import { deleteAllData, exportBackup, importBackup } from '@/lib/db/repo/writes/backup';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { saveNote } from '@/lib/db/repo/writes/notes';
import { snoozeContact, updateContact } from '@/lib/db/repo/writes/contacts';
import { openJobChange, searchContacts } from '@/lib/db/repo/reads/pages';
import { recordVisitedProfile, settleJobChange } from '@/lib/db/repo/writes/job-changes';
import { addLoop, closeLoop } from '@/lib/db/repo/writes/loops';
import { saveKeyDate } from '@/lib/db/repo/writes/key-dates';
import { addIntroduction } from '@/lib/db/repo/writes/introductions';
import { listPersonIntroductions } from '@/lib/db/repo/reads/introductions';
import { contextAt, person } from '../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';

async function seed() {
  const db = getDb();
  const ctx = contextAt('2026-02-01T09:00:00.000Z');
  await logTouchpoint(db, { person: { ...person('ada-example', 'Ada Example'), headline: 'CTO', company: 'Example' }, circle: 'inner' }, { type: 'comment', postUrn: 'urn:li:activity:123' }, ctx);
  await logTouchpoint(db, { contactId: 'in:ada-example' }, { type: 'ask', note: 'Intro to Sam?' }, contextAt(T0));
  await logTouchpoint(db, { person: person('zoë-test', '<img src=x onerror=alert(1)> Zoë') }, { type: 'like' }, ctx);
  await updateContact(db, 'in:ada-example', { tags: ['mentor'], kind: 'both' }, contextAt(T0));
  await snoozeContact(db, 'in:zoë-test', '2026-04-01T00:00:00.000Z', contextAt(T0));
  await saveNote(db, { id: 'note-1', contactId: 'in:ada-example', body: 'Climbs on Sundays', baseUpdatedAt: null }, T0);
  // Ada's profile now shows another headline and company: an open job change.
  await recordVisitedProfile(db, { profileUrl: 'https://www.linkedin.com/in/ada-example/', headline: 'CEO', company: 'Globex' }, contextAt(T0));
  await addLoop(db, { contactId: 'in:ada-example', text: 'Send her the deck', dueDay: '2026-03-05' }, T0);
  const done = await addLoop(db, { contactId: 'in:ada-example', text: 'Ask about the launch', dueDay: '2026-02-20' }, T0);
  await closeLoop(db, done.id, T0);
  await saveKeyDate(db, { contactId: 'in:ada-example', kind: 'birthday', month: 2, day: 29 }, T0);
  await saveKeyDate(db, { contactId: 'in:zoë-test', kind: 'other', label: 'Company founded', month: 6, day: 12, year: 2015 }, T0);
  return db;
}

async function snapshot() {
  const db = getDb();
  return {
    contacts: await db.contacts.toArray(),
    touchpoints: await db.touchpoints.toArray(),
    notes: await db.notes.toArray(),
    jobChanges: await db.jobChanges.toArray(),
    loops: await db.loops.toArray(),
    keyDates: await db.keyDates.toArray(),
  };
}

describe('backup', () => {
  it('round-trips: export → delete all → import gives back deep-equal data', async () => {
    const db = await seed();
    const before = await snapshot();
    const backup = await exportBackup(db, T0);
    const text = JSON.stringify(backup);
    await deleteAllData(db);
    expect((await snapshot()).contacts).toEqual([]);

    const parsed = parseBackupText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const summary = await importBackup(db, parsed.backup, contextAt(T0));
    expect(summary).toMatchObject({ contactsAdded: 2, touchpointsAdded: 3, notesAdded: 1, jobChangesAdded: 1 });
    expect(summary).toMatchObject({ loopsImported: 2, keyDatesImported: 2 });
    expect(before.jobChanges).toHaveLength(1);
    expect(before.loops).toHaveLength(2);
    expect(await snapshot()).toEqual(before);
    expect(await exportBackup(db, T0)).toEqual(backup);
  });

  it('leaves derived fields out of the file and recomputes them on import', async () => {
    const db = await seed();
    const backup = await exportBackup(db, T0);
    expect(backup.contacts[0]).not.toHaveProperty('dueAt');
    expect(backup.contacts[0]).not.toHaveProperty('lastTouchAt');
    await deleteAllData(db);
    await importBackup(db, backup, contextAt(T0));
    expect(await db.contacts.get('in:ada-example')).toMatchObject({ lastTouchAt: T0, dueAt: '2026-03-16T09:00:00.000Z' });
  });

  it('importing the same backup twice changes nothing', async () => {
    const db = await seed();
    const backup = await exportBackup(db, T0);
    await importBackup(db, backup, contextAt(T0));
    const once = await snapshot();
    await importBackup(db, backup, contextAt(T0));
    expect(await snapshot()).toEqual(once);
  });

  it('leaves the loops’ and key dates’ index fields out of the file and derives them again on import', async () => {
    const db = await seed();
    const backup = await exportBackup(db, T0);
    for (const loop of backup.loops) expect(loop).not.toHaveProperty('openDay');
    for (const date of backup.keyDates) expect(date).not.toHaveProperty('monthDay');
    await deleteAllData(db);
    await importBackup(db, backup, contextAt(T0));
    expect((await db.loops.where('openDay').belowOrEqual('2026-03-31').toArray()).map((loop) => loop.text)).toEqual(['Send her the deck']);
    expect(await db.keyDates.where('monthDay').equals('02-29').count()).toBe(1);
  });

  it('reads a file written before open loops and key dates were part of backups', async () => {
    const db = await seed();
    const { loops: _l, keyDates: _k, ...older } = await exportBackup(db, T0);
    const parsed = parseBackup(JSON.parse(JSON.stringify(older)));
    expect(parsed.ok && [parsed.backup.loops, parsed.backup.keyDates]).toEqual([[], []]);
  });

  it('refuses a loop for someone neither in the file nor stored, naming it, and writes nothing', async () => {
    const db = await seed();
    const backup = await exportBackup(db, T0);
    await deleteAllData(db);
    const stray = { ...backup.loops[0]!, contactId: 'in:nobody' };
    await expect(importBackup(db, { ...backup, loops: [stray] }, contextAt(T0))).rejects.toThrow(/follow-up/);
    expect(await db.contacts.count()).toBe(0);
  });

  it('reads a file written before job changes were part of backups', async () => {
    const db = await seed();
    const { jobChanges: _left, ...older } = await exportBackup(db, T0);
    const parsed = parseBackup(older);
    expect(parsed.ok && parsed.backup.jobChanges).toEqual([]);
  });

  it('keeps a job change you settled after the backup was made settled', async () => {
    const db = await seed();
    const backup = await exportBackup(db, T0);
    const open = (await openJobChange(db, 'in:ada-example'))!;
    await settleJobChange(db, open.id, 'dismissed', contextAt('2026-03-05T09:00:00.000Z'));
    const summary = await importBackup(db, backup, contextAt('2026-03-05T09:00:00.000Z'));
    expect(summary).toMatchObject({ jobChangesAdded: 0, keptNewer: 1 });
    expect((await db.jobChanges.get(open.id))?.settled).toBe('dismissed');
  });

  it('leaves a person at most one open job change, the latest detected', async () => {
    const db = await seed();
    const backup = await exportBackup(db, T0);
    const mine = (await openJobChange(db, 'in:ada-example'))!;
    const older = { ...mine, id: 'older-change', detectedAt: '2026-01-01T09:00:00.000Z' };
    const newer = { ...mine, id: 'newer-change', detectedAt: '2026-05-01T09:00:00.000Z' };
    await importBackup(db, { ...backup, jobChanges: [older, newer] }, contextAt(T0));
    expect((await db.jobChanges.toArray()).map((change) => change.id)).toEqual(['newer-change']);
  });

  it('refuses a job change that names nothing that changed, or a person the file and Rapport lack, writing nothing', async () => {
    const db = await seed();
    const backup = await exportBackup(db, T0);
    const change = backup.jobChanges[0]!;
    const { headline: _h, company: _c, ...nothing } = change;
    const blank = parseBackup({ ...backup, jobChanges: [nothing] });
    expect(blank.ok).toBe(false);
    expect(!blank.ok && blank.error).toMatch(/Job change #1 \(id ".+"\) is invalid: a job change names what changed/);

    await deleteAllData(db);
    const orphan = { ...backup, contacts: [], touchpoints: [], notes: [], jobChanges: [change] };
    await expect(importBackup(db, orphan, contextAt(T0))).rejects.toThrow(/job change ".+" belongs to contact "in:ada-example"/);
    expect(await db.jobChanges.count()).toBe(0);
  });

  it('keeps the stored copy when it was edited after the backup was made', async () => {
    const db = await seed();
    const backup = await exportBackup(db, T0);
    await updateContact(db, 'in:ada-example', { headline: 'CEO' }, contextAt('2026-03-05T09:00:00.000Z'));
    const summary = await importBackup(db, backup, contextAt('2026-03-05T09:00:00.000Z'));
    expect(summary.keptNewer).toBe(1);
    expect((await db.contacts.get('in:ada-example'))?.headline).toBe('CEO');
  });

  it('accepts dates with offsets and normalises them to UTC', () => {
    const result = parseBackup({
      format: 'rapport-backup',
      version: 1,
      exportedAt: '2026-03-02T10:00:00+01:00',
      contacts: [
        {
          id: 'in:ada-example',
          profileUrl: 'https://www.linkedin.com/in/ada-example/',
          name: 'Ada',
          circle: 'key',
          tags: [],
          createdAt: '2026-03-02T10:00:00+01:00',
          updatedAt: '2026-03-02T09:00:00Z',
          circleSince: '2026-03-02T09:00:00.000Z',
        },
      ],
      touchpoints: [],
      notes: [],
    });
    expect(result).toMatchObject({ ok: true, backup: { exportedAt: '2026-03-02T09:00:00.000Z', contacts: [{ createdAt: '2026-03-02T09:00:00.000Z' }] } });
  });

  describe('malformed files get a message naming the first bad record, and nothing is written', () => {
    const valid = async () => JSON.parse(JSON.stringify(await exportBackup(await seed(), T0)));

    it.each([
      ['not JSON', () => '{"format": "rapport-backup",', /not valid JSON/],
      ['another format', () => JSON.stringify({ format: 'other', version: 1 }), /Not a Rapport backup/],
      ['a newer version', () => JSON.stringify({ format: 'rapport-backup', version: 2 }), /unsupported backup version/],
    ])('%s', async (_, text, message) => {
      const result = parseBackupText(text());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    });

    it.each([
      ['a contact with a bad circle', (b: any) => (b.contacts[1].circle = 'besties'), /Contact #2 \(id "in:zoë-test"\) is invalid: .*circle/],
      ['a contact whose id does not match its URL', (b: any) => (b.contacts[0].id = 'in:someone-else'), /Contact #1 .* id must be derived/],
      ['a touchpoint with a bad date', (b: any) => (b.touchpoints[2].at = 'yesterday'), /Touchpoint #3 .* is invalid: .*at/],
      ['a note that is not an object', (b: any) => (b.notes[0] = 42), /Note #1 is invalid/],
      ['a duplicate contact', (b: any) => b.contacts.push(b.contacts[0]), /Contact #3 .* appears twice/],
    ])('%s', async (_, corrupt, message) => {
      const backup = await valid();
      corrupt(backup);
      const before = await snapshot();
      const result = parseBackup(backup);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });

    it('a touchpoint for a contact that exists nowhere aborts the whole import', async () => {
      const backup = await valid();
      await deleteAllData(getDb());
      backup.contacts = backup.contacts.filter((c: { id: string }) => c.id !== 'in:ada-example');
      const parsed = parseBackup(backup);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      await expect(importBackup(getDb(), parsed.backup, contextAt(T0))).rejects.toMatchObject({
        code: 'invalid-import',
        message: expect.stringMatching(/belongs to contact "in:ada-example"/),
      });
      expect(await snapshot()).toEqual({ contacts: [], touchpoints: [], notes: [], jobChanges: [], loops: [], keyDates: [] });
    });
  });
});

describe('backup import and search', () => {
  it('makes every imported contact findable, even one with no touchpoints that is never due', async () => {
    const db = getDb();
    const backup = parseBackup({
      format: 'rapport-backup',
      version: 1,
      exportedAt: T0,
      contacts: [
        { id: 'in:quiet-one', profileUrl: 'https://www.linkedin.com/in/quiet-one/', name: 'Quiet One', company: 'Initech', circle: 'untracked', tags: [], createdAt: T0, updatedAt: T0, circleSince: T0 },
      ],
      touchpoints: [],
      notes: [],
    });
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    await importBackup(db, backup.backup, contextAt(T0));
    expect((await searchContacts(db, 'initech')).map((c) => c.name)).toEqual(['Quiet One']);
  });
});

describe('introductions in backups', () => {
  async function seedIntroductions() {
    const db = await seed();
    const made = await addIntroduction(
      db,
      { kind: 'made', a: { contactId: 'in:ada-example' }, b: { contactId: 'in:zoë-test' }, purpose: 'Both into bouldering', outcome: 'connected' },
      contextAt('2026-03-03T09:00:00.000Z'),
    );
    const received = await addIntroduction(
      db,
      { kind: 'received', a: { contactId: 'in:ada-example' }, b: { name: 'Sam Outside', profileUrl: 'https://www.linkedin.com/in/sam-outside/' } },
      contextAt('2026-03-04T09:00:00.000Z'),
    );
    return { db, made, received };
  }

  const everything = async () => {
    const db = getDb();
    return { introductions: await db.introductions.toArray(), touchpoints: await db.touchpoints.toArray(), contacts: await db.contacts.toArray(), touchDays: await db.touchDays.toArray() };
  };

  it('round-trips introductions and their gives: export → delete all → import gives back the same, indexes included', async () => {
    const { db, made } = await seedIntroductions();
    const before = await everything();
    const backup = await exportBackup(db, T0);
    expect(backup.introductions).toHaveLength(2);
    for (const introduction of backup.introductions) expect(introduction).not.toHaveProperty('contactIds');
    expect(backup.touchpoints.filter((touchpoint) => touchpoint.introductionId === made.id)).toHaveLength(2);
    const text = JSON.stringify(backup);
    await deleteAllData(db);
    expect(await db.introductions.count()).toBe(0);

    const parsed = parseBackupText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Imported at the time the data was last written, so the derived fields (strength) are computed at the same moment.
    const summary = await importBackup(db, parsed.backup, contextAt('2026-03-04T09:00:00.000Z'));
    expect(summary.introductionsImported).toBe(2);
    expect(await everything()).toEqual(before);
    expect((await listPersonIntroductions(db, 'in:zoë-test')).map((intro) => intro.id)).toEqual([made.id]);
    expect(await exportBackup(db, T0)).toEqual(backup);
  });

  it('reads a file written before introductions were part of backups, importing none', async () => {
    const { db } = await seedIntroductions();
    const { introductions: _i, ...older } = await exportBackup(db, T0);
    const parsed = parseBackup(JSON.parse(JSON.stringify({ ...older, touchpoints: older.touchpoints.filter((touchpoint) => touchpoint.type !== 'intro') })));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.introductions).toEqual([]);
    await deleteAllData(db);
    const summary = await importBackup(db, parsed.backup, contextAt(T0));
    expect(summary).toMatchObject({ contactsAdded: 2, introductionsImported: 0 });
    expect(await db.introductions.count()).toBe(0);
  });

  it('refuses an introduction of someone to themselves or with a side whose id does not match its URL, naming it, and writes nothing', async () => {
    const { db, made } = await seedIntroductions();
    const backup = JSON.parse(JSON.stringify(await exportBackup(db, T0)));
    await deleteAllData(db);
    const selfIntro = { ...backup, introductions: [{ ...backup.introductions.find((i: { id: string }) => i.id === made.id), b: backup.introductions[0].a }] };
    const first = parseBackup(selfIntro);
    expect(first.ok).toBe(false);
    expect(!first.ok && first.error).toContain(made.id);
    const mismatch = { ...backup, introductions: [{ ...backup.introductions[0], a: { contactId: 'in:someone-else', name: 'X', profileUrl: 'https://www.linkedin.com/in/ada-example/' } }] };
    expect(parseBackup(mismatch).ok).toBe(false);
    expect(await db.introductions.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('keeps an introduction stored copy edited after the backup was made', async () => {
    const { db, made } = await seedIntroductions();
    const backup = await exportBackup(db, T0);
    await db.introductions.update(made.id, { outcome: 'helped', updatedAt: '2026-05-01T00:00:00.000Z' });
    const summary = await importBackup(db, backup, contextAt(T0));
    expect((await db.introductions.get(made.id))?.outcome).toBe('helped');
    expect(summary.keptNewer).toBeGreaterThanOrEqual(1);
  });
});
