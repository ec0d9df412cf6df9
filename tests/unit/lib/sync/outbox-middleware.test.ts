import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, deleteContact, updateContact, updateContacts } from '@/lib/db/repo/writes/contacts';
import { saveNote } from '@/lib/db/repo/writes/notes';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { markSyncWrite } from '@/lib/sync/outbox-middleware';
import { enqueueEverything } from '@/lib/sync/engine';
import { contextAt, person } from '../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';

describe('sync outbox', () => {
  it('records every write to a synced table, one entry per record, whatever transaction the writer opened', async () => {
    const db = getDb();
    await addPerson(db, person('jane-doe'), 'key', contextAt(T0));
    await saveNote(db, { id: 'n1', contactId: 'in:jane-doe', body: 'Met at FOSDEM', baseUpdatedAt: null }, T0);
    await updateContact(db, 'in:jane-doe', { tags: ['fosdem'] }, contextAt(T0));
    expect((await db.outbox.toArray()).map((entry) => entry.id).sort()).toEqual(['contacts|in:jane-doe', 'notes|n1']);
    await deleteContact(db, 'in:jane-doe', contextAt(T0));
    expect((await db.outbox.toArray()).map((entry) => entry.id).sort()).toEqual(['contacts|in:jane-doe', 'notes|n1']);
    expect(await db.touchDays.count()).toBe(0);
  });

  it('records nothing when the write fails: the entry is in the same transaction', async () => {
    const db = getDb();
    await addPerson(db, person('jane-doe'), 'key', contextAt(T0));
    await db.outbox.clear();
    await expect(
      db.transaction('rw', db.notes, async () => {
        await db.notes.put({ id: 'n2', contactId: 'in:jane-doe', body: 'draft', createdAt: T0, updatedAt: T0 });
        throw new Error('the write fails after the put');
      }),
    ).rejects.toThrow('the write fails');
    expect(await db.notes.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('records range deletes (clearing a table) by id', async () => {
    const db = getDb();
    await addPerson(db, person('jane-doe'), 'key', contextAt(T0));
    await addPerson(db, person('kofi-sample'), 'key', contextAt(T0));
    await db.outbox.clear();
    await db.contacts.clear();
    expect((await db.outbox.toArray()).map((entry) => entry.k).sort()).toEqual(['in:jane-doe', 'in:kofi-sample']);
  });

  it('with sync off records no add or put (a bulk change writes no outbox row), only deletions; turning it on enqueues every record', async () => {
    const db = getDb();
    db.recordsOutbox = false;
    await addPerson(db, person('jane-doe'), 'untracked', contextAt(T0));
    await addPerson(db, person('kofi-sample'), 'untracked', contextAt(T0));
    await addPerson(db, person('ada-example'), 'untracked', contextAt(T0));
    await saveNote(db, { id: 'n1', contactId: 'in:jane-doe', body: 'Met at FOSDEM', baseUpdatedAt: null }, T0);
    await updateContacts(db, ['in:jane-doe', 'in:kofi-sample'], { circle: 'key' }, contextAt(T0));
    expect(await db.outbox.count()).toBe(0);
    // A deletion cannot be enumerated later: it is recorded even now.
    await deleteContact(db, 'in:ada-example', contextAt(T0));
    expect((await db.outbox.toArray()).map((entry) => entry.id)).toEqual(['contacts|in:ada-example']);

    // A write in flight as sync is turned on (recorded or not, decided when its transaction opens):
    // the enqueue's reads come after it, and find it.
    const pending = db.transaction('rw', db.contacts, async () => {
      await db.contacts.update('in:kofi-sample', { headline: 'CTO' });
    });
    db.recordsOutbox = true;
    await enqueueEverything(db);
    await pending;
    expect((await db.outbox.toArray()).map((entry) => entry.id).sort()).toEqual(['contacts|in:ada-example', 'contacts|in:jane-doe', 'contacts|in:kofi-sample', 'notes|n1']);
    // And from now on every write is recorded again.
    await db.outbox.clear();
    await updateContacts(db, ['in:jane-doe'], { addTag: 'fosdem' }, contextAt(T0));
    expect((await db.outbox.toArray()).map((entry) => entry.id)).toEqual(['contacts|in:jane-doe']);
  });

  it('does not record what sync itself writes', async () => {
    const db = getDb();
    await db.transaction('rw', db.notes, async () => {
      markSyncWrite(Dexie.currentTransaction!.idbtrans);
      await db.notes.put({ id: 'n3', contactId: 'in:x', body: 'from the other device', createdAt: T0, updatedAt: T0 });
    });
    expect(await db.notes.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    // A touchpoint logged after sync wrote still is recorded.
    await logTouchpoint(db, { person: person('jane-doe') }, { type: 'comment' }, contextAt(T0));
    expect(await db.outbox.count()).toBeGreaterThan(0);
  });
});
