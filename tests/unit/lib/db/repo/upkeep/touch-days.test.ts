import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { getDb } from '@/lib/db/db';
import { addPerson, deleteContact, snoozeContact, updateContact } from '@/lib/db/repo/writes/contacts';
import { deleteTouchpoint, logTouchpoint, updateTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { writeImportChunk } from '@/lib/db/repo/writes/linkedin-import';
import { deleteAllData, exportBackup, importBackup } from '@/lib/db/repo/writes/backup';
import { recordVisitedProfile, settleJobChange } from '@/lib/db/repo/writes/job-changes';
import { snoozeAllDue } from '@/lib/db/repo/writes/contacts';
import { refreshAllDerived } from '@/lib/db/repo/upkeep/derived';
import { recountTouchDays } from '@/lib/db/repo/upkeep/touch-days';
import { countAllTouches, countedSince } from '@/lib/model/touch-day';
import type { Circle, TouchpointType } from '@/lib/model/schema';
import type { TouchDay } from '@/lib/model/touch-day-schema';
import { localTimeZone, toTimestamp } from '@/lib/time/instant';
import { contextAt } from '../../../../helpers/context';
import { recountTouchDaysIfNeeded } from '@/entrypoints/background/touch-days';
import { touchDaysTimeZoneItem } from '@/lib/storage/items';
import { fixture as v3 } from '../../../../../fixtures/db/v3';

/**
 * The dashboard reads touch counts per day and circle that every write keeps
 * up to date. Whatever the writes, the counts must equal a full count of the
 * touchpoints, each attributed to its person's circle now.
 */

const NOW = '2026-11-27T09:00:00.000Z';
const ctx = contextAt(NOW);
const DAY = 86_400_000;
const daysAgo = (days: number) => toTimestamp(Date.parse(NOW) - days * DAY);
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

const byId = (a: TouchDay, b: TouchDay) => (a.id < b.id ? -1 : 1);

/** The counts as kept, and as a full count from scratch. */
async function expectCountsToMatchAFullCount() {
  const db = getDb();
  const [kept, touches, contacts] = await Promise.all([db.touchDays.toArray(), db.touchpoints.toArray(), db.contacts.toArray()]);
  const circles = new Map(contacts.map((contact) => [contact.id, contact.circle]));
  const counted = touches.filter((touch) => touch.at >= countedSince(NOW));
  expect(kept.sort(byId)).toEqual(countAllTouches(counted, (id) => circles.get(id), ctx.timeZone).sort(byId));
}

const add = (slug: string, circle: Circle, at = daysAgo(300)) => addPerson(getDb(), { profileUrl: url(slug), name: slug, headline: `${slug} at Acme` }, circle, contextAt(at));
const log = (slug: string, type: TouchpointType, at: string, focus?: 'give' | 'ask') =>
  logTouchpoint(getDb(), { contactId: `in:${slug}` }, { type, at, ...(focus ? { focus } : {}) }, ctx);

describe('touch counts per day and circle', () => {
  it('follow logging, editing and deleting touchpoints, in and out of the counted weeks', async () => {
    await add('jane', 'inner');
    await add('ali', 'key');
    const { touchpoint: like } = await log('jane', 'like', daysAgo(1));
    await log('jane', 'ask', daysAgo(3));
    await log('ali', 'message', daysAgo(400)); // too old to be counted
    await expectCountsToMatchAFullCount();
    expect((await getDb().touchDays.toArray()).length).toBe(2);

    await updateTouchpoint(getDb(), like.id, { type: 'meeting', focus: 'ask' }, ctx);
    await expectCountsToMatchAFullCount();
    await updateTouchpoint(getDb(), like.id, { at: daysAgo(500) }, ctx); // moved out of the counted weeks
    await expectCountsToMatchAFullCount();
    await updateTouchpoint(getDb(), like.id, { at: daysAgo(10) }, ctx); // and back in
    await expectCountsToMatchAFullCount();
    await deleteTouchpoint(getDb(), like.id, ctx);
    await expectCountsToMatchAFullCount();
  });

  it('move with a person to another circle, and go with them when they are deleted', async () => {
    await add('jane', 'inner');
    await add('ali', 'key');
    await log('jane', 'comment', daysAgo(2));
    await log('jane', 'message', daysAgo(20));
    await log('ali', 'share', daysAgo(2));
    await updateContact(getDb(), 'in:jane', { circle: 'wider' }, ctx);
    await expectCountsToMatchAFullCount();
    expect((await getDb().touchDays.toArray()).map((row) => row.circle).sort()).toEqual(['key', 'wider', 'wider']);
    await deleteContact(getDb(), 'in:jane', ctx);
    await expectCountsToMatchAFullCount();
    expect((await getDb().touchDays.toArray()).map((row) => row.circle)).toEqual(['key']);
  });

  it('move with a new connection who graduates after the 24-7-30 follow-up', async () => {
    await add('sam', 'new', daysAgo(40));
    await log('sam', 'message', daysAgo(40));
    await log('sam', 'message', daysAgo(33));
    await log('sam', 'meeting', daysAgo(12));
    const sam = await getDb().contacts.get('in:sam');
    expect(sam?.circle).not.toBe('new');
    await expectCountsToMatchAFullCount();
  });

  it('follow imports of LinkedIn’s export, backups, congratulations, snoozes and cadence recomputes', async () => {
    const db = getDb();
    await add('jane', 'inner');
    await log('jane', 'like', daysAgo(5));
    await writeImportChunk(
      db,
      {
        contacts: [
          { profileUrl: url('kofi'), name: 'Kofi', createIfMissing: true },
          { profileUrl: url('jane'), name: 'jane', createIfMissing: true },
        ],
        touchpoints: [
          { id: 'imp-1', contactId: 'in:kofi', type: 'message', at: daysAgo(7) },
          { id: 'imp-2', contactId: 'in:jane', type: 'message', at: daysAgo(8) },
          { id: 'imp-3', contactId: 'in:kofi', type: 'message', at: daysAgo(900) },
        ],
      },
      ctx,
    );
    await expectCountsToMatchAFullCount();

    const backup = await exportBackup(db, NOW);
    // The backup moves Jane to the key circle, turns a like into an ask and adds a touch for Kofi.
    backup.contacts = backup.contacts.map((contact) => (contact.id === 'in:jane' ? { ...contact, circle: 'key', updatedAt: daysAgo(-1) } : contact));
    backup.touchpoints = [
      ...backup.touchpoints.map((touch) => (touch.type === 'like' ? { ...touch, type: 'ask' as const, focus: 'ask' as const } : touch)),
      { id: 'bk-1', contactId: 'in:kofi', type: 'call', focus: 'give', at: daysAgo(4), source: 'manual' },
    ];
    await importBackup(db, backup, ctx);
    await expectCountsToMatchAFullCount();
    expect((await db.touchDays.toArray()).some((row) => row.circle === 'inner')).toBe(false);

    // A backup that gives a stored touchpoint to someone else: the former owner's last touch follows.
    const moved = { ...(await db.touchpoints.get('bk-1'))!, contactId: 'in:jane' }; // Kofi's latest touch
    await importBackup(db, { ...(await exportBackup(db, NOW)), contacts: [], touchpoints: [moved], notes: [] }, ctx);
    expect((await db.contacts.get('in:kofi'))?.lastTouchAt).toBe(daysAgo(7));
    await expectCountsToMatchAFullCount();

    await recordVisitedProfile(db, { profileUrl: url('jane'), headline: 'CTO at Globex' }, ctx);
    const [change] = await db.jobChanges.toArray();
    await settleJobChange(db, change!.id, 'congratulated', ctx);
    await snoozeContact(db, 'in:jane', daysAgo(-3), ctx);
    await snoozeAllDue(db, daysAgo(-1), ctx);
    await db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => refreshAllDerived(db, ctx));
    await expectCountsToMatchAFullCount();

    await deleteAllData(db);
    expect(await db.touchDays.count()).toBe(0);
  });

  it('survive a long random sequence of writes', async () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1664525 + 1013904223) >>> 0) % n);
    const slugs = ['ann', 'bob', 'cat', 'dev', 'eve', 'fay'];
    const circles: Circle[] = ['inner', 'key', 'wider', 'new', 'untracked'];
    const types: TouchpointType[] = ['like', 'comment', 'share', 'message', 'meeting', 'intro', 'ask'];
    for (const slug of slugs) await add(slug, circles[random(circles.length)]!, daysAgo(random(400)));
    const db = getDb();
    for (let step = 0; step < 150; step++) {
      const slug = slugs[random(slugs.length)]!;
      const existing = await db.touchpoints.toArray();
      const pick = existing[random(Math.max(existing.length, 1))];
      switch (random(5)) {
        case 0:
        case 1:
          if (await db.contacts.get(`in:${slug}`)) await log(slug, types[random(types.length)]!, daysAgo(random(250)), random(4) === 0 ? 'ask' : 'give');
          break;
        case 2:
          if (pick) await updateTouchpoint(db, pick.id, { type: types[random(types.length)]!, at: daysAgo(random(250)) }, ctx);
          break;
        case 3:
          if (pick) await deleteTouchpoint(db, pick.id, ctx);
          break;
        case 4:
          if (await db.contacts.get(`in:${slug}`)) await updateContact(db, `in:${slug}`, { circle: circles[random(circles.length)]! }, ctx);
          break;
      }
    }
    expect(await db.touchpoints.count()).toBeGreaterThan(20);
    await expectCountsToMatchAFullCount();
  });

  it('can be recounted from scratch', async () => {
    await add('jane', 'inner');
    await log('jane', 'like', daysAgo(1));
    await getDb().touchDays.clear();
    await recountTouchDays(getDb(), ctx);
    await expectCountsToMatchAFullCount();
  });
});

