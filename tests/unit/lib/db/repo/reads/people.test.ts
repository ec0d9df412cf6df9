import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { listPeople, readFirstPeople } from '@/lib/db/repo/reads/people';
import type { Contact } from '@/lib/model/schema';

const AT = '2026-06-01T09:00:00.000Z';

function contact(slug: string, name: string): Contact {
  return { id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name, circle: 'untracked', tags: [], createdAt: AT, updatedAt: AT, circleSince: AT };
}

// Three people called Sam: pages that end between them must neither skip nor repeat one.
const people = [contact('z', 'Zoë'), contact('sam-c', 'Sam'), contact('b10', 'Bo 10'), contact('sam-a', 'Sam'), contact('b2', 'Bo 2'), contact('sam-b', 'Sam'), contact('ann', 'Ann')];
const inOrder = ['in:ann', 'in:b2', 'in:b10', 'in:sam-a', 'in:sam-b', 'in:sam-c', 'in:z'];

describe('the People page reads', () => {
  it('reads the first screen in name order with the count of everyone', async () => {
    await getDb().contacts.bulkPut(people);
    const first = await readFirstPeople(getDb(), 3);
    expect(first.people.map((person) => person.id)).toEqual(inOrder.slice(0, 3));
    expect(first).toMatchObject({ total: 7, complete: false });
    expect(await readFirstPeople(getDb(), 10)).toMatchObject({ total: 7, complete: true });
  });

  it.each([[1], [2], [3], [7], [100]])('reads everyone in name order, %i per page, none skipped or repeated', async (pageSize) => {
    await getDb().contacts.bulkPut(people);
    expect((await listPeople(getDb(), pageSize)).map((person) => person.id)).toEqual(inOrder);
  });

  it('reads nobody from an empty database', async () => {
    expect(await readFirstPeople(getDb(), 40)).toEqual({ people: [], total: 0, complete: true });
    expect(await listPeople(getDb())).toEqual([]);
  });
});
