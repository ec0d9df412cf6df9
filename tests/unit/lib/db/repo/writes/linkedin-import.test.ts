import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { writeImportChunk } from '@/lib/db/repo/writes/linkedin-import';
import { updateContact } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint, updateTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { saveNote } from '@/lib/db/repo/writes/notes';
import { chunkPlan } from '@/lib/linkedin/export/chunks';
import type { ImportedContact, ImportedTouchpoint } from '@/lib/model/commands';
import { contextAt } from '../../../../helpers/context';
import { deliver, senders } from '../../../../helpers/background';
import { importThroughBackground, inputs, snapshot } from '../../../../helpers/linkedin-import';
import { EXPECTED, EXPORT_FILES, OWN } from '../../../../../fixtures/linkedin-export/synthetic-export';

const NOW = '2026-11-27T09:00:00.000Z';

describe('importing LinkedIn’s export into the database', () => {
  it('creates the expected contacts, untracked, and touchpoints with source import', async () => {
    const { totals } = await importThroughBackground(inputs(EXPORT_FILES));
    expect(totals).toMatchObject({ contactsAdded: 6, contactsUpdated: 0, touchpointsAdded: 9, contactsNotFound: 1 });
    const { contacts, touchpoints } = await snapshot();
    for (const [id, expected] of Object.entries(EXPECTED.contacts)) {
      expect(contacts.find((c) => c.id === id)).toMatchObject({ ...expected, circle: 'untracked', tags: [] });
    }
    expect(contacts.map((c) => c.id).sort()).toEqual(Object.keys(EXPECTED.contacts).sort());
    expect(touchpoints.every((t) => t.source === 'import')).toBe(true);
    expect(touchpoints).toHaveLength(9);
    // Nothing imported is classified: the 90% ratio leaves it out.
    expect(touchpoints.some((t) => 'focus' in t)).toBe(false);
    // Eli's reply is kept as his message; the last touch of yours is your own message before it.
    expect(touchpoints.filter((t) => t.direction === 'incoming').map((t) => t.contactId).sort()).toEqual(['in:bea-marlowe-42', 'in:eli-novak']);
    expect(contacts.find((c) => c.id === 'in:eli-novak')).toMatchObject({ lastTouchAt: '2025-08-20T12:00:00.000Z' });
    // Derived fields are in step with the touchpoints; untracked people are never due.
    expect(contacts.find((c) => c.id === 'in:bea-marlowe-42')).toMatchObject({ lastTouchAt: '2025-09-03T09:00:00.000Z' });
    expect(contacts.find((c) => c.id === 'in:bea-marlowe-42')).not.toHaveProperty('dueAt');
    expect(contacts.find((c) => c.id === 'in:cem-yıldız')).not.toHaveProperty('lastTouchAt');
  });

  it('is idempotent: importing the same export again changes nothing, in one chunk or many', async () => {
    await importThroughBackground(inputs(EXPORT_FILES));
    const once = await snapshot();
    const { totals } = await importThroughBackground(inputs(EXPORT_FILES), { contacts: 2, touchpoints: 1 });
    expect(totals).toMatchObject({ contactsAdded: 0, contactsUpdated: 0, touchpointsAdded: 0 });
    expect(totals.chunks).toBeGreaterThan(3);
    expect(await snapshot()).toEqual(once);
  });

  it('never overwrites what the user changed: circle, kind, tags, notes, names, edited touchpoints', async () => {
    const db = getDb();
    await importThroughBackground(inputs(EXPORT_FILES));
    const ctx = contextAt(NOW);
    await updateContact(db, 'in:bea-marlowe-42', { circle: 'inner', kind: 'strategic', tags: ['investor'], name: 'Bea M.', company: 'Own Co' }, ctx);
    await saveNote(db, { id: 'n1', contactId: 'in:bea-marlowe-42', body: 'Met at the fair', baseUpdatedAt: null }, NOW);
    const imported = (await db.touchpoints.toArray()).find((t) => t.contactId === 'in:bea-marlowe-42')!;
    await updateTouchpoint(db, imported.id, { note: 'Coffee planned', type: 'meeting' }, ctx);
    const before = await snapshot();

    const { totals } = await importThroughBackground(inputs(EXPORT_FILES));
    expect(totals).toMatchObject({ contactsAdded: 0, contactsUpdated: 0, touchpointsAdded: 0 });
    expect(await snapshot()).toEqual(before);
    expect((await db.contacts.get('in:bea-marlowe-42'))!).toMatchObject({ circle: 'inner', kind: 'strategic', tags: ['investor'], name: 'Bea M.', company: 'Own Co' });
  });

  it('fills in what a known contact lacks (connection date, company, who invited whom) and nothing else', async () => {
    const db = getDb();
    await logTouchpoint(db, { person: { profileUrl: 'https://www.linkedin.com/in/cem-yıldız/', name: 'Cem Y.' }, circle: 'key' }, { type: 'like' }, contextAt('2026-01-01T09:00:00.000Z'));
    const { totals } = await importThroughBackground(inputs(EXPORT_FILES));
    expect(totals).toMatchObject({ contactsAdded: 5, contactsUpdated: 1 });
    expect(await db.contacts.get('in:cem-yıldız')).toMatchObject({
      name: 'Cem Y.',
      circle: 'key',
      company: 'Kuzey',
      headline: 'Engineer',
      connectedAt: '2025-02-15T00:00:00.000Z',
      invitedBy: 'them',
      lastTouchAt: '2026-01-01T09:00:00.000Z',
    });
  });

  it('a newer export adds only what is new', async () => {
    const db = getDb();
    await importThroughBackground(inputs(EXPORT_FILES));
    const newer = {
      ...EXPORT_FILES,
      'Connections.csv': `${EXPORT_FILES['Connections.csv']}Hal,Hughes,https://www.linkedin.com/in/hal-hughes,,,,1 Oct 2025\n`,
      'messages.csv': `${EXPORT_FILES['messages.csv']}conv-1,,Bea Marlowe,https://www.linkedin.com/in/bea-marlowe-42,Robin Quill,${OWN},2025-10-01 08:00:00 UTC,,News!,INBOX,No\r\n`,
    };
    const { totals } = await importThroughBackground(inputs(newer));
    expect(totals).toMatchObject({ contactsAdded: 1, contactsUpdated: 0, touchpointsAdded: 1 });
    expect(await db.touchpoints.count()).toBe(10);
    // Bea's news is her message, kept as evidence of the exchange; your last touch is still your own of 3 September.
    expect(await db.contacts.get('in:bea-marlowe-42')).toMatchObject({ lastTouchAt: '2025-09-03T09:00:00.000Z' });
  });

  it('an invitation fills in a contact imported earlier from another file, and creates nobody', async () => {
    const db = getDb();
    await importThroughBackground(inputs({ 'Connections.csv': EXPORT_FILES['Connections.csv']! }));
    expect(await db.contacts.get('in:bea-marlowe-42')).not.toHaveProperty('invitedBy');
    const { totals } = await importThroughBackground(inputs({ 'Invitations.csv': EXPORT_FILES['Invitations.csv']! }));
    expect(totals).toMatchObject({ contactsAdded: 0, contactsUpdated: 2, contactsNotFound: 1 });
    expect(await db.contacts.get('in:bea-marlowe-42')).toMatchObject({ invitedBy: 'me' });
    expect(await db.contacts.get('in:gus-pending')).toBeUndefined();
  });

  it('imported touches from before a contact entered the new circle do not count towards its follow-up', async () => {
    const db = getDb();
    // Bea joined the new circle in 2026; the imported 2025 messages predate it and must not complete her 24-7-30 follow-up.
    await logTouchpoint(db, { person: { profileUrl: 'https://www.linkedin.com/in/bea-marlowe-42/', name: 'Bea Marlowe' }, circle: 'new' }, { type: 'like' }, contextAt('2026-01-01T00:00:00.000Z'));
    await importThroughBackground(inputs(EXPORT_FILES));
    const bea = (await db.contacts.get('in:bea-marlowe-42'))!;
    expect(bea).toMatchObject({ circle: 'new', circleSince: '2026-01-01T00:00:00.000Z', lastTouchAt: '2026-01-01T00:00:00.000Z' });
    expect(await db.touchpoints.count()).toBe(10);
  });
});

