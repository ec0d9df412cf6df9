import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { ContactSchema } from '@/lib/model/schema';
import { sendToBackground } from '@/lib/messaging/client';
import { MAX_SEARCH_WORD_LENGTH, searchWordsFor } from '@/lib/search/search-words';
import { searchContacts } from '@/lib/db/repo/reads/pages';
import { connectPagesToBackground } from '../../../../helpers/background';

/**
 * Derived fields (search words, due dates) are computed by Rapport, not typed
 * by the user: an unusual input may make them long, never make a write fail.
 * Thai is written without spaces, and LinkedIn allows 220-character headlines.
 */
const THAI_HEADLINE = 'การตลาด'.repeat(32).slice(0, 220);
const somchai = { profileUrl: 'https://www.linkedin.com/in/somchai-test/', name: 'Somchai Test', headline: THAI_HEADLINE };

describe('derived fields never block a write', () => {
  it('clips a search word longer than the schema allows instead of storing an invalid contact', () => {
    const words = searchWordsFor({ name: 'Somchai', headline: THAI_HEADLINE });
    expect(words).toContain(THAI_HEADLINE.slice(0, MAX_SEARCH_WORD_LENGTH));
    expect(Math.max(...words.map((word) => word.length))).toBe(MAX_SEARCH_WORD_LENGTH);
    expect(ContactSchema.shape.searchWords.safeParse(words).success).toBe(true);
  });

  it('never clips a word in the middle of a surrogate pair', () => {
    const word = `${'a'.repeat(MAX_SEARCH_WORD_LENGTH - 1)}𠀀𠀀`; // U+20000, a letter outside the BMP
    const [clipped] = searchWordsFor({ name: word });
    expect(clipped).toBe('a'.repeat(MAX_SEARCH_WORD_LENGTH - 1));
  });

  it('reports a log for a person with a 220-character Thai headline as done, once, and finds them by it', async () => {
    connectPagesToBackground();
    const result = await sendToBackground({ type: 'logTouchpoint', target: { person: somchai }, touchpoint: { type: 'message' } });
    expect(result).toMatchObject({ touchpointCreated: true, contact: { id: 'in:somchai-test', headline: THAI_HEADLINE } });
    await sendToBackground({ type: 'logTouchpoint', target: { contactId: 'in:somchai-test' }, touchpoint: { type: 'like' } });
    expect(await getDb().touchpoints.count()).toBe(2);
    expect((await searchContacts(getDb(), 'การตลาดการ')).map((contact) => contact.id)).toEqual(['in:somchai-test']);
  });

  it('lets circle and tag edits through for that person', async () => {
    connectPagesToBackground();
    await sendToBackground({ type: 'addContact', person: somchai });
    const edited = await sendToBackground({ type: 'updateContact', id: 'in:somchai-test', patch: { circle: 'inner', tags: ['thai-market'] } });
    expect(edited).toMatchObject({ circle: 'inner', tags: ['thai-market'] });
  });

  it('heals a contact stored with an over-long search word by an earlier version at its next edit', async () => {
    connectPagesToBackground();
    await sendToBackground({ type: 'addContact', person: somchai });
    const db = getDb();
    await db.contacts.update('in:somchai-test', { searchWords: ['somchai', THAI_HEADLINE] });
    const edited = await sendToBackground({ type: 'updateContact', id: 'in:somchai-test', patch: { tags: ['thai-market'] } });
    expect(edited.tags).toEqual(['thai-market']);
    expect((await db.contacts.get('in:somchai-test'))!.searchWords).toContain(THAI_HEADLINE.slice(0, MAX_SEARCH_WORD_LENGTH));
  });

  it('reports a failed edit only when nothing was written', async () => {
    connectPagesToBackground();
    await sendToBackground({ type: 'addContact', person: somchai });
    const before = await getDb().contacts.get('in:somchai-test');
    await expect(sendToBackground({ type: 'updateContact', id: 'in:somchai-test', patch: { tags: ['x'.repeat(51)] } })).rejects.toThrow();
    expect(await getDb().contacts.get('in:somchai-test')).toEqual(before);
  });
});
