import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint, updateTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { writeImportChunk } from '@/lib/db/repo/writes/linkedin-import';
import { refreshAllDerived } from '@/lib/db/repo/upkeep/derived';
import { summarizeTouchDays } from '@/lib/dashboard/touch-summary';
import { giveAskBalance } from '@/lib/contacts/balance';
import { toTimestamp } from '@/lib/time/instant';
import { contextAt } from '../../../../helpers/context';

/**
 * An honest 90% (issue 21, item 4): only your own touches you classified
 * count as give or ask. The other person's messages are kept, but they are
 * neither a touch of yours nor give or ask; imported touches have no focus.
 */

const NOW = '2026-11-27T09:00:00.000Z';
const ctx = contextAt(NOW);
const DAY = 86_400_000;
const daysAgo = (days: number) => toTimestamp(Date.parse(NOW) - days * DAY);
const ada = 'in:ada';

async function importAda(touchpoints: Parameters<typeof writeImportChunk>[1]['touchpoints']) {
  await writeImportChunk(getDb(), { contacts: [{ profileUrl: 'https://www.linkedin.com/in/ada/', name: 'Ada', createIfMissing: true }], touchpoints }, ctx);
}

async function summary() {
  const rows = await getDb().touchDays.toArray();
  return summarizeTouchDays(rows, [daysAgo(14)], ctx.timeZone);
}

describe('an honest 90%', () => {
  it('the other person’s message is kept, but is not your last touch and counts nowhere', async () => {
    await addPerson(getDb(), { profileUrl: 'https://www.linkedin.com/in/ada/', name: 'Ada' }, 'key', contextAt(daysAgo(60)));
    await logTouchpoint(getDb(), { contactId: ada }, { type: 'message', direction: 'outgoing', at: daysAgo(10) }, ctx);
    const { touchpoint: theirs } = await logTouchpoint(getDb(), { contactId: ada }, { type: 'message', direction: 'incoming', focus: 'give', at: daysAgo(2) }, ctx);
    expect(theirs).not.toHaveProperty('focus');
    const contact = (await getDb().contacts.get(ada))!;
    expect(contact.lastTouchAt).toBe(daysAgo(10));
    const { total, giveAsk, unclassified } = await summary();
    expect({ total, giveAsk, unclassified }).toEqual({ total: 1, giveAsk: { give: 1, ask: 0 }, unclassified: 0 });

    // Even an edit cannot make their message a give.
    await updateTouchpoint(getDb(), theirs.id, { focus: 'give' }, ctx);
    expect(await getDb().touchpoints.get(theirs.id)).not.toHaveProperty('focus');
    expect((await summary()).giveAsk).toEqual({ give: 1, ask: 0 });
  });

  it('imported touches are counted as touches but left out of the ratio until you classify one', async () => {
    await importAda([
      { id: 'li-msg-1', contactId: ada, type: 'message', direction: 'outgoing', at: daysAgo(5) },
      { id: 'li-msg-2', contactId: ada, type: 'message', direction: 'incoming', at: daysAgo(4) },
      { id: 'li-endorse-1', contactId: ada, type: 'endorsement', at: daysAgo(3) },
    ]);
    expect((await getDb().contacts.get(ada))!.lastTouchAt).toBe(daysAgo(3));
    expect(await summary()).toMatchObject({ total: 2, giveAsk: { give: 0, ask: 0 }, unclassified: 2 });

    await updateTouchpoint(getDb(), 'li-endorse-1', { focus: 'give' }, ctx);
    expect(await summary()).toMatchObject({ total: 2, giveAsk: { give: 1, ask: 0 }, unclassified: 1 });
  });

  it('recomputing every contact (after an update or an import) leaves the other person’s messages out of the last touch', async () => {
    await importAda([
      { id: 'li-msg-1', contactId: ada, type: 'message', direction: 'outgoing', at: daysAgo(30) },
      { id: 'li-msg-2', contactId: ada, type: 'message', direction: 'incoming', at: daysAgo(1) },
    ]);
    const db = getDb();
    await db.contacts.update(ada, { lastTouchAt: daysAgo(1) }); // as a stale value would be
    await db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => refreshAllDerived(db, ctx));
    expect((await db.contacts.get(ada))!.lastTouchAt).toBe(daysAgo(30));
    await db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => refreshAllDerived(db, ctx, new Set([ada])));
    expect((await db.contacts.get(ada))!.lastTouchAt).toBe(daysAgo(30));
  });

  it('a person’s balance looks at the touches you classified only', () => {
    const newestFirst = [{}, { focus: 'ask' as const }, {}, ...Array.from({ length: 9 }, () => ({ focus: 'give' as const }))];
    expect(giveAskBalance(newestFirst)).toEqual({ gives: 9, asks: 1, total: 10, withinRule: true });
    expect(giveAskBalance([{}, {}])).toEqual({ gives: 0, asks: 0, total: 0, withinRule: true });
  });
});