describe('the importLinkedInChunk message', () => {
  const contact: ImportedContact = { profileUrl: 'https://www.linkedin.com/in/ada-x/', name: 'Ada X', createIfMissing: true };
  const touchpoint: ImportedTouchpoint = { id: 'li-msg-abc', contactId: 'in:ada-x', type: 'message', at: '2025-01-01T00:00:00.000Z' };

  it.each([
    ['not JSON', '{"contacts": ['],
    ['a touchpoint for a contact outside the chunk', JSON.stringify({ contacts: [contact], touchpoints: [{ ...touchpoint, contactId: 'in:someone-else' }] })],
    ['a profile URL that is not canonical', JSON.stringify({ contacts: [{ ...contact, profileUrl: 'https://evil.example/in/ada-x/' }], touchpoints: [] })],
    ['an extra field', JSON.stringify({ contacts: [{ ...contact, circle: 'inner' }], touchpoints: [] })],
    ['a touchpoint claiming another source', JSON.stringify({ contacts: [contact], touchpoints: [{ ...touchpoint, source: 'manual' }] })],
    ['too many contacts', JSON.stringify({ contacts: Array.from({ length: 2001 }, (_, i) => ({ ...contact, profileUrl: `https://www.linkedin.com/in/ada-${i}/` })), touchpoints: [] })],
  ])('rejects %s and writes nothing', async (_, chunk) => {
    const reply = await deliver({ type: 'importLinkedInChunk', chunk });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringMatching(/^Rejected import chunk: /) } });
    expect(await getDb().contacts.count()).toBe(0);
    expect(await getDb().touchpoints.count()).toBe(0);
  });

  it('is refused from a content script', async () => {
    const reply = await deliver({ type: 'importLinkedInChunk', chunk: JSON.stringify({ contacts: [contact], touchpoints: [] }) }, senders.contentScript());
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('writes a whole chunk or nothing when the database refuses part of it', async () => {
    const db = getDb();
    // A touchpoint id already stored under another contact (outside the chunk's range) makes bulkAdd fail: the chunk's contacts must not stay behind.
    await logTouchpoint(db, { person: { profileUrl: 'https://www.linkedin.com/in/zed-z/', name: 'Zed' } }, { type: 'like', id: 'li-msg-abc' }, contextAt(NOW));
    const before = await snapshot();
    await expect(writeImportChunk(db, { contacts: [contact], touchpoints: [touchpoint] }, contextAt(NOW))).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe('chunks', () => {
  const contacts = (n: number): ImportedContact[] => Array.from({ length: n }, (_, i) => ({ profileUrl: `https://www.linkedin.com/in/p-${String(i).padStart(3, '0')}/`, name: `P ${i}`, createIfMissing: true }));
  const tp = (contact: number, i: number): ImportedTouchpoint => ({ id: `t-${contact}-${i}`, contactId: `in:p-${String(contact).padStart(3, '0')}`, type: 'message', at: `2025-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z` });

  it('keep contacts in id order, each with its touchpoints, within the size limits', () => {
    const touchpoints = [...Array.from({ length: 7 }, (_, i) => tp(1, i)), tp(4, 0), tp(0, 0)];
    const chunks = chunkPlan([...contacts(6)].reverse(), touchpoints, { contacts: 3, touchpoints: 4 });
    expect(chunks.map((c) => [c.contacts.map((x) => x.name), c.touchpoints.map((t) => t.id)])).toEqual([
      [['P 0'], ['t-0-0']],
      [['P 1'], ['t-1-0', 't-1-1', 't-1-2', 't-1-3']],
      [['P 1', 'P 2', 'P 3'], ['t-1-4', 't-1-5', 't-1-6']],
      [['P 4', 'P 5'], ['t-4-0']],
    ]);
  });
});
