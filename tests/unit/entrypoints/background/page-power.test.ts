import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { autoTouchpointId } from '@/lib/linkedin/post-identity';
import { deliver, senders } from '../../helpers/background';

/**
 * Content scripts get the least power (issue 20, item 4): a LinkedIn page's
 * script may say who, which post and what kind of touch; the background
 * decides the touchpoint's id, date, focus and source, and tells the page
 * only what its button and toasts show.
 */

const TAB = 7;
const page = senders.contentScript(TAB);
const jane = { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' };
const sam = { profileUrl: 'https://www.linkedin.com/in/sam-lee/', name: 'Sam Lee' };
const POST = { key: 'urn:li:activity:7000000000000000001', urn: 'urn:li:activity:7000000000000000001' };

async function addByHand(person: typeof jane) {
  expect(await deliver({ type: 'logTouchpoint', target: { person }, touchpoint: { type: 'message' } })).toMatchObject({ ok: true });
}

const snapshot = async () => JSON.stringify(await Promise.all([getDb().contacts.toArray(), getDb().touchpoints.toArray(), getDb().notes.toArray()]));

describe('what a content script may ask the background to write', () => {
  it.each([
    ['a touchpoint id', { id: 'chosen-by-the-page' }],
    ['a date', { at: '2020-01-01T00:00:00.000Z' }],
    ['a focus', { focus: 'ask' }],
    ['a note', { note: 'written by a page script' }],
    ['a source', { source: 'auto' }],
  ])('cannot choose %s for a touchpoint', async (_, field) => {
    await addByHand(jane);
    const before = await snapshot();
    const reply = await deliver({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'like', ...field } }, page);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Nor can it slip the field into the messages made for it.
    const slipped = await deliver({ type: 'logFromPage', person: jane, touchpointType: 'like', ...field }, page);
    expect(slipped).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await snapshot()).toBe(before);
  });

  it('cannot reach another person’s touchpoint by reusing its id', async () => {
    await addByHand(jane);
    await addByHand(sam);
    const [janes] = await getDb().touchpoints.where('contactId').equals('in:jane-doe').toArray();
    const before = await snapshot();
    const reply = await deliver({ type: 'logTouchpoint', target: { contactId: 'in:sam-lee' }, touchpoint: { type: 'like', id: janes!.id } }, page);
    expect(reply).toMatchObject({ ok: false });
    expect(JSON.stringify(reply)).not.toContain(janes!.id);
    // Not even from Rapport's own pages: an id names one person's touchpoint.
    const fromPages = await deliver({ type: 'logTouchpoint', target: { contactId: 'in:sam-lee' }, touchpoint: { type: 'like', id: janes!.id } });
    expect(fromPages).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await snapshot()).toBe(before);
  });

  it('logs with the person and the type only; the background sets the rest', async () => {
    const reply = await deliver({ type: 'logFromPage', person: jane, touchpointType: 'comment' }, page);
    expect(reply).toMatchObject({ ok: true });
    const [touchpoint] = await getDb().touchpoints.toArray();
    expect(touchpoint).toMatchObject({ contactId: 'in:jane-doe', type: 'comment', focus: 'give', source: 'manual' });
    expect(Date.now() - Date.parse(touchpoint!.at)).toBeLessThan(60_000);
    expect(touchpoint!.note).toBeUndefined();
  });

  it('captures a reaction with the author and the post only: the id is derived, once per post, type and day', async () => {
    await addByHand(jane);
    const capture = { type: 'captureEngagement', author: jane.profileUrl, post: POST, touchpointType: 'like' };
    const first = await deliver(capture, page);
    expect(first).toMatchObject({ ok: true, value: { touchpointId: autoTouchpointId(POST.key, 'like') } });
    expect(await deliver(capture, page)).toMatchObject({ ok: true, value: { touchpointId: null } });
    const auto = await getDb().touchpoints.get(autoTouchpointId(POST.key, 'like'));
    expect(auto).toMatchObject({
      contactId: 'in:jane-doe',
      type: 'like',
      focus: 'give',
      source: 'auto',
      postUrn: POST.urn,
      postUrl: `https://www.linkedin.com/feed/update/${POST.urn}/`,
    });
    expect(await getDb().touchpoints.count()).toBe(2);
  });

  it('cannot capture a reaction that is not a reaction, comment or repost', async () => {
    await addByHand(jane);
    const reply = await deliver({ type: 'captureEngagement', author: jane.profileUrl, post: POST, touchpointType: 'meeting' }, page);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await getDb().touchpoints.count()).toBe(1);
  });
});

describe('what a content script is told', () => {
  const PAGE_FIELDS = ['circle', 'dueAt', 'lastTouchAt', 'name', 'overdueAt', 'snoozedUntil'];

  it('learns where a person stands, not their id, tags or anything else stored about them', async () => {
    await addByHand(jane);
    await deliver({ type: 'updateContact', id: 'in:jane-doe', patch: { tags: ['investor'], kind: 'strategic', company: 'Acme' } });
    const reply = (await deliver({ type: 'getContactStatus', profileUrl: jane.profileUrl }, page)) as { ok: true; value: Record<string, unknown> };
    expect(reply).toMatchObject({ ok: true, value: { name: 'Jane Doe', circle: 'wider' } });
    for (const key of Object.keys(reply.value)) expect(PAGE_FIELDS).toContain(key);
    expect(JSON.stringify(reply)).not.toMatch(/investor|strategic|Acme|in:jane-doe/);
  });

  it('learns from its log who it was with and the Undo id, nothing more', async () => {
    await addByHand(jane);
    await deliver({ type: 'updateContact', id: 'in:jane-doe', patch: { tags: ['investor'] } });
    const reply = (await deliver({ type: 'logFromPage', person: jane, touchpointType: 'like' }, page)) as { ok: true; value: { contact: Record<string, unknown>; touchpointId: string } };
    expect(Object.keys(reply.value).sort()).toEqual(['contact', 'touchpointId']);
    for (const key of Object.keys(reply.value.contact)) expect(PAGE_FIELDS).toContain(key);
    expect(JSON.stringify(reply)).not.toMatch(/investor|in:jane-doe/);
  });
});
