// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPerson, deleteContact, updateContact, updateContacts } from '@/lib/db/repo/writes/contacts';
import { saveNote } from '@/lib/db/repo/writes/notes';
import { deleteTouchpoint, logTouchpoint, updateTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { countAllTouches, countedSince } from '@/lib/model/touch-day';
import { recordVisitedProfile } from '@/lib/db/repo/writes/job-changes';
import { addLoop, closeLoop } from '@/lib/db/repo/writes/loops';
import { saveKeyDate } from '@/lib/db/repo/writes/key-dates';
import { listDueLoops } from '@/lib/db/repo/reads/loops';
import { decryptState, docIdFor, KEY_DOC_ID, WrongPassphraseError, type EncryptedDoc } from '@/lib/sync/crypto';
import { LOCAL_FIELDS } from '@/lib/sync/record-state';
import { PassphraseChangedError } from '@/lib/sync/account';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { addIntroduction, deleteIntroduction, updateIntroduction } from '@/lib/db/repo/writes/introductions';
import { addNeed, updateNeed } from '@/lib/db/repo/writes/needs';
import { pendingChanges } from '@/lib/sync/engine';
import type { AppDB } from '@/lib/db/app-db';
import { contextAt, person } from '../../helpers/context';
import { Device, LoopbackCouch } from '../../helpers/sync-server';

/**
 * Two devices (each its own Dexie database and local PouchDB, running the
 * extension's sync code) against a real CouchDB-protocol server on loopback.
 */
const NOW = '2026-12-01T10:00:00.000Z';
const context = () => contextAt(new Date().toISOString() > NOW ? new Date().toISOString() : NOW);
const pause = (ms = 3) => new Promise((resolve) => setTimeout(resolve, ms));

let couch: LoopbackCouch;
let a: Device;
let b: Device;
let dbName: string;

beforeEach(async () => {
  couch = new LoopbackCouch();
  await couch.start();
  dbName = `rapport-${crypto.randomUUID().slice(0, 8)}`;
  a = new Device('a', couch, dbName, context);
  b = new Device('b', couch, dbName, context);
});

afterEach(async () => {
  await a.close();
  await b.close();
  await couch.stop();
});

/** Everything a user sees: the rows of every domain table, derived fields included. */
async function contents(db: AppDB) {
  const [contacts, touchpoints, notes, jobChanges, touchDays, loops, keyDates, introductions] = await Promise.all([
    db.contacts.orderBy('id').toArray(),
    db.touchpoints.orderBy('id').toArray(),
    db.notes.orderBy('id').toArray(),
    db.jobChanges.orderBy('id').toArray(),
    db.touchDays.orderBy('id').toArray(),
    db.loops.orderBy('id').toArray(),
    db.keyDates.orderBy('id').toArray(),
    db.introductions.orderBy('id').toArray(),
  ]);
  // updatedAt is written by each device's own derived-field upkeep; everything else must match.
  return { contacts, touchpoints, notes, jobChanges, touchDays, loops, keyDates, introductions };
}

async function syncBoth() {
  await a.sync();
  await b.sync();
  await a.sync();
}

describe('sync against a CouchDB-protocol server on loopback', () => {
  it('propagates a new person, their touchpoint and note, with derived fields recomputed on the other device', async () => {
    await a.connect('correct horse');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'comment', note: 'Congrats on the talk' }, context());
    await saveNote(a.db, { id: 'n1', contactId: 'in:ada-example', body: 'Loves climbing', baseUpdatedAt: null }, context().now);
    expect(await pendingChanges(a.db)).toBe(3);
    await a.sync();
    expect(await pendingChanges(a.db)).toBe(0);

    await b.connect('correct horse');
    await b.sync();
    const onB = await contents(b.db);
    expect(onB.contacts).toHaveLength(1);
    expect(onB.contacts[0]).toMatchObject({ name: 'Ada Example', circle: 'key' });
    expect(onB.contacts[0]!.dueAt).toBeDefined();
    expect(onB.contacts[0]!.lastTouchAt).toBe(onB.touchpoints[0]!.at);
    expect(onB.contacts[0]!.searchWords).toContain('ada');
    expect(onB.touchpoints).toMatchObject([{ contactId: 'in:ada-example', note: 'Congrats on the talk' }]);
    expect(onB.notes).toMatchObject([{ id: 'n1', body: 'Loves climbing' }]);
    // The note's words are derived on B (never synced): "who could help" finds Ada there too.
    expect(await b.db.noteWords.where('words').startsWith('climb').primaryKeys()).toEqual([['in:ada-example', 'n1']]);
    expect(onB.touchDays).toEqual((await contents(a.db)).touchDays);
    // Applying wrote nothing to B's outbox: nothing to push back.
    expect(await pendingChanges(b.db)).toBe(0);
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('sync turned on after months of local use sends everything written while it was off; off and on again sends the edits and deletions made meanwhile', async () => {
    // Months without sync: writes leave no outbox entry (a bulk change of a thousand people costs no extra rows).
    a.turnOff();
    for (const slug of ['ada-example', 'kofi-sample', 'lin-test']) await addPerson(a.db, person(slug, slug), 'untracked', context());
    await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'comment', note: 'Congrats on the talk' }, context());
    await saveNote(a.db, { id: 'n1', contactId: 'in:kofi-sample', body: 'Loves climbing', baseUpdatedAt: null }, context().now);
    await updateContacts(a.db, ['in:ada-example', 'in:kofi-sample', 'in:lin-test'], { circle: 'key' }, context());
    expect(await a.db.outbox.count()).toBe(0);

    await a.turnOn('pass');
    await a.sync();
    expect(await pendingChanges(a.db)).toBe(0);
    await b.turnOn('pass');
    await b.sync();
    expect((await b.db.contacts.orderBy('id').toArray()).map((contact) => [contact.id, contact.circle])).toEqual([
      ['in:ada-example', 'key'],
      ['in:kofi-sample', 'key'],
      ['in:lin-test', 'key'],
    ]);
    expect(await contents(b.db)).toEqual(await contents(a.db));

    // Off again on A: a bulk change, an edit, a new note, a deletion; then on again.
    a.turnOff();
    await pause();
    await updateContacts(a.db, ['in:ada-example', 'in:kofi-sample'], { addTag: 'climbing' }, context());
    await updateContact(a.db, 'in:lin-test', { headline: 'Founder' }, context());
    await saveNote(a.db, { id: 'n2', contactId: 'in:ada-example', body: 'Asked about Fontainebleau', baseUpdatedAt: null }, context().now);
    await deleteContact(a.db, 'in:kofi-sample', context());
    await a.turnOn('pass');
    await a.sync();
    await b.sync();
    const onB = await contents(b.db);
    expect(onB.contacts.map((contact) => [contact.id, contact.tags, contact.headline])).toEqual([
      ['in:ada-example', ['climbing'], undefined],
      ['in:lin-test', [], 'Founder'],
    ]);
    expect(onB.notes.map((note) => note.id)).toEqual(['n2']);
    expect(onB).toEqual(await contents(a.db));
  });

  it('stores only ciphertext on the server: no name, slug, headline, tag, note text or in: id', async () => {
    await a.connect('correct horse');
    await addPerson(a.db, { ...person('ada-example', 'Ada Example'), headline: 'Chief Climbing Officer', company: 'Belay Ltd' }, 'key', context());
    await updateContact(a.db, 'in:ada-example', { tags: ['mentorship'] }, context());
    await saveNote(a.db, { id: 'n1', contactId: 'in:ada-example', body: 'Two kids, loves bouldering', baseUpdatedAt: null }, context().now);
    await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'message', note: 'Asked about Fontainebleau' }, context());
    await a.sync();
    const raw = await couch.raw(dbName).allDocs({ include_docs: true });
    expect(raw.rows.length).toBe(5); // key document + contact, note, touchpoint, shared settings
    const text = JSON.stringify(raw);
    for (const secret of ['Ada', 'ada-example', 'in:', 'Climbing', 'Belay', 'mentorship', 'bouldering', 'Fontainebleau', 'linkedin', 'contacts', 'touchpoints'])
      expect(text, `the server holds "${secret}"`).not.toContain(secret);
  });

  it('keeps touch counts equal to a full recount when touches arrive, move day, go, and their person changes circle', async () => {
    const recount = async (db: AppDB) => {
      const circles = new Map((await db.contacts.toArray()).map((contact) => [contact.id, contact.circle]));
      const since = countedSince(context().now);
      const touches = (await db.touchpoints.toArray()).filter((touch) => touch.at >= since);
      return countAllTouches(touches, (id) => circles.get(id), context().timeZone).sort((x, y) => (x.id < y.id ? -1 : 1));
    };
    const day = (daysAgo: number) => new Date(Date.parse(context().now) - daysAgo * 86_400_000).toISOString();
    await a.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await addPerson(a.db, person('bob-example', 'Bob Example'), 'wider', context());
    const first = await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'comment', at: day(3) }, context());
    const second = await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'message', at: day(10) }, context());
    await logTouchpoint(a.db, { contactId: 'in:bob-example' }, { type: 'like', at: day(3) }, context());
    await a.sync();
    await b.connect('pass');
    await b.sync();
    expect((await b.db.touchDays.count()) > 0).toBe(true);
    expect(await b.db.touchDays.orderBy('id').toArray()).toEqual(await recount(b.db));

    await updateContact(a.db, 'in:ada-example', { circle: 'inner' }, context());
    await updateTouchpoint(a.db, first.touchpoint.id, { at: day(5) }, context());
    await deleteTouchpoint(a.db, second.touchpoint.id, context());
    await logTouchpoint(a.db, { contactId: 'in:bob-example' }, { type: 'comment', at: day(1) }, context());
    await syncBoth();
    await b.sync();
    expect(await b.db.touchDays.orderBy('id').toArray()).toEqual(await recount(b.db));
    expect(await b.db.touchDays.orderBy('id').toArray()).toEqual(await a.db.touchDays.orderBy('id').toArray());

    await deleteContact(a.db, 'in:bob-example', context());
    await syncBoth();
    await b.sync();
    expect(await b.db.touchDays.orderBy('id').toArray()).toEqual(await recount(b.db));
    expect(await b.db.touchDays.orderBy('id').toArray()).toEqual(await a.db.touchDays.orderBy('id').toArray());
  });

  it('keeps concurrent edits to different fields, and gives a same-field conflict the same winner on both', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await syncBoth();
    await b.sync();
    await updateContact(a.db, 'in:ada-example', { tags: ['from-a'], name: 'Ada (A)' }, context());
    await pause();
    await updateContact(b.db, 'in:ada-example', { circle: 'inner', name: 'Ada (B)' }, context());
    await syncBoth();
    await b.sync();
    const onA = await a.db.contacts.get('in:ada-example');
    expect(onA).toMatchObject({ tags: ['from-a'], circle: 'inner', name: 'Ada (B)' });
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('propagates an introduction and its gives; concurrent edits of its outcome and purpose both stay; deleting it removes its gives on both', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ana-lima', 'Ana Lima'), 'key', context());
    await addPerson(a.db, person('ben-okafor', 'Ben Okafor'), 'wider', context());
    const intro = await addIntroduction(a.db, { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { contactId: 'in:ben-okafor' }, purpose: 'Hiring' }, context());
    await syncBoth();
    await b.sync();
    const onB = await contents(b.db);
    expect(onB.introductions).toEqual([intro]);
    expect(onB.introductions[0]!.contactIds).toEqual(['in:ana-lima', 'in:ben-okafor']);
    expect(onB.touchpoints.map((touch) => [touch.contactId, touch.type, touch.focus, touch.introductionId])).toEqual([
      ['in:ana-lima', 'intro', 'give', intro.id],
      ['in:ben-okafor', 'intro', 'give', intro.id],
    ]);
    expect(onB.contacts.every((contact) => contact.lastTouchAt === intro.at)).toBe(true);

    await updateIntroduction(b.db, intro.id, { outcome: 'helped' }, context());
    await pause();
    await updateIntroduction(a.db, intro.id, { purpose: 'Hiring a data lead' }, context());
    await syncBoth();
    await b.sync();
    expect(await b.db.introductions.get(intro.id)).toMatchObject({ outcome: 'helped', purpose: 'Hiring a data lead' });
    expect((await contents(a.db)).introductions).toEqual((await contents(b.db)).introductions);

    await deleteIntroduction(b.db, intro.id, context());
    await syncBoth();
    for (const device of [a, b]) {
      const seen = await contents(device.db);
      expect(seen.introductions).toEqual([]);
      expect(seen.touchpoints).toEqual([]);
      expect(seen.contacts.map((contact) => contact.lastTouchAt)).toEqual([undefined, undefined]);
    }
  });

  it('keeps both texts of a note edited on two machines: the later one, and a visible conflicting copy', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    const note = await saveNote(a.db, { id: 'n1', contactId: 'in:ada-example', body: 'v1', baseUpdatedAt: null }, context().now);
    await syncBoth();
    await b.sync();
    await saveNote(a.db, { id: 'n1', contactId: 'in:ada-example', body: 'edited on the laptop', baseUpdatedAt: note.updatedAt }, context().now);
    await pause();
    await saveNote(b.db, { id: 'n1', contactId: 'in:ada-example', body: 'edited at home', baseUpdatedAt: note.updatedAt }, context().now);
    await syncBoth();
    await b.sync();
    const notes = await a.db.notes.where('contactId').equals('in:ada-example').toArray();
    expect(notes.map((n) => n.body).sort()).toEqual(['edited at home', 'edited on the laptop']);
    expect(notes.find((n) => n.id === 'n1')!.body).toBe('edited at home');
    expect(notes.find((n) => n.id !== 'n1')).toMatchObject({ conflictOf: 'n1', body: 'edited on the laptop' });
    // Each text is found by its own words on both devices: the word index follows what sync wrote.
    for (const db of [a.db, b.db]) {
      expect(await db.noteWords.where('words').equals('home').primaryKeys()).toEqual([['in:ada-example', 'n1']]);
      expect((await db.noteWords.where('words').equals('laptop').primaryKeys()).map(([, id]) => id)).toEqual([notes.find((n) => n.id !== 'n1')!.id]);
      expect(await db.noteWords.where('words').equals('v1').count()).toBe(0);
    }
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('deletion against a later edit: the later edit brings the person back, the deleted timeline stays deleted', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'comment' }, context());
    await syncBoth();
    await b.sync();
    await deleteContact(a.db, 'in:ada-example', context());
    await pause();
    await updateContact(b.db, 'in:ada-example', { tags: ['still-here'] }, context());
    await syncBoth();
    await b.sync();
    expect(await a.db.contacts.get('in:ada-example')).toMatchObject({ tags: ['still-here'] });
    expect(await a.db.touchpoints.count()).toBe(0);
    expect(await contents(b.db)).toEqual(await contents(a.db));

    // And a deletion after the last edit wins everywhere.
    await pause();
    await deleteContact(b.db, 'in:ada-example', context());
    await syncBoth();
    expect(await a.db.contacts.count()).toBe(0);
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('leaves one open job change per person when both machines detected one', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, { ...person('ada-example', 'Ada Example'), headline: 'Engineer' }, 'key', context());
    await syncBoth();
    await b.sync();
    await recordVisitedProfile(a.db, { profileUrl: 'https://www.linkedin.com/in/ada-example/', headline: 'CTO' }, context());
    await pause();
    await recordVisitedProfile(b.db, { profileUrl: 'https://www.linkedin.com/in/ada-example/', headline: 'Founder' }, context());
    await syncBoth();
    await b.sync();
    const changes = await a.db.jobChanges.toArray();
    expect(changes).toHaveLength(2);
    expect(changes.filter((change) => change.settled === undefined)).toHaveLength(1);
    expect((await a.db.contacts.get('in:ada-example'))!.headline).toBe('Founder');
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('syncs needs and the asks tied to them, merging concurrent edits field by field', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    const need = await addNeed(a.db, { text: 'Hire a data lead' }, context().now);
    await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'ask', note: 'Know a data lead?', needId: need.id }, context());
    await syncBoth();
    await b.sync();
    expect(await b.db.needs.toArray()).toEqual(await a.db.needs.toArray());
    expect((await b.db.touchpoints.where('needId').equals(need.id).toArray()).map((tp) => tp.contactId)).toEqual(['in:ada-example']);
    // A closes it as met; B, offline, rewords it: both changes survive.
    await updateNeed(a.db, need.id, { status: 'met', outcome: 'Hired Sam' }, new Date().toISOString());
    await pause();
    await updateNeed(b.db, need.id, { text: 'Hire a data lead (Berlin)' }, new Date().toISOString());
    await syncBoth();
    await b.sync();
    expect(await a.db.needs.get(need.id)).toMatchObject({ text: 'Hire a data lead (Berlin)', status: 'met', outcome: 'Hired Sam' });
    expect(await b.db.needs.get(need.id)).toEqual(await a.db.needs.get(need.id));
  });

  it('holds a touchpoint that arrives before its contact, and shows it when the contact arrives', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    const touch = await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'comment' }, context());
    await a.sync();
    // B receives the touchpoint's document alone first.
    const touchDoc = await docIdFor(b.keys!, 'touchpoints', touch.touchpoint.id);
    await b.local.replicate.from(b.remote(), { doc_ids: [touchDoc] });
    await b.engine().apply();
    expect(await b.db.touchpoints.count()).toBe(0);
    expect(await b.db.syncMeta.get(`touchpoints/${touch.touchpoint.id}`)).toBeDefined();
    await b.sync();
    expect(await b.db.touchpoints.get(touch.touchpoint.id)).toMatchObject({ contactId: 'in:ada-example' });
    expect((await b.db.contacts.get('in:ada-example'))!.lastTouchAt).toBe(touch.touchpoint.at);
  });

  it('imports of the same person on both machines make one person', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await addPerson(b.db, person('ada-example', 'Ada Example'), 'key', context());
    await syncBoth();
    await b.sync();
    expect(await a.db.contacts.count()).toBe(1);
    expect(await b.db.contacts.count()).toBe(1);
    const raw = await couch.raw(dbName).allDocs();
    expect(raw.rows).toHaveLength(3); // key document + one contact + the shared settings
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('resumes after the server stops mid-replication, with nothing lost or duplicated', async () => {
    await a.connect('pass');
    for (let i = 0; i < 120; i++) await addPerson(a.db, person(`person-${i}`, `Person ${i}`), 'wider', context());
    const engine = a.engine({ batchSize: 10 });
    await engine.drain();
    await engine.push();
    const port = couch.port;
    const replication = engine.replicate().then(
      () => 'finished',
      () => 'failed',
    );
    // Stop the server once the first batches have arrived, mid-way.
    while ((await couch.raw(dbName).info()).doc_count < 11) await pause(1);
    await couch.stop();
    expect(await replication).toBe('failed');
    expect((await couch.raw(dbName).info()).doc_count).toBeLessThan(122);
    await couch.start(port);
    await a.sync();
    await b.connect('pass');
    await b.sync();
    expect(await b.db.contacts.count()).toBe(120);
    expect((await couch.raw(dbName).info()).doc_count).toBe(122); // key document, 120 people, the shared settings
    expect(await pendingChanges(a.db)).toBe(0);
  });

  it('replays an interrupted apply without duplicating anything', async () => {
    await a.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'comment' }, context());
    await a.sync();
    await b.connect('pass');
    await b.sync();
    const once = await contents(b.db);
    // As if the worker died after applying but before the checkpoint committed: apply everything again.
    await b.db.syncState.delete('applied');
    await b.engine().apply();
    expect(await contents(b.db)).toEqual(once);
    expect(await pendingChanges(b.db)).toBe(0);
  });

  it('detects a wrong passphrase before writing anything', async () => {
    await a.connect('correct horse');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await a.sync();
    const before = await couch.raw(dbName).info();
    await expect(b.connect('wrong horse')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(b.keys).toBeUndefined();
    expect(await b.db.contacts.count()).toBe(0);
    expect((await couch.raw(dbName).info()).update_seq).toEqual(before.update_seq);
  });

  it('makes a loop made on one machine due on the other, and Done on the other closes it on the first', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    const loop = await addLoop(a.db, { contactId: 'in:ada-example', text: 'Send her the pricing deck', dueDay: '2026-12-02' }, context().now);
    await syncBoth();
    const dueOnB = await listDueLoops(b.db, '2026-12-02');
    expect(dueOnB.map(({ loop: due, contact }) => [due.id, due.text, due.openDay, contact.name])).toEqual([[loop.id, 'Send her the pricing deck', '2026-12-02', 'Ada Example']]);

    await pause();
    await closeLoop(b.db, loop.id, context().now);
    await syncBoth();
    const onA = await a.db.loops.get(loop.id);
    expect(onA!.doneAt).toBeDefined();
    expect(onA).not.toHaveProperty('openDay');
    expect(await listDueLoops(a.db, '2026-12-31')).toEqual([]);
    expect(await contents(b.db)).toEqual(await contents(a.db));

    // Deleting the person takes their loops along on both machines.
    await deleteContact(b.db, 'in:ada-example', context());
    await syncBoth();
    expect(await a.db.loops.count()).toBe(0);
  });

  it('propagates a key date, its month-day recomputed on the other machine', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    const date = await saveKeyDate(a.db, { contactId: 'in:ada-example', kind: 'birthday', month: 3, day: 9 }, context().now);
    await syncBoth();
    expect(await b.db.keyDates.where('monthDay').equals('03-09').toArray()).toMatchObject([{ id: date.id, kind: 'birthday', month: 3, day: 9 }]);
    await pause();
    await saveKeyDate(b.db, { id: date.id, contactId: 'in:ada-example', kind: 'other', label: 'Graduation', month: 6, day: 30 }, context().now);
    await syncBoth();
    expect(await a.db.keyDates.get(date.id)).toMatchObject({ kind: 'other', label: 'Graduation', monthDay: '06-30' });
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('never sends a derived field: the server’s documents, decrypted, hold none', async () => {
    await a.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await a.db.contacts.update('in:ada-example', { connectedAt: '2020-03-04T12:00:00.000Z' });
    await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'message' }, context());
    await addLoop(a.db, { contactId: 'in:ada-example', text: 'Ask how the launch went', dueDay: '2026-12-05' }, context().now);
    await saveKeyDate(a.db, { contactId: 'in:ada-example', kind: 'birthday', month: 3, day: 9 }, context().now);
    const local = (await a.db.contacts.get('in:ada-example'))!;
    // The device has them all...
    for (const key of ['dueAt', 'lastTouchAt', 'quietSince', 'strength', 'strengthFacts', 'searchWords', 'connectedMonthDay']) expect(local, key).toHaveProperty(key);
    await a.sync();
    const raw = await couch.raw(dbName).allDocs({ include_docs: true });
    const states = await Promise.all(
      raw.rows.filter((row) => row.id !== KEY_DOC_ID).map((row) => decryptState(a.keys!, row.doc as unknown as EncryptedDoc)),
    );
    expect(states.map((state) => state.t).sort()).toEqual(['contacts', 'keyDates', 'loops', 'settings', 'touchpoints']);
    // ...the server none of them.
    for (const state of states) {
      const local = (LOCAL_FIELDS[state.t] ?? []).filter((key) => key !== 'id');
      expect(Object.keys(state.f).filter((key) => local.includes(key)), state.t).toEqual([]);
    }
    expect(Object.keys(states.find((state) => state.t === 'loops')!.f)).toContain('dueDay');
  });

  it('syncs shared settings per field by clock, never device settings, and recomputes due dates under synced cadences', async () => {
    await a.connect('pass');
    await b.connect('pass');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await syncBoth();
    const dueBefore = (await b.db.contacts.get('in:ada-example'))!.dueAt;
    const cadences = { ...DEFAULT_SETTINGS.cadences, key: { idealDays: 7, maxDays: 10 } };
    await a.editSettings({
      cadences,
      templates: { newRole: 'Bravo {firstName}!' },
      notifications: { ...DEFAULT_SETTINGS.notifications, digestTime: '07:15' },
      toolbarOpens: 'sidePanel',
    });
    await pause();
    await b.editSettings({ autoCapture: false, notifications: { ...DEFAULT_SETTINGS.notifications, digest: false } });
    await syncBoth();
    for (const device of [a, b]) {
      expect(device.settings.settings, device.name).toMatchObject({ cadences, autoCapture: false, messageCapture: 'one-to-one', templates: { newRole: 'Bravo {firstName}!' } });
    }
    // Device settings stayed where they were set.
    expect(a.settings.settings).toMatchObject({ toolbarOpens: 'sidePanel', notifications: { digestTime: '07:15', digest: true } });
    expect(b.settings.settings).toMatchObject({ toolbarOpens: 'popup', notifications: { digestTime: '09:00', digest: false } });
    // B's due date follows the cadence chosen on A, as A's does.
    const onB = (await b.db.contacts.get('in:ada-example'))!;
    expect(onB.dueAt).not.toBe(dueBefore);
    expect(onB.dueAt).toBe((await a.db.contacts.get('in:ada-example'))!.dueAt);
    expect(await pendingChanges(b.db)).toBe(0);

    // The same field changed on both: the later change wins on both.
    await a.editSettings({ messageCapture: 'off' });
    await pause();
    await b.editSettings({ messageCapture: 'also-groups' });
    await syncBoth();
    expect(a.settings.settings.messageCapture).toBe('also-groups');
    expect(b.settings.settings.messageCapture).toBe('also-groups');
  });

  it('a machine joining with untouched settings takes the ones chosen elsewhere, not its defaults', async () => {
    await a.connect('pass');
    await a.editSettings({ autoCapture: false });
    await a.sync();
    await b.connect('pass');
    await b.sync();
    expect(b.settings.settings.autoCapture).toBe(false);
    await a.sync();
    expect(a.settings.settings.autoCapture).toBe(false);
    // The shared settings reach the server as ciphertext only.
    const text = JSON.stringify(await couch.raw(dbName).allDocs({ include_docs: true }));
    for (const secret of ['autoCapture', 'cadences', 'settings']) expect(text).not.toContain(secret);
  });

  it('a passphrase changed on one machine: it keeps syncing; the other stops with a clear error, its data untouched, until the new passphrase', async () => {
    await a.connect('old passphrase');
    await b.connect('old passphrase');
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await syncBoth();
    await a.changePassphrase('old passphrase', 'new passphrase');
    await updateContact(a.db, 'in:ada-example', { tags: ['after-change'] }, context());
    await a.sync();
    expect(await pendingChanges(a.db)).toBe(0);

    await updateContact(b.db, 'in:ada-example', { name: 'Ada on B' }, context());
    const before = { server: (await couch.raw(dbName).info()).update_seq, rows: await contents(b.db), meta: await b.db.syncMeta.toArray() };
    await expect(b.sync()).rejects.toBeInstanceOf(PassphraseChangedError);
    // Nothing written anywhere: the server, B's data and B's sync state are as they were; B's edit still waits.
    expect((await couch.raw(dbName).info()).update_seq).toEqual(before.server);
    expect(await contents(b.db)).toEqual(before.rows);
    expect(await b.db.syncMeta.toArray()).toEqual(before.meta);
    expect(await pendingChanges(b.db)).toBe(1);
    // The old passphrase no longer opens the account; the new one does, and B catches up both ways.
    await expect(b.connect('old passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await b.connect('new passphrase');
    await b.sync();
    await a.sync();
    expect(await a.db.contacts.get('in:ada-example')).toMatchObject({ name: 'Ada on B', tags: ['after-change'] });
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('the recovery key sets a new passphrase when the old one is lost; other machines are told, not corrupted', async () => {
    await a.connect('forgotten passphrase');
    const recoveryKey = a.recoveryKey!;
    expect(recoveryKey).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){12}$/);
    await addPerson(a.db, person('ada-example', 'Ada Example'), 'key', context());
    await a.sync();
    await b.connect('', recoveryKey.toLowerCase());
    await b.connect('fresh passphrase', recoveryKey);
    await b.sync();
    expect(await b.db.contacts.count()).toBe(1);
    await expect(a.sync()).rejects.toBeInstanceOf(PassphraseChangedError);
    await expect(a.connect('forgotten passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await a.connect('fresh passphrase');
    await a.sync();
    // A wrong recovery key changes nothing.
    const seq = (await couch.raw(dbName).info()).update_seq;
    await expect(b.connect('other', 'AAAA-'.repeat(12) + 'AAAA')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect((await couch.raw(dbName).info()).update_seq).toEqual(seq);
  });
});
