import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, resetTriageSkips, updateContact } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint, updateTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import {
  countSkippedUnclassified,
  listAsks,
  listGives,
  listLongestUntouched,
  listOpenJobChangesWithContacts,
  listUnclassified,
  readBlend,
  readTouchSummary,
} from '@/lib/db/repo/reads/dashboard';
import { recordVisitedProfile, settleJobChange } from '@/lib/db/repo/writes/job-changes';
import { weekStarts } from '@/lib/time/zoned';
import { WEEKS_SHOWN } from '@/lib/model/touch-day';
import { summarizeAsks } from '@/lib/dashboard/asks';
import type { Circle, ContactKind } from '@/lib/model/schema';
import { contextAt } from '../../../../helpers/context';

const NOW = '2026-11-27T09:00:00.000Z';
const ctx = contextAt(NOW);
const profileUrl = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

async function add(slug: string, circle: Circle, { kind, headline, company, tags }: { kind?: ContactKind; headline?: string; company?: string; tags?: string[] } = {}) {
  const db = getDb();
  const contact = await addPerson(db, { profileUrl: profileUrl(slug), name: slug, ...(headline ? { headline } : {}), ...(company ? { company } : {}) }, circle, contextAt('2026-01-01T09:00:00.000Z'));
  if (kind || tags) await updateContact(db, contact.id, { ...(kind ? { kind } : {}), ...(tags ? { tags } : {}) }, ctx);
  return contact.id;
}

const log = (contactId: string, type: Parameters<typeof logTouchpoint>[2]['type'], at: string, extra: { focus?: 'give' | 'ask'; note?: string } = {}) =>
  logTouchpoint(getDb(), { contactId }, { type, at, ...extra }, ctx);

describe('the blend of the network', () => {
  it('counts each tracked circle by kind from the indexes, untracked people left out', async () => {
    await add('ada', 'inner', { kind: 'strategic' });
    await add('bea', 'inner', { kind: 'both' });
    await add('cem', 'inner');
    await add('dan', 'key', { kind: 'relational' });
    await add('eli', 'key', { kind: 'relational' });
    await add('old', 'untracked', { kind: 'strategic' });
    const rows = await readBlend(getDb());
    expect(rows.map((row) => row.circle)).toEqual(['inner', 'key', 'wider', 'new']);
    expect(rows[0]).toEqual({ circle: 'inner', total: 3, strategic: 1, relational: 0, both: 1, unclassified: 1 });
    expect(rows[1]).toEqual({ circle: 'key', total: 2, strategic: 0, relational: 2, both: 0, unclassified: 0 });
    expect(rows[2]).toEqual({ circle: 'wider', total: 0, strategic: 0, relational: 0, both: 0, unclassified: 0 });
  });

  it('follows a kind being removed', async () => {
    const id = await add('ada', 'wider', { kind: 'strategic' });
    await updateContact(getDb(), id, { kind: null }, ctx);
    expect((await readBlend(getDb()))[2]).toMatchObject({ total: 1, strategic: 0, unclassified: 1 });
  });

  it('lists people to classify, closest circles first, leaving out the skipped and the untracked', async () => {
    await add('wid', 'wider');
    await add('inn', 'inner');
    await add('kin', 'inner', { kind: 'both' });
    await add('new', 'new');
    await add('unt', 'untracked');
    const ids = async (limit = 10) => (await listUnclassified(getDb(), limit)).map((c) => c.id);
    expect(await ids()).toEqual(['in:inn', 'in:wid', 'in:new']);
    expect(await ids(2)).toEqual(['in:inn', 'in:wid']);
    expect(await countSkippedUnclassified(getDb())).toBe(0);

    await updateContact(getDb(), 'in:inn', { triageSkipped: true }, ctx);
    expect(await ids()).toEqual(['in:wid', 'in:new']);
    expect(await getDb().contacts.get('in:inn')).toMatchObject({ triageSkippedAt: NOW, updatedAt: NOW });
    expect(await countSkippedUnclassified(getDb())).toBe(1);
  });

  it('puts everyone skipped back in the triage at once', async () => {
    await add('inn', 'inner');
    await add('wid', 'wider');
    await add('kin', 'key', { kind: 'both' });
    await updateContact(getDb(), 'in:inn', { triageSkipped: true }, ctx);
    await updateContact(getDb(), 'in:wid', { triageSkipped: true }, ctx);
    expect(await listUnclassified(getDb(), 10)).toEqual([]);
    expect(await resetTriageSkips(getDb(), contextAt('2026-11-28T09:00:00.000Z'))).toBe(2);
    expect((await listUnclassified(getDb(), 10)).map((c) => c.id)).toEqual(['in:inn', 'in:wid']);
    expect((await getDb().contacts.get('in:inn'))?.updatedAt).toBe('2026-11-28T09:00:00.000Z');
    expect((await getDb().contacts.get('in:kin'))?.updatedAt).toBe(NOW);
  });
});

