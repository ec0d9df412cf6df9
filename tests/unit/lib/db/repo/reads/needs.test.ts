import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, updateContact } from '@/lib/db/repo/writes/contacts';
import { saveNote } from '@/lib/db/repo/writes/notes';
import { findHelpersRanked } from '@/lib/db/repo/reads/needs';
import { contextAt } from '../../../../helpers/context';

const NOW = '2026-11-27T09:00:00.000Z';
const ctx = contextAt(NOW);

async function add(slug: string, fields: { headline?: string; company?: string; tags?: string[] } = {}) {
  const db = getDb();
  const { tags, ...person } = fields;
  await addPerson(db, { profileUrl: `https://www.linkedin.com/in/${slug}/`, name: slug, ...person }, 'key', ctx);
  if (tags) await updateContact(db, `in:${slug}`, { tags }, ctx);
  return `in:${slug}`;
}

describe('who could help with a need, from the database', () => {
  it('finds people by any meaningful word of the need, in profiles and notes, ranked with why', async () => {
    const db = getDb();
    const leo = await add('leo', { headline: 'Head of logistics' });
    const noa = await add('noa');
    await saveNote(db, { id: 'n1', contactId: noa, body: 'Runs pilots with logistics firms', baseUpdatedAt: null }, NOW);
    await add('tag', { tags: ['logistics'] });
    await add('off', { headline: 'Designer' });
    // Strength set as the upkeep would have it: a headline match with a strong relationship outranks a tag match with none.
    await db.contacts.update(leo, { strength: 'strong' });
    const ranked = await findHelpersRanked(db, 'Find a pilot customer in logistics', 10);
    expect(ranked.map((helper) => helper.contact.id)).toEqual(['in:noa', 'in:leo', 'in:tag']);
    expect(ranked[0]!.reasons[0]).toEqual({ kind: 'note', excerpt: 'Runs pilots with logistics firms' });
    expect(ranked[1]!.reasons).toEqual([{ kind: 'headline' }, { kind: 'strength', strength: 'strong' }]);
  });

  it('leaves out the people given (who already know), and finds nobody for an empty need', async () => {
    const db = getDb();
    const leo = await add('leo', { headline: 'Head of logistics' });
    await add('mia', { company: 'Logistics Ltd' });
    expect((await findHelpersRanked(db, 'logistics', 10, new Set([leo]))).map((helper) => helper.contact.id)).toEqual(['in:mia']);
    expect(await findHelpersRanked(db, '  ', 10)).toEqual([]);
  });

  it('finds any search (the dashboard’s “who could help with…”) by headline, company, tags and notes, quoting the note’s line', async () => {
    const db = getDb();
    await add('ada', { headline: 'Fundraising advisor', company: 'Seedcamp' });
    await add('bea', { tags: ['fundraising'] });
    const cem = await add('cem', { headline: 'Designer' });
    await add('dan', { headline: 'Engineer' });
    await saveNote(db, { id: 'n1', contactId: cem, body: 'Kids: two.\nHelped three startups with fundraising in Berlin.', baseUpdatedAt: null }, NOW);
    const found = await findHelpersRanked(db, 'fundrais');
    expect(found.map((helper) => helper.contact.id)).toEqual(['in:bea', 'in:cem', 'in:ada']);
    expect(found[1]!.reasons[0]).toEqual({ kind: 'note', excerpt: 'Helped three startups with fundraising in Berlin.' });
    // Both words in the note: Cem leads.
    expect((await findHelpersRanked(db, 'fundraising berlin'))[0]!.contact.id).toBe(cem);
  });

  it('follows notes as they are written, moved and deleted (the word index, not a read of every note)', async () => {
    const db = getDb();
    const noa = await add('noa');
    const leo = await add('leo');
    const saved = await saveNote(db, { id: 'n1', contactId: noa, body: 'Knows the Lyon climbing scene', baseUpdatedAt: null }, NOW);
    await saveNote(db, { id: 'n0', contactId: noa, body: 'Climbing partner', baseUpdatedAt: null }, NOW);
    // Her first note (by id) to mention a word is the one quoted.
    const climbing = await findHelpersRanked(db, 'climbing');
    expect(climbing.map((helper) => helper.contact.id)).toEqual([noa]);
    expect(climbing[0]!.reasons[0]).toEqual({ kind: 'note', excerpt: 'Climbing partner' });
    await saveNote(db, { id: 'n1', contactId: noa, body: 'Moved to Porto', baseUpdatedAt: saved.updatedAt }, NOW);
    expect((await findHelpersRanked(db, 'lyon')).map((helper) => helper.contact.id)).toEqual([]);
    await db.notes.put({ ...(await db.notes.get('n0'))!, contactId: leo });
    expect((await findHelpersRanked(db, 'climbing')).map((helper) => helper.contact.id)).toEqual([leo]);
    await db.notes.delete('n0');
    expect(await findHelpersRanked(db, 'climbing')).toEqual([]);
  });

  it('quotes the first note (by id) that mentions the first word of the search any note of theirs mentions, as reading every note did', async () => {
    const db = getDb();
    const noa = await add('noa');
    await saveNote(db, { id: 'n1', contactId: noa, body: 'A mentor to many', baseUpdatedAt: null }, NOW);
    await saveNote(db, { id: 'n2', contactId: noa, body: 'Ran a pilot with us\nAlso a mentor', baseUpdatedAt: null }, NOW);
    await saveNote(db, { id: 'n3', contactId: noa, body: 'Pilot customer', baseUpdatedAt: null }, NOW);
    const [first] = await findHelpersRanked(db, 'pilot mentor');
    expect(first!.reasons[0]).toEqual({ kind: 'note', excerpt: 'Ran a pilot with us' });
    expect(first!.matched).toEqual(['pilot', 'mentor']);
    expect((await findHelpersRanked(db, 'mentor pilot'))[0]!.reasons[0]).toEqual({ kind: 'note', excerpt: 'A mentor to many' });
  });
});
