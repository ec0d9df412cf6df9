import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB, SCHEMA_VERSIONS } from '@/lib/db/app-db';
import { ContactSchema, JobChangeSchema, NoteSchema, TouchpointSchema } from '@/lib/model/schema';
import { TouchDaySchema } from '@/lib/model/touch-day-schema';
import { OpenLoopSchema } from '@/lib/model/open-loop';
import { KeyDateSchema } from '@/lib/model/key-date';
import { IntroductionSchema } from '@/lib/model/introduction';
import { NeedSchema } from '@/lib/model/need';
import { nameKeyFor } from '@/lib/people/name-key';
import type { DbFixture } from '../../../fixtures/db/types';

const fixtures = import.meta.glob<{ fixture: DbFixture }>('../../../fixtures/db/v*.ts', { eager: true });
const fixtureFor = (version: number) => fixtures[`../../../fixtures/db/v${version}.ts`]?.fixture;

const rowSchemas: Record<string, { safeParse(value: unknown): { success: boolean; error?: unknown } }> = {
  contacts: ContactSchema,
  touchpoints: TouchpointSchema,
  notes: NoteSchema,
  jobChanges: JobChangeSchema,
  touchDays: TouchDaySchema,
  loops: OpenLoopSchema,
  keyDates: KeyDateSchema,
  introductions: IntroductionSchema,
  needs: NeedSchema,
};

/** Version 13 gives every contact stored before it the People page's sort key, computed from the name and id. */
function withNameKeys(rows: DbFixture['rows'], version: number): DbFixture['rows'] {
  if (version >= 13 || !rows.contacts) return rows;
  return { ...rows, contacts: rows.contacts.map((contact) => ({ ...contact, nameKey: nameKeyFor(contact as { name: string; id: string }) })) };
}

