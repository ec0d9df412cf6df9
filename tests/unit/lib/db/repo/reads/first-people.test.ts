import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { getDb } from '@/lib/db/db';
import { readFirstPeopleDirect } from '@/lib/db/repo/reads/first-people';
import { readFirstPeople } from '@/lib/db/repo/reads/people';
import type { Contact } from '@/lib/model/schema';

const AT = '2026-06-01T09:00:00.000Z';

function contact(slug: string, name: string): Contact {
  return { id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name, circle: 'untracked', tags: [], createdAt: AT, updatedAt: AT, circleSince: AT };
}

const people = [contact('z', 'Zoë'), contact('sam-c', 'Sam'), contact('b10', 'Bo 10'), contact('ann', 'Ann'), contact('b2', 'Bo 2')];

async function exists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((database) => database.name === name);
}

describe("the People page's first screen read without Dexie", () => {
  it('reads what the Dexie read does: the first people by name and how many there are', async () => {
    await getDb().contacts.bulkPut(people);
    const direct = await readFirstPeopleDirect(3);
    expect(direct).toEqual(await readFirstPeople(getDb(), 3));
    expect(direct!.people.map((person) => person.id)).toEqual(['in:ann', 'in:b2', 'in:b10']);
    expect(direct).toMatchObject({ total: 5, complete: false });
    expect(await readFirstPeopleDirect(40)).toMatchObject({ total: 5, complete: true });
  });

  it('reads nobody from an empty database', async () => {
    expect(await readFirstPeopleDirect(40)).toEqual({ people: [], total: 0, complete: true });
  });

  it('answers null and creates nothing where there is no database yet', async () => {
    const name = `absent-${crypto.randomUUID()}`;
    expect(await readFirstPeopleDirect(40, { name })).toBeNull();
    expect(await exists(name)).toBe(false);
    // Dexie then creates it with the whole schema, as it always did.
    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(getDb().verno);
    db.close();
    await Dexie.delete(name);
  });

  it('answers null for a database from before the name index, and leaves it to be upgraded', async () => {
    const name = `old-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ contacts: 'id, circle' });
    await old.table('contacts').put(contact('ann', 'Ann'));
    old.close();
    expect(await readFirstPeopleDirect(40, { name })).toBeNull();
    // Its connection is closed: an upgrade is not blocked by it.
    const newer = new Dexie(name);
    newer.version(2).stores({ contacts: 'id, circle, name' });
    await newer.open();
    expect(newer.verno).toBe(2);
    newer.close();
    await Dexie.delete(name);
  });

  it('answers null where there is no IndexedDB at all', async () => {
    expect(await readFirstPeopleDirect(40, { factory: null as unknown as IDBFactory })).toBeNull();
  });
});
