import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB, SCHEMA_VERSIONS } from '@/lib/db/app-db';
import { ContactSchema, JobChangeSchema, NoteSchema, TouchpointSchema } from '@/lib/model/schema';
import { TouchDaySchema } from '@/lib/model/touch-day-schema';
import type { DbFixture } from '../../../fixtures/db/types';

const fixtures = import.meta.glob<{ fixture: DbFixture }>('../../../fixtures/db/v*.ts', { eager: true });
const fixtureFor = (version: number) => fixtures[`../../../fixtures/db/v${version}.ts`]?.fixture;

const rowSchemas: Record<string, { safeParse(value: unknown): { success: boolean; error?: unknown } }> = {
  contacts: ContactSchema,
  touchpoints: TouchpointSchema,
  notes: NoteSchema,
  jobChanges: JobChangeSchema,
  touchDays: TouchDaySchema,
};

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
    const expected = fixture.expected ?? fixture.rows;
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
});
