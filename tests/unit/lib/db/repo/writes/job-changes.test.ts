import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, deleteContact, updateContact } from '@/lib/db/repo/writes/contacts';
import { deleteAllData } from '@/lib/db/repo/writes/backup';
import { writeImportChunk } from '@/lib/db/repo/writes/linkedin-import';
import { recordVisitedProfile, settleJobChange } from '@/lib/db/repo/writes/job-changes';
import { listTouchpoints, openJobChange, searchContacts } from '@/lib/db/repo/reads/pages';
import { contextAt, person } from '../../../../helpers/context';

const ADDED = '2026-11-01T09:00:00.000Z';
const NOW = '2026-11-23T09:00:00.000Z';
const LATER = '2026-11-25T09:00:00.000Z';
const JANE = 'https://www.linkedin.com/in/jane-doe/';
const OLD = 'Head of Data at Acme';
const NEW = 'VP Data at Globex';

/** Jane in the key circle since 1 November, stored with `headline` (none when null). */
async function withJane(headline: string | null = OLD) {
  const db = getDb();
  await addPerson(db, { ...person('jane-doe'), ...(headline === null ? {} : { headline }) }, 'key', contextAt(ADDED));
  return db;
}

const visit = (headline: string | null, at = NOW) => recordVisitedProfile(getDb(), { profileUrl: JANE, headline }, contextAt(at));

describe('recording a visited profile', () => {
  it('records a different headline as a job change and stores the new headline, searchable', async () => {
    const db = await withJane();
    const change = await visit(NEW);
    expect(change).toEqual({ id: expect.any(String), contactId: 'in:jane-doe', headline: { from: OLD, to: NEW }, detectedAt: NOW });
    expect(change?.settled).toBeUndefined();
    expect(await db.jobChanges.toArray()).toEqual([change]);
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ headline: NEW, updatedAt: NOW });
    expect((await searchContacts(db, 'globex')).map((contact) => contact.id)).toEqual(['in:jane-doe']);
    expect(await searchContacts(db, 'acme')).toEqual([]);
  });

  it('records nothing for a person not in Rapport, and adds nobody', async () => {
    const db = getDb();
    expect(await visit(NEW)).toBeNull();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.jobChanges.count()).toBe(0);
  });

  it.each([
    ['no headline', null],
    ['a blank headline', '  \n '],
  ])('records nothing and keeps the stored headline for a page with %s', async (_, headline) => {
    const db = await withJane();
    expect(await visit(headline)).toBeNull();
    expect(await db.jobChanges.count()).toBe(0);
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ headline: OLD, updatedAt: ADDED });
  });

  it('records nothing for the same headline written with other whitespace', async () => {
    const db = await withJane();
    expect(await visit('  Head of Data\n   at  Acme ')).toBeNull();
    expect(await db.jobChanges.count()).toBe(0);
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ headline: OLD, updatedAt: ADDED });
  });

  it('replaces a headline no page has shown yet (a job title from the data export) without a change record, then compares with it', async () => {
    const db = getDb();
    await writeImportChunk(
      db,
      { contacts: [{ profileUrl: JANE, name: 'Jane Doe', headline: 'Head of Data', createIfMissing: true }], touchpoints: [] },
      contextAt(ADDED),
    );
    expect(await visit(OLD)).toBeNull();
    expect(await db.jobChanges.count()).toBe(0);
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ headline: OLD, headlineSeenAt: NOW });
    expect(await visit(NEW, LATER)).toMatchObject({ headline: { from: OLD, to: NEW } });
  });

  it('fills in a headline Rapport did not have, without a change record', async () => {
    const db = await withJane(null);
    expect(await visit(NEW)).toBeNull();
    expect(await db.jobChanges.count()).toBe(0);
    expect((await db.contacts.get('in:jane-doe'))?.headline).toBe(NEW);
    expect((await searchContacts(db, 'globex')).map((contact) => contact.id)).toEqual(['in:jane-doe']);
  });

  it('updates the open change when the headline changes again, instead of adding one', async () => {
    const db = await withJane();
    const first = await visit(NEW);
    const second = await visit('Chief Data Officer at Globex', LATER);
    expect(second).toEqual({ ...first, headline: { from: OLD, to: 'Chief Data Officer at Globex' }, detectedAt: LATER });
    expect(await db.jobChanges.toArray()).toEqual([second]);
    expect((await db.contacts.get('in:jane-doe'))?.headline).toBe('Chief Data Officer at Globex');
  });

  it('closes the open change when the headline changes back to what it was', async () => {
    const db = await withJane();
    await visit(NEW);
    expect(await visit(OLD, LATER)).toBeNull();
    expect(await db.jobChanges.count()).toBe(0);
    expect((await db.contacts.get('in:jane-doe'))?.headline).toBe(OLD);
  });

  it('records a new change after the previous one was settled', async () => {
    const db = await withJane();
    const first = (await visit(NEW))!;
    await settleJobChange(db, first.id, 'dismissed', contextAt(NOW));
    const second = await visit('Chief Data Officer at Globex', LATER);
    expect(second).toMatchObject({ headline: { from: NEW, to: 'Chief Data Officer at Globex' } });
    expect(second?.id).not.toBe(first.id);
    expect(await openJobChange(db, 'in:jane-doe')).toEqual(second);
    expect(await db.jobChanges.count()).toBe(2);
  });
});

