// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPerson, deleteContact, updateContact } from '@/lib/db/repo/writes/contacts';
import { saveNote } from '@/lib/db/repo/writes/notes';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { recordVisitedProfile } from '@/lib/db/repo/writes/job-changes';
import { addNeed, updateNeed } from '@/lib/db/repo/writes/needs';
import { docIdFor, WrongPassphraseError } from '@/lib/sync/crypto';
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
  const [contacts, touchpoints, notes, jobChanges, touchDays] = await Promise.all([
    db.contacts.orderBy('id').toArray(),
    db.touchpoints.orderBy('id').toArray(),
    db.notes.orderBy('id').toArray(),
    db.jobChanges.orderBy('id').toArray(),
    db.touchDays.orderBy('id').toArray(),
  ]);
  // updatedAt is written by each device's own derived-field upkeep; everything else must match.
  return { contacts, touchpoints, notes, jobChanges, touchDays };
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
    expect(onB.touchDays).toEqual((await contents(a.db)).touchDays);
    // Applying wrote nothing to B's outbox: nothing to push back.
    expect(await pendingChanges(b.db)).toBe(0);
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('stores only ciphertext on the server: no name, slug, headline, tag, note text or in: id', async () => {
    await a.connect('correct horse');
    await addPerson(a.db, { ...person('ada-example', 'Ada Example'), headline: 'Chief Climbing Officer', company: 'Belay Ltd' }, 'key', context());
    await updateContact(a.db, 'in:ada-example', { tags: ['mentorship'] }, context());
    await saveNote(a.db, { id: 'n1', contactId: 'in:ada-example', body: 'Two kids, loves bouldering', baseUpdatedAt: null }, context().now);
    await logTouchpoint(a.db, { contactId: 'in:ada-example' }, { type: 'message', note: 'Asked about Fontainebleau' }, context());
    await a.sync();
    const raw = await couch.raw(dbName).allDocs({ include_docs: true });
    expect(raw.rows.length).toBe(4); // key document + contact, note, touchpoint
    const text = JSON.stringify(raw);
    for (const secret of ['Ada', 'ada-example', 'in:', 'Climbing', 'Belay', 'mentorship', 'bouldering', 'Fontainebleau', 'linkedin', 'contacts', 'touchpoints'])
      expect(text, `the server holds "${secret}"`).not.toContain(secret);
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
    expect(raw.rows).toHaveLength(2); // key document + one contact
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
    expect((await couch.raw(dbName).info()).doc_count).toBeLessThan(121);
    await couch.start(port);
    await a.sync();
    await b.connect('pass');
    await b.sync();
    expect(await b.db.contacts.count()).toBe(120);
    expect((await couch.raw(dbName).info()).doc_count).toBe(121);
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
});