describe('schema migrations', () => {
  it.each(SCHEMA_VERSIONS.map((v) => [v.version]))('version %i has a fixture database', (version) => {
    expect(fixtureFor(version), `tests/fixtures/db/v${version}.ts is missing`).toBeDefined();
  });

  it.each(SCHEMA_VERSIONS.map((v) => [v.version, v.stores] as const))('the v%i fixture declares that version’s stores exactly', (version, stores) => {
    expect(fixtureFor(version)?.stores).toEqual(stores);
  });

  it.each(SCHEMA_VERSIONS.map((v) => [v.version]))('a database written by v%i opens with the current schema, every row kept and valid', async (version) => {
    const fixture = fixtureFor(version)!;
    const name = `migration-v${version}-${crypto.randomUUID()}`;
    // Write the fixture with the old version's schema only.
    const old = new Dexie(name);
    old.version(fixture.version).stores(fixture.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
    old.close();

    // A fresh instance: under fake-indexeddb an upgrader may not run on a reused one (dexie/Dexie.js#1134).
    const current = new AppDB(name);
    await current.open();
    const expected = withNameKeys(fixture.expected ?? fixture.rows, version);
    for (const [table, rows] of Object.entries(expected)) {
      const stored = await current.table(table).toArray();
      expect(stored, `${table} after migrating from v${version}`).toEqual(rows);
      // Sync's own tables (outbox, syncMeta, syncState) hold no domain rows: compared above, not parsed.
      if (!rowSchemas[table]) continue;
      for (const row of stored) {
        const result = rowSchemas[table].safeParse(row);
        expect(result.success, `${table} row ${JSON.stringify(row)} is valid: ${String(result.error)}`).toBe(true);
      }
    }
    current.close();
    await Dexie.delete(name);
  });

  it('v8 gives people in a circle the month-day of their connection, so anniversaries are an index read', async () => {
    const name = `migration-connected-${crypto.randomUUID()}`;
    const v6 = fixtureFor(6)!;
    const old = new Dexie(name);
    old.version(6).stores(v6.stores);
    await old.open();
    const base = v6.rows.contacts![0]!;
    await old.table('contacts').bulkAdd([
      { ...base, id: 'in:ada-example', connectedAt: '2019-03-31T00:00:00.000Z' },
      { ...base, id: 'in:zoe-test', profileUrl: 'https://www.linkedin.com/in/zoe-test/', circle: 'untracked', connectedAt: '2020-07-01T00:00:00.000Z' },
    ]);
    old.close();
    const current = new AppDB(name);
    await current.open();
    expect((await current.contacts.get('in:ada-example'))?.connectedMonthDay).toBe('03-31');
    expect((await current.contacts.get('in:zoe-test'))?.connectedMonthDay).toBeUndefined();
    expect(await current.contacts.where('connectedMonthDay').equals('03-31').primaryKeys()).toEqual(['in:ada-example']);
    current.close();
    await Dexie.delete(name);
  });

  it('v12 adds needs, and the asks and conversations tied to one are an index read', async () => {
    const name = `migration-needs-${crypto.randomUUID()}`;
    const v10 = fixtureFor(10)!;
    const old = new Dexie(name);
    old.version(10).stores(v10.stores);
    await old.open();
    for (const [table, rows] of Object.entries(v10.rows)) await old.table(table).bulkAdd(rows);
    old.close();
    const current = new AppDB(name);
    await current.open();
    expect(await current.needs.count()).toBe(0);
    await current.needs.add({ id: 'need-1', text: 'Hire a data lead', status: 'open', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' });
    await current.touchpoints.update('4a0f3a1e-5b1d-4f0e-8a22-2f6a1c9d7e02', { needId: 'need-1' });
    expect(await current.touchpoints.where('needId').equals('need-1').primaryKeys()).toEqual(['4a0f3a1e-5b1d-4f0e-8a22-2f6a1c9d7e02']);
    expect(await current.needs.where('status').equals('open').primaryKeys()).toEqual(['need-1']);
    current.close();
    await Dexie.delete(name);
  });

  it('v13 orders everyone by name on the nameKey index (numbers by value, accents folded, the same name by id)', async () => {
    const name = `migration-name-key-${crypto.randomUUID()}`;
    const v10 = fixtureFor(10)!;
    const old = new Dexie(name);
    old.version(10).stores(v10.stores);
    await old.open();
    const base = v10.rows.contacts![0]!;
    const person = (slug: string, fullName: string) => ({ ...base, id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: fullName });
    await old.table('contacts').bulkAdd([person('t10', 'Team 10'), person('ez', 'Émile Zola'), person('t2', 'team 2'), person('anna-b', 'Anna'), person('anna-a', 'Anna'), person('ann', 'Ann')]);
    old.close();
    const current = new AppDB(name);
    await current.open();
    const ordered = await current.contacts.orderBy('nameKey').toArray();
    expect(ordered.map((contact) => `${contact.name} ${contact.id}`)).toEqual(['Ann in:ann', 'Anna in:anna-a', 'Anna in:anna-b', 'Émile Zola in:ez', 'team 2 in:t2', 'Team 10 in:t10']);
    // Writes keep it: a renamed person moves to their new place.
    await current.contacts.update('in:ann', { name: 'Zed' });
    expect((await current.contacts.orderBy('nameKey').last())?.id).toBe('in:ann');
    current.close();
    await Dexie.delete(name);
  });

  it('v14 indexes the words of every stored note, by whose note it is, and keeps them as notes change', async () => {
    const name = `migration-note-words-${crypto.randomUUID()}`;
    const v13 = fixtureFor(13)!;
    const old = new Dexie(name);
    old.version(13).stores(v13.stores);
    await old.open();
    for (const [table, rows] of Object.entries(v13.rows)) await old.table(table).bulkAdd(rows);
    await old.table('notes').add({ id: 'n-2', contactId: 'in:kofi-sample', body: 'Climbing partner; knows Zoë', createdAt: '2026-01-07T10:00:00.000Z', updatedAt: '2026-01-07T10:00:00.000Z' });
    old.close();
    const current = new AppDB(name);
    await current.open();
    expect(await current.noteWords.where('words').startsWith('climb').primaryKeys()).toEqual([
      ['in:ada-example', '9c1d5e7f-1111-4a2b-8c3d-4e5f6a7b8c9d'],
      ['in:kofi-sample', 'n-2'],
    ]);
    expect(await current.noteWords.where('words').equals('zoe').primaryKeys()).toEqual([['in:kofi-sample', 'n-2']]);
    await current.notes.delete('n-2');
    expect(await current.noteWords.where('words').startsWith('climb').primaryKeys()).toEqual([['in:ada-example', '9c1d5e7f-1111-4a2b-8c3d-4e5f6a7b8c9d']]);
    current.close();
    await Dexie.delete(name);
  });

  it('v11 finds a person’s introductions through the contactIds index and the dashboard’s lists through [kind+at]', async () => {
    const name = `migration-introductions-${crypto.randomUUID()}`;
    const v11 = fixtureFor(11)!;
    const old = new Dexie(name);
    old.version(11).stores(v11.stores);
    await old.open();
    for (const [table, rows] of Object.entries(v11.rows)) await old.table(table).bulkAdd(rows);
    old.close();
    const current = new AppDB(name);
    await current.open();
    expect(await current.introductions.where('contactIds').equals('in:kofi-sample').primaryKeys()).toEqual(['8e4fa021-4444-4d5e-9f60-7b8c9d0e1f20']);
    expect(await current.introductions.where('[kind+at]').between(['made', Dexie.minKey], ['made', Dexie.maxKey]).primaryKeys()).toEqual(['7d3e9f10-3333-4c4d-8e5f-6a7b8c9d0e1f']);
    current.close();
    await Dexie.delete(name);
  });
});
