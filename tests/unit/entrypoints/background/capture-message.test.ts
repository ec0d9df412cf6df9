import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { settingsItem, readSettings } from '@/lib/storage/items';
import { deliver, senders } from '../../helpers/background';

/**
 * A message the user sent on LinkedIn (issue 16, item 1): the background logs
 * an automatic, outgoing `message` with a person already in Rapport, once per
 * person and day, only as far as the settings allow; the page says who and
 * whether it was a group, nothing more (never any text).
 */

const page = senders.contentScript(3);
const jane = { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' };

async function addByHand() {
  expect(await deliver({ type: 'logTouchpoint', target: { person: jane }, touchpoint: { type: 'call' } })).toMatchObject({ ok: true });
}
const messages = async () => (await getDb().touchpoints.toArray()).filter((t) => t.type === 'message');
const setCapture = async (messageCapture: 'one-to-one' | 'also-groups' | 'off') => settingsItem.setValue({ ...(await readSettings()), messageCapture });

describe('captureMessage', () => {
  it('logs one outgoing automatic message per person and day, with an Undo id', async () => {
    await addByHand();
    const first = await deliver({ type: 'captureMessage', person: jane.profileUrl, conversation: 'one-to-one' }, page);
    expect(first).toMatchObject({ ok: true, value: { contact: { name: 'Jane Doe' }, touchpointId: expect.stringMatching(/^auto:/) } });
    expect(await deliver({ type: 'captureMessage', person: jane.profileUrl, conversation: 'one-to-one' }, page)).toMatchObject({ ok: true, value: { touchpointId: null } });
    const logged = await messages();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ contactId: 'in:jane-doe', source: 'auto', direction: 'outgoing', focus: 'give' });
    expect(logged[0]!.note).toBeUndefined();
    // Undo from the same tab removes it.
    expect(await deliver({ type: 'undoTouchpoint', id: logged[0]!.id }, page)).toMatchObject({ ok: true });
    expect(await messages()).toEqual([]);
  });

  it('never adds a stranger', async () => {
    const reply = await deliver({ type: 'captureMessage', person: 'https://www.linkedin.com/in/stranger-1/', conversation: 'one-to-one' }, page);
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('logs a group message only when the setting allows it, and nothing when capture is off', async () => {
    await addByHand();
    expect(await deliver({ type: 'captureMessage', person: jane.profileUrl, conversation: 'group' }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await messages()).toEqual([]);
    await setCapture('also-groups');
    expect(await deliver({ type: 'captureMessage', person: jane.profileUrl, conversation: 'group' }, page)).toMatchObject({ ok: true });
    expect(await messages()).toHaveLength(1);
    await getDb().touchpoints.clear();
    await setCapture('off');
    expect(await deliver({ type: 'captureMessage', person: jane.profileUrl, conversation: 'one-to-one' }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await messages()).toEqual([]);
  });

  it('takes no text, date or id from the page', async () => {
    await addByHand();
    for (const extra of [{ text: 'Hello' }, { at: '2020-01-01T00:00:00.000Z' }, { id: 'chosen' }]) {
      expect(await deliver({ type: 'captureMessage', person: jane.profileUrl, conversation: 'one-to-one', ...extra }, page)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(await messages()).toEqual([]);
  });
});
