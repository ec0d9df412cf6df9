import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { addIntroduction, deleteIntroduction, updateIntroduction } from '@/lib/db/repo/writes/introductions';
import { listIntroductions, listPersonIntroductions } from '@/lib/db/repo/reads/introductions';
import { introductionTouchpointId } from '@/lib/model/introduction';
import { contextAt, person } from '../../../../helpers/context';

const T0 = '2026-03-02T09:00:00.000Z';
const T1 = '2026-03-03T09:00:00.000Z';
const T2 = '2026-03-04T09:00:00.000Z';

async function withPeople() {
  const db = getDb();
  await addPerson(db, person('ana-lima', 'Ana Lima'), 'key', contextAt(T0));
  await addPerson(db, person('ben-okafor', 'Ben Okafor'), 'wider', contextAt(T0));
  return db;
}

const touchesOf = (contactId: string) => getDb().touchpoints.where('contactId').equals(contactId).toArray();

describe('introductions', () => {
  it('an introduction you make between two people in Rapport is a give to each, linked to it, and moves their last touch', async () => {
    const db = await withPeople();
    const intro = await addIntroduction(
      db,
      { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { contactId: 'in:ben-okafor' }, purpose: 'Both hiring data engineers' },
      contextAt(T1),
    );
    expect(intro).toMatchObject({
      kind: 'made',
      a: { contactId: 'in:ana-lima', name: 'Ana Lima', profileUrl: 'https://www.linkedin.com/in/ana-lima/' },
      b: { contactId: 'in:ben-okafor', name: 'Ben Okafor' },
      outcome: 'open',
      at: T1,
      contactIds: ['in:ana-lima', 'in:ben-okafor'],
    });
    for (const contactId of ['in:ana-lima', 'in:ben-okafor']) {
      expect(await touchesOf(contactId)).toEqual([
        {
          id: introductionTouchpointId(intro.id, contactId),
          contactId,
          type: 'intro',
          focus: 'give',
          direction: 'outgoing',
          at: T1,
          note: 'Introduced Ana Lima to Ben Okafor · Both hiring data engineers',
          source: 'manual',
          introductionId: intro.id,
        },
      ]);
      expect((await db.contacts.get(contactId))?.lastTouchAt).toBe(T1);
    }
    // Counted in the day's touches like any give.
    expect((await db.touchDays.toArray()).reduce((sum, day) => sum + day.give, 0)).toBe(2);
  });

  it('a side outside Rapport is kept by name and URL, gives only to the person in Rapport, and a typed URL of someone in Rapport links them', async () => {
    const db = await withPeople();
    const outside = await addIntroduction(
      db,
      { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { name: 'Carla Outside', profileUrl: 'https://www.linkedin.com/in/carla-outside/' } },
      contextAt(T1),
    );
    expect(outside.b).toEqual({ name: 'Carla Outside', profileUrl: 'https://www.linkedin.com/in/carla-outside/' });
    expect(outside.contactIds).toEqual(['in:ana-lima']);
    expect(await touchesOf('in:ana-lima')).toHaveLength(1);
    const linked = await addIntroduction(db, { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { name: 'Benny', profileUrl: 'https://www.linkedin.com/in/ben-okafor/' } }, contextAt(T2));
    expect(linked.b).toEqual({ contactId: 'in:ben-okafor', name: 'Ben Okafor', profileUrl: 'https://www.linkedin.com/in/ben-okafor/' });
  });

  it('an introduction you received is listed with the people in it but is no give of yours', async () => {
    const db = await withPeople();
    const received = await addIntroduction(db, { kind: 'received', a: { contactId: 'in:ana-lima' }, b: { name: 'Dev Newman' } }, contextAt(T1));
    expect(await touchesOf('in:ana-lima')).toEqual([]);
    expect((await listPersonIntroductions(db, 'in:ana-lima')).map((i) => i.id)).toEqual([received.id]);
    expect((await listIntroductions(db, 'received', 10)).map((i) => i.id)).toEqual([received.id]);
    expect(await listIntroductions(db, 'made', 10)).toEqual([]);
  });

  it('lists are newest first and a person’s list holds only theirs', async () => {
    const db = await withPeople();
    const first = await addIntroduction(db, { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { name: 'X One' }, at: T0 }, contextAt(T2));
    const second = await addIntroduction(db, { kind: 'made', a: { contactId: 'in:ben-okafor' }, b: { name: 'X Two' }, at: T1 }, contextAt(T2));
    expect((await listIntroductions(db, 'made', 10)).map((i) => i.id)).toEqual([second.id, first.id]);
    expect((await listIntroductions(db, 'made', 1)).map((i) => i.id)).toEqual([second.id]);
    expect((await listPersonIntroductions(db, 'in:ana-lima')).map((i) => i.id)).toEqual([first.id]);
  });

  it('refuses an introduction of someone to themselves, or with someone no longer in Rapport', async () => {
    const db = await withPeople();
    await expect(addIntroduction(db, { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { contactId: 'in:ana-lima' } }, contextAt(T1))).rejects.toMatchObject({ code: 'invalid-message' });
    await expect(
      addIntroduction(db, { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { name: 'Ana again', profileUrl: 'https://www.linkedin.com/in/ana-lima/' } }, contextAt(T1)),
    ).rejects.toMatchObject({ code: 'invalid-message' });
    await expect(addIntroduction(db, { kind: 'made', a: { contactId: 'in:nobody' }, b: { name: 'X' } }, contextAt(T1))).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.introductions.count()).toBe(0);
    expect(await db.touchpoints.count()).toBe(0);
  });

  it('editing the outcome keeps the gives; editing the purpose rewrites their note', async () => {
    const db = await withPeople();
    const intro = await addIntroduction(db, { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { contactId: 'in:ben-okafor' }, purpose: 'Hiring' }, contextAt(T1));
    const helped = await updateIntroduction(db, intro.id, { outcome: 'helped' }, contextAt(T2));
    expect(helped).toMatchObject({ outcome: 'helped', purpose: 'Hiring', updatedAt: T2 });
    expect((await touchesOf('in:ana-lima'))[0]?.note).toBe('Introduced Ana Lima to Ben Okafor · Hiring');
    await updateIntroduction(db, intro.id, { purpose: 'Pilot customer' }, contextAt(T2));
    expect((await touchesOf('in:ben-okafor'))[0]?.note).toBe('Introduced Ana Lima to Ben Okafor · Pilot customer');
    const cleared = await updateIntroduction(db, intro.id, { purpose: null }, contextAt(T2));
    expect(cleared.purpose).toBeUndefined();
    expect((await touchesOf('in:ben-okafor'))[0]?.note).toBe('Introduced Ana Lima to Ben Okafor');
  });

  it('deleting an introduction removes its gives (last touch recomputed); restoring it with its id brings them back, once', async () => {
    const db = await withPeople();
    const intro = await addIntroduction(db, { kind: 'made', a: { contactId: 'in:ana-lima' }, b: { contactId: 'in:ben-okafor' } }, contextAt(T1));
    const deleted = await deleteIntroduction(db, intro.id, contextAt(T2));
    expect(deleted).toEqual(intro);
    expect(await db.introductions.count()).toBe(0);
    expect(await db.touchpoints.count()).toBe(0);
    expect((await db.contacts.get('in:ana-lima'))?.lastTouchAt).toBeUndefined();
    expect((await db.touchDays.toArray()).reduce((sum, day) => sum + day.give, 0)).toBe(0);
    await expect(deleteIntroduction(db, intro.id, contextAt(T2))).rejects.toMatchObject({ code: 'not-found' });

    const draft = { id: intro.id, kind: intro.kind, a: { contactId: 'in:ana-lima' }, b: { contactId: 'in:ben-okafor' }, outcome: intro.outcome, at: intro.at };
    await addIntroduction(db, draft, contextAt(T2));
    await addIntroduction(db, draft, contextAt(T2));
    expect(await db.introductions.count()).toBe(1);
    expect(await db.touchpoints.count()).toBe(2);
    expect((await db.contacts.get('in:ana-lima'))?.lastTouchAt).toBe(T1);
  });
});
