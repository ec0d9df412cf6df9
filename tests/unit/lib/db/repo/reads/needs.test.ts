import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, updateContact } from '@/lib/db/repo/writes/contacts';
import { saveNote } from '@/lib/db/repo/writes/notes';
import { findHelpersRanked } from '@/lib/db/repo/reads/needs';
import { meaningfulWords, rankHelpers } from '@/lib/relationship/rank-helpers';
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

describe('who could help reads only the people who could reach the top', () => {
  it('reads on for someone fewer words could still lift above the page by a strong relationship', async () => {
    const db = getDb();
    // More words, read first: two headline matches (4), a cold relationship.
    const thin = await add('thin', { headline: 'Logistics pilot' });
    await db.contacts.update(thin, { strength: 'cold' });
    // One word, in a note (3), and a strong relationship (2): 5.
    const warm = await add('warm');
    await db.contacts.update(warm, { strength: 'strong' });
    await saveNote(db, { id: 'n1', contactId: warm, body: 'Talked logistics', baseUpdatedAt: null }, NOW);
    expect((await findHelpersRanked(db, 'logistics pilot', 1)).map((helper) => [helper.contact.id, helper.score])).toEqual([[warm, 5]]);
  });

  it('ranks exactly as ranking every candidate would, reading fewer records', async () => {
    const db = getDb();
    // A deterministic crowd: headlines, companies, tags, names and notes matching some words of the need, every strength.
    let seed = 7;
    const roll = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const strengths = ['strong', 'growing', 'new', 'cooling', 'cold', undefined] as const;
    const fragments = ['pilot', 'customer', 'logistics', 'design', 'mentor', 'lyon'];
    for (let i = 0; i < 120; i++) {
      const pick = () => fragments[roll(fragments.length)]!;
      const id = await add(`person-${i}`, { headline: `${pick()} lead`, ...(roll(3) === 0 && { company: `${pick()} Ltd` }), ...(roll(4) === 0 && { tags: [pick()] }) });
      const strength = strengths[roll(strengths.length)];
      if (strength) await db.contacts.update(id, { strength });
      if (roll(3) === 0) await saveNote(db, { id: `n${i}`, contactId: id, body: `Talked about ${pick()} and ${pick()}`, baseUpdatedAt: null }, NOW);
    }
    const reads: number[] = [];
    const bulkGet = db.contacts.bulkGet.bind(db.contacts);
    db.contacts.bulkGet = ((keys: string[]) => {
      reads.push(keys.length);
      return bulkGet(keys);
    }) as typeof db.contacts.bulkGet;
    try {
      for (const [query, limit] of [['pilot customer in logistics', 10], ['pilot customer in logistics', 3], ['mentor in Lyon', 1], ['mentor in Lyon', 5], ['design', 10], ['customer design mentor lyon pilot', 10], ['customer design mentor lyon pilot', 2]] as const) {
        reads.length = 0;
        const ranked = await findHelpersRanked(db, query, limit);
        const read = reads.reduce((sum, n) => sum + n, 0);
        // Every candidate ranked, as before the bounds: the same people, scores and reasons.
        const words = meaningfulWords(query);
        const notes = await db.notes.toArray();
        const everyone = (await db.contacts.toArray()).map((contact) => ({ contact, notes: notes.filter((note) => note.contactId === contact.id).map((note) => note.body) }));
        const expected = rankHelpers(everyone, words, limit);
        expect(ranked.map(({ contact, score, matched }) => [contact.id, score, matched]), `${query} (${limit})`).toEqual(expected.map(({ contact, score, matched }) => [contact.id, score, matched]));
        expect(ranked.map((helper) => helper.reasons.map((reason) => reason.kind))).toEqual(expected.map((helper) => helper.reasons.map((reason) => reason.kind)));
        if (words.length > 1) expect(read, query).toBeLessThan(everyone.filter((candidate) => rankHelpers([candidate], words, 1).length > 0).length);
      }
    } finally {
      db.contacts.bulkGet = bulkGet;
    }
  });
});