describe('a visited profile’s current company', () => {
  const ACME = 'Acme';
  const GLOBEX = 'Globex';
  const visitWith = (headline: string | null, company: string | null, at = NOW) =>
    recordVisitedProfile(getDb(), { profileUrl: JANE, headline, company }, contextAt(at));
  /** Jane as a page showed her: headline and company both seen. */
  async function withJaneAtAcme() {
    const db = getDb();
    await addPerson(db, { ...person('jane-doe'), headline: OLD, company: ACME }, 'key', contextAt(ADDED));
    return db;
  }

  it('records a different company as a job change, with the new company stored and searchable', async () => {
    const db = await withJaneAtAcme();
    const change = await visitWith(OLD, GLOBEX);
    expect(change).toEqual({ id: expect.any(String), contactId: 'in:jane-doe', company: { from: ACME, to: GLOBEX }, detectedAt: NOW });
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ company: GLOBEX, companySeenAt: NOW, headline: OLD, updatedAt: NOW });
    expect((await searchContacts(db, 'globex')).map((contact) => contact.id)).toEqual(['in:jane-doe']);
  });

  it('records a new headline and a new company seen together as one change', async () => {
    const db = await withJaneAtAcme();
    const change = await visitWith(NEW, GLOBEX);
    expect(change).toMatchObject({ headline: { from: OLD, to: NEW }, company: { from: ACME, to: GLOBEX } });
    expect(await db.jobChanges.count()).toBe(1);
  });

  it('adds a company change to the open headline change, and one change settles both', async () => {
    const db = await withJaneAtAcme();
    const first = (await visitWith(NEW, null))!;
    const second = await visitWith(NEW, GLOBEX, LATER);
    expect(second).toEqual({ ...first, company: { from: ACME, to: GLOBEX }, detectedAt: LATER });
    expect(await db.jobChanges.toArray()).toEqual([second]);
    const { touchpoint } = await settleJobChange(db, first.id, 'congratulated', contextAt(LATER));
    expect(touchpoint?.type).toBe('congrats');
    expect(await openJobChange(db, 'in:jane-doe')).toBeUndefined();
  });

  it('drops a company changed back from the open change, and closes it when nothing else changed', async () => {
    const db = await withJaneAtAcme();
    await visitWith(NEW, GLOBEX);
    expect(await visitWith(NEW, ACME, LATER)).toMatchObject({ headline: { from: OLD, to: NEW } });
    expect((await openJobChange(db, 'in:jane-doe'))?.company).toBeUndefined();
    expect(await visitWith(OLD, ACME, LATER)).toBeNull();
    expect(await db.jobChanges.count()).toBe(0);
  });

  it('takes a company no page has shown (from the data export) silently, then compares with it', async () => {
    const db = getDb();
    await writeImportChunk(
      db,
      { contacts: [{ profileUrl: JANE, name: 'Jane Doe', company: 'ACME Corporation', createIfMissing: true }], touchpoints: [] },
      contextAt(ADDED),
    );
    expect(await visitWith(null, ACME)).toBeNull();
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ company: ACME, companySeenAt: NOW });
    expect(await visitWith(null, GLOBEX, LATER)).toMatchObject({ company: { from: ACME, to: GLOBEX } });
  });

  it('keeps the stored company when the page does not name one (another UI language)', async () => {
    const db = await withJaneAtAcme();
    expect(await visitWith(OLD, null)).toBeNull();
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ company: ACME, updatedAt: ADDED });
  });

  it('a company typed by hand is not compared: the next page visit takes the page’s silently', async () => {
    const db = await withJaneAtAcme();
    await updateContact(db, 'in:jane-doe', { company: 'Acme (Lyon office)' }, contextAt(NOW));
    expect((await db.contacts.get('in:jane-doe'))?.companySeenAt).toBeUndefined();
    expect(await visitWith(OLD, ACME, LATER)).toBeNull();
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ company: ACME, companySeenAt: LATER });
  });
});

