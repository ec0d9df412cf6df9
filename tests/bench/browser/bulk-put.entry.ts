// Runs inside Chromium: the raw Dexie baseline for the LinkedIn import benchmark, and variants that show where IndexedDB spends the time.
import Dexie, { type Table } from 'dexie';
import { SCHEMA_VERSIONS } from '@/lib/db/app-db';
import type { Contact, Touchpoint } from '@/lib/model/schema';

let contacts: Contact[] = [];
let touchpoints: Touchpoint[] = [];

export function load(rows: { contacts: Contact[]; touchpoints: Touchpoint[] }) {
  contacts = rows.contacts;
  touchpoints = rows.touchpoints;
  return { contacts: contacts.length, touchpoints: touchpoints.length };
}

/** A fresh raw Dexie database with Rapport's current stores (the same indexes as the extension's). */
async function fresh(name: string, options?: { chromeTransactionDurability: 'strict' | 'relaxed' | 'default' }) {
  await Dexie.delete(name);
  const db = new Dexie(name, options) as Dexie & { contacts: Table<Contact, string>; touchpoints: Table<Touchpoint, string> };
  const current = SCHEMA_VERSIONS.at(-1)!;
  db.version(current.version).stores(current.stores);
  await db.open();
  return db;
}

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

function inChunks<T>(rows: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/** Each variant on a fresh database; returns milliseconds. */
export async function measure(variant: string): Promise<number> {
  const name = `rapport-bulk-${variant}`;
  switch (variant) {
    // The baseline: one bulkPut per table, same rows, Rapport's schema.
    case 'bulkPut': {
      const db = await fresh(name);
      return time(async () => {
        await db.contacts.bulkPut(contacts);
        await db.touchpoints.bulkPut(touchpoints);
      });
    }
    case 'contactsOnly': {
      const db = await fresh(name);
      return time(() => db.contacts.bulkPut(contacts));
    }
    case 'touchpointsOnly': {
      const db = await fresh(name);
      return time(() => db.touchpoints.bulkPut(touchpoints));
    }
    // The same contacts into a table with the primary key only: what the four secondary indexes cost.
    case 'contactsNoIndexes': {
      await Dexie.delete(name);
      const db = new Dexie(name);
      db.version(1).stores({ contacts: 'id' });
      await db.open();
      return time(() => db.table('contacts').bulkPut(contacts));
    }
    // Chunks of 1,000 rows, one transaction each: what an import that keeps the UI responsive pays.
    case 'chunked1000': {
      const db = await fresh(name);
      return time(async () => {
        for (const chunk of inChunks(contacts, 1000)) await db.contacts.bulkPut(chunk);
        for (const chunk of inChunks(touchpoints, 1000)) await db.touchpoints.bulkPut(chunk);
      });
    }
    case 'strictDurability': {
      const db = await fresh(name, { chromeTransactionDurability: 'strict' });
      return time(async () => {
        for (const chunk of inChunks(contacts, 1000)) await db.contacts.bulkPut(chunk);
        for (const chunk of inChunks(touchpoints, 1000)) await db.touchpoints.bulkPut(chunk);
      });
    }
    // Smaller objects (id and name only): what object size costs (structured clone and LevelDB writes).
    case 'contactsMinimal': {
      const db = await fresh(name);
      const minimal = contacts.map(({ id, profileUrl, name: n, circle, tags, createdAt, updatedAt, circleSince }) => ({ id, profileUrl, name: n, circle, tags, createdAt, updatedAt, circleSince }));
      return time(() => db.contacts.bulkPut(minimal as Contact[]));
    }
  }
  throw new Error(`unknown variant ${variant}`);
}