describe('counting after the update that adds the counts', () => {
  it('counts the touches a database written by v3 holds, in the background after the update', async () => {
    // A v3 database (no counts) with a touch of this week, opened by the current schema.
    const name = `touch-days-upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(v3.version).stores(v3.stores);
    await old.open();
    const recent = toTimestamp(Date.now() - 3 * DAY);
    await old.table('contacts').bulkAdd(v3.rows.contacts!);
    await old.table('touchpoints').bulkAdd([...v3.rows.touchpoints!, { id: 'recent', contactId: 'in:ada-example', type: 'meeting', focus: 'give', at: recent, source: 'manual' }]);
    old.close();
    const upgraded = new AppDB(name);
    expect(await upgraded.touchDays.count()).toBe(0);
    upgraded.close();
    await Dexie.delete(name);

    // The same situation in the extension's own database: touchpoints written before the counts existed.
    const db = getDb();
    await add('jane', 'inner');
    await db.touchpoints.bulkAdd([
      { id: 'before-1', contactId: 'in:jane', type: 'meeting', focus: 'give', at: recent, source: 'manual' },
      { id: 'before-2', contactId: 'in:jane', type: 'like', focus: 'give', at: toTimestamp(Date.now() - DAY), source: 'auto' },
    ]);
    await recountTouchDaysIfNeeded({ always: true });
    const rows = await db.touchDays.toArray();
    const touches = await db.touchpoints.toArray();
    expect(rows.sort(byId)).toEqual(countAllTouches(touches, () => 'inner', localTimeZone()).sort(byId));
    expect(rows.reduce((sum, row) => sum + row.give, 0)).toBe(2);
  });
});

describe('counting again when the time zone changes', () => {
  const db = () => getDb();
  const seedUncounted = async () => {
    await add('jane', 'inner');
    await db().touchpoints.add({ id: 'late', contactId: 'in:jane', type: 'message', at: toTimestamp(Date.now() - DAY), source: 'manual' });
  };

  it('does nothing when the counts were made in this time zone', async () => {
    await seedUncounted();
    await touchDaysTimeZoneItem.setValue(localTimeZone());
    await recountTouchDaysIfNeeded();
    expect(await db().touchDays.count()).toBe(0);
  });

  it('counts again, remembering the zone, when they were made in another one', async () => {
    await seedUncounted();
    await touchDaysTimeZoneItem.setValue('Pacific/Kiritimati');
    await recountTouchDaysIfNeeded();
    expect(await db().touchDays.count()).toBe(1);
    expect(await touchDaysTimeZoneItem.getValue()).toBe(localTimeZone());
  });

  it('never keeps a negative count when a removal aims at a day other than the one counted', async () => {
    await add('jane', 'inner');
    // 13:00 on the 25th in Paris, where it is counted; already 02:00 on the 26th at UTC+14, where it is removed.
    const { touchpoint } = await log('jane', 'message', '2026-11-25T12:00:00.000Z');
    await deleteTouchpoint(db(), touchpoint.id, contextAt(NOW, { timeZone: 'Pacific/Kiritimati' }));
    const rows = await db().touchDays.toArray();
    expect(rows.map((row) => [row.day, row.give])).toEqual([['2026-11-25', 1]]);
  });
});