describe('settling a job change', () => {
  it('congratulating logs a give `congrats` touchpoint and updates the contact’s last touch and due date in the same transaction', async () => {
    const db = await withJane();
    expect((await db.contacts.get('in:jane-doe'))?.dueAt).toBe('2026-12-01T09:00:00.000Z');
    const change = (await visit(NEW))!;
    const { change: settled, touchpoint } = await settleJobChange(db, change.id, 'congratulated', contextAt(LATER));
    expect(settled).toEqual({ ...change, settled: 'congratulated' });
    expect(touchpoint).toMatchObject({ contactId: 'in:jane-doe', type: 'congrats', focus: 'give', at: LATER, source: 'manual' });
    expect(await listTouchpoints(db, 'in:jane-doe')).toEqual([touchpoint]);
    // Key circle: due 30 days after the last touch, overdue after 45.
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({
      lastTouchAt: LATER,
      dueAt: '2026-12-25T09:00:00.000Z',
      overdueAt: '2027-01-09T09:00:00.000Z',
    });
    expect(await openJobChange(db, 'in:jane-doe')).toBeUndefined();
  });

  it('dismissing closes it and logs nothing', async () => {
    const db = await withJane();
    const change = (await visit(NEW))!;
    const { change: settled, touchpoint } = await settleJobChange(db, change.id, 'dismissed', contextAt(LATER));
    expect(settled.settled).toBe('dismissed');
    expect(touchpoint).toBeNull();
    expect(await db.touchpoints.count()).toBe(0);
    expect((await db.contacts.get('in:jane-doe'))?.lastTouchAt).toBeUndefined();
    expect(await openJobChange(db, 'in:jane-doe')).toBeUndefined();
  });

  it('does nothing more when settled twice (a double click, two windows)', async () => {
    const db = await withJane();
    const change = (await visit(NEW))!;
    await settleJobChange(db, change.id, 'congratulated', contextAt(LATER));
    const again = await settleJobChange(db, change.id, 'congratulated', contextAt(LATER));
    const other = await settleJobChange(db, change.id, 'dismissed', contextAt(LATER));
    expect(again).toEqual({ change: { ...change, settled: 'congratulated' }, touchpoint: null });
    expect(other).toEqual(again);
    expect(await db.touchpoints.count()).toBe(1);
    expect((await db.jobChanges.get(change.id))?.settled).toBe('congratulated');
  });

  it('refuses an unknown job change as not found, writing nothing', async () => {
    const db = await withJane();
    await expect(settleJobChange(db, 'no-such-change', 'congratulated', contextAt(NOW))).rejects.toMatchObject({
      name: 'RapportError',
      code: 'not-found',
    });
    expect(await db.touchpoints.count()).toBe(0);
  });
});

describe('job changes go with their people', () => {
  it('deleting a contact deletes their job changes, and nobody else’s', async () => {
    const db = await withJane();
    await addPerson(db, { ...person('sam-lee', 'Sam Lee'), headline: 'Founder, Lyon' }, 'key', contextAt(ADDED));
    await visit(NEW);
    const sams = await recordVisitedProfile(db, { profileUrl: 'https://www.linkedin.com/in/sam-lee/', headline: 'Founder, Paris' }, contextAt(NOW));
    await deleteContact(db, 'in:jane-doe', contextAt(NOW));
    expect(await db.jobChanges.toArray()).toEqual([sams]);
  });

  it('deleting all data deletes every job change', async () => {
    const db = await withJane();
    await visit(NEW);
    await deleteAllData(db);
    expect(await db.jobChanges.count()).toBe(0);
  });
});

describe('the member id a visited profile shows (for the message composer)', () => {
  const MEMBER = 'ACoAAJaneDoe1234567';
  const visitWithId = (memberId: string, headline: string | null = null, at = NOW) =>
    recordVisitedProfile(getDb(), { profileUrl: JANE, headline, memberId }, contextAt(at));

  it('stores it with when it was seen, without recording a job change', async () => {
    const db = await withJane();
    expect(await visitWithId(MEMBER)).toBeNull();
    expect(await db.jobChanges.count()).toBe(0);
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ memberId: MEMBER, memberIdSeenAt: NOW, headline: OLD, updatedAt: NOW });
  });

  it('leaves the contact untouched when the page shows the id already stored, and takes a new one', async () => {
    const db = await withJane();
    await visitWithId(MEMBER);
    await visitWithId(MEMBER, null, LATER);
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ memberId: MEMBER, memberIdSeenAt: NOW, updatedAt: NOW });
    await visitWithId('ACoAAJaneDoeOther99', null, LATER);
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ memberId: 'ACoAAJaneDoeOther99', memberIdSeenAt: LATER });
  });

  it('ignores a malformed id and adds nobody for a stranger', async () => {
    const db = await withJane();
    expect(await visitWithId('jane-doe')).toBeNull();
    expect((await db.contacts.get('in:jane-doe'))?.memberId).toBeUndefined();
    await deleteContact(db, 'in:jane-doe', contextAt(NOW));
    await visitWithId(MEMBER);
    expect(await db.contacts.count()).toBe(0);
  });

  it('records a new headline and the id in one visit', async () => {
    const db = await withJane();
    const change = await visitWithId(MEMBER, NEW);
    expect(change?.headline).toEqual({ from: OLD, to: NEW });
    expect(await db.contacts.get('in:jane-doe')).toMatchObject({ memberId: MEMBER, headline: NEW });
  });
});