describe('the touch summary', () => {
  it('reads only the weeks shown and attributes touches to each person’s circle now', async () => {
    const jane = await add('jane', 'inner');
    const ali = await add('ali', 'wider');
    await log(jane, 'like', '2026-11-24T09:00:00.000Z');
    await log(jane, 'ask', '2026-11-25T09:00:00.000Z');
    await log(ali, 'message', '2026-10-01T09:00:00.000Z');
    await log(ali, 'message', '2025-01-01T09:00:00.000Z'); // long before the 26 weeks
    const summary = await readTouchSummary(getDb(), weekStarts(Date.parse(NOW), 'Europe/Paris', WEEKS_SHOWN), 'Europe/Paris');
    expect(summary.total).toBe(3);
    expect(summary.weeks.at(-1)?.count).toBe(2);
    expect(summary.giveAskByCircle.inner).toEqual({ give: 1, ask: 1 });
    expect(summary.giveAskByCircle.wider).toEqual({ give: 1, ask: 0 });
    expect(summary.visibility).toEqual({ public: 1, private: 1, other: 1 });
  });
});

describe('who has gone longest without a touch', () => {
  it('lists tracked people by how long they have gone without a touch: since their last touch, or since joining their circle if never touched', async () => {
    const recent = await add('recent', 'inner');
    const old = await add('old', 'key');
    const untracked = await add('untracked', 'untracked');
    const neverWider = await add('never-wider', 'wider');
    const neverInner = await add('never-inner', 'inner');
    await add('never-untracked', 'untracked');
    await log(recent, 'message', '2026-11-20T09:00:00.000Z');
    await log(old, 'message', '2026-06-20T09:00:00.000Z');
    await log(untracked, 'message', '2020-01-01T09:00:00.000Z');
    expect((await listLongestUntouched(getDb(), 10)).map((c) => c.id)).toEqual([neverInner, neverWider, old, recent]);
    expect((await listLongestUntouched(getDb(), 3)).map((c) => c.id)).toEqual([neverInner, neverWider, old]);
    expect((await listLongestUntouched(getDb(), 1)).map((c) => c.id)).toEqual([neverInner]);
  });
});

describe('asks and gives', () => {
  it('lists asks newest first with their people, outcome and thanks', async () => {
    const jane = await add('jane', 'inner');
    const ali = await add('ali', 'key');
    const first = await log(jane, 'ask', '2026-10-01T09:00:00.000Z', { note: 'Intro to Acme' });
    await log(ali, 'ask', '2026-11-01T09:00:00.000Z');
    await log(ali, 'message', '2026-11-02T09:00:00.000Z', { focus: 'ask' });
    await updateTouchpoint(getDb(), first.touchpoint.id, { outcome: 'helped', thanked: true }, ctx);
    const asks = await listAsks(getDb());
    expect(asks.map(({ touchpoint, contact }) => [contact.id, touchpoint.at])).toEqual([
      [ali, '2026-11-01T09:00:00.000Z'],
      [jane, '2026-10-01T09:00:00.000Z'],
    ]);
    expect(asks[1]?.touchpoint).toMatchObject({ note: 'Intro to Acme', outcome: 'helped', thanked: true });
  });

  it('sums up what came of asks: pending when no outcome, thanks counted among those who helped', () => {
    const outcomes = summarizeAsks([{ outcome: 'helped', thanked: true }, { outcome: 'helped' }, { outcome: 'declined', thanked: true }, {}]);
    expect(outcomes).toEqual({ total: 4, pending: 1, helped: 2, declined: 1, thanked: 1 });
  });

  it('drops an ask’s outcome and thanks when it is changed to another type', async () => {
    const jane = await add('jane', 'inner');
    const { touchpoint } = await log(jane, 'ask', '2026-10-01T09:00:00.000Z');
    await updateTouchpoint(getDb(), touchpoint.id, { outcome: 'declined', thanked: false }, ctx);
    const changed = await updateTouchpoint(getDb(), touchpoint.id, { type: 'message' }, ctx);
    expect(changed).not.toHaveProperty('outcome');
    expect(changed).not.toHaveProperty('thanked');
  });

  it('lists gives beyond staying in touch — intros, congratulations, other — newest first, asks of those types left out', async () => {
    const jane = await add('jane', 'inner');
    await log(jane, 'intro', '2026-10-01T09:00:00.000Z');
    await log(jane, 'congrats', '2026-11-01T09:00:00.000Z');
    await log(jane, 'other', '2026-09-01T09:00:00.000Z', { focus: 'ask' });
    await log(jane, 'like', '2026-11-05T09:00:00.000Z');
    expect((await listGives(getDb())).map(({ touchpoint }) => touchpoint.type)).toEqual(['congrats', 'intro']);
  });
});

describe('open job changes', () => {
  it('lists changes waiting for the user, latest first, without settled ones', async () => {
    await add('ada', 'inner', { headline: 'Engineer' });
    await add('bea', 'key', { headline: 'Designer' });
    const db = getDb();
    const first = await recordVisitedProfile(db, { profileUrl: profileUrl('ada'), headline: 'CTO' }, contextAt('2026-11-20T09:00:00.000Z'));
    await recordVisitedProfile(db, { profileUrl: profileUrl('bea'), headline: 'Head of Design' }, contextAt('2026-11-21T09:00:00.000Z'));
    expect((await listOpenJobChangesWithContacts(db)).map(({ contact, change }) => [contact.id, change.headline?.to])).toEqual([
      ['in:bea', 'Head of Design'],
      ['in:ada', 'CTO'],
    ]);
    await settleJobChange(db, first!.id, 'dismissed', ctx);
    expect((await listOpenJobChangesWithContacts(db)).map(({ contact }) => contact.id)).toEqual(['in:bea']);
  });
});
