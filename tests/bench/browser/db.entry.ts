// Runs inside Chromium: seeds a database through Rapport's real writers and times its queries.
import { AppDB } from '@/lib/db/app-db';
import { countDue, listDue } from '@/lib/db/repo/reads/due';
import { refreshAllDerived, withDerived } from '@/lib/db/repo/upkeep/derived';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { toTimestamp } from '@/lib/time/instant';
import type { WriteContext } from '@/lib/model/write-context';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-27T09:00:00.000Z');
const CIRCLES = ['inner', 'key', 'wider', 'new', 'untracked'] as const;

let db: AppDB;
const context: WriteContext = { now: toTimestamp(NOW), cadences: DEFAULT_SETTINGS.cadences, timeZone: 'Europe/Paris' };

/** A deterministic pseudo-random sequence, so every run seeds the same data. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export async function seed(contactCount: number, touchpointCount: number) {
  await new AppDB('rapport-bench').delete();
  db = new AppDB('rapport-bench');
  await db.open();
  const rand = random(42);
  const contacts: Contact[] = [];
  for (let i = 0; i < contactCount; i++) {
    const slug = `person-${i}`;
    const since = toTimestamp(NOW - Math.floor(rand() * 400) * DAY);
    contacts.push({
      id: `in:${slug}`,
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
      name: `Person ${i}`,
      headline: `Role ${i % 97} at Company ${i % 311}`,
      company: `Company ${i % 311}`,
      circle: CIRCLES[i % CIRCLES.length]!,
      tags: i % 7 === 0 ? ['mentor'] : [],
      createdAt: since,
      updatedAt: since,
      circleSince: since,
    });
  }
  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < touchpointCount; i++) {
    touchpoints.push({
      id: `t-${i}`,
      contactId: contacts[Math.floor(rand() * contactCount)]!.id,
      type: 'message',
      focus: 'give',
      at: toTimestamp(NOW - Math.floor(rand() * 365 * DAY)),
      source: 'import',
    });
  }
  for (let i = 0; i < contacts.length; i += 5000) await db.contacts.bulkAdd(contacts.slice(i, i + 5000));
  for (let i = 0; i < touchpoints.length; i += 5000) await db.touchpoints.bulkAdd(touchpoints.slice(i, i + 5000));
  await db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => refreshAllDerived(db, context));
  return { contacts: await db.contacts.count(), touchpoints: await db.touchpoints.count(), due: await countDue(db, context.now) };
}

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function measure(name: string, runs: number): Promise<number[]> {
  const now = context.now;
  const tasks: Record<string, () => Promise<unknown>> = {
    // Rapport's due list: an index range query on dueAt.
    dueQuery: () => listDue(db, now, 50),
    // Baseline: the same query written directly against Dexie.
    dueQueryRawDexie: () => db.contacts.where('dueAt').belowOrEqual(now).limit(50).toArray(),
    // Baseline: what a table scan would cost.
    dueQueryTableScan: () => db.contacts.filter((c) => c.dueAt !== undefined && c.dueAt <= now).limit(50).toArray(),
    // Rapport's recount: two index counts (due, overdue).
    dueRecount: () => countDue(db, now),
    // What the badge needs: up to 100 due ("99+") and whether any is overdue.
    dueRecountForBadge: () => countDue(db, now, 100),
    dueRecountRawDexie: () => Promise.all([db.contacts.where('dueAt').belowOrEqual(now).count(), db.contacts.where('overdueAt').belowOrEqual(now).count()]),
    dueRecountTableScan: async () => {
      const all = await db.contacts.toArray();
      return all.reduce((n, c) => n + (c.dueAt !== undefined && c.dueAt <= now ? 1 : 0), 0);
    },
    // Recomputing every contact's derived fields (after an import or a cadence change).
    recomputeAll: () => db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => refreshAllDerived(db, context)),
    // Baseline: reading every contact and touchpoint and writing the contacts back, no logic.
    recomputeAllRawDexie: () =>
      db.transaction('rw', db.contacts, db.touchpoints, async () => {
        const [contacts] = await Promise.all([db.contacts.toArray(), db.touchpoints.toArray()]);
        await db.contacts.bulkPut(contacts.map((c) => withDerived(c, { lastTouchAt: c.lastTouchAt, touchesSinceCircleStart: [] }, context)));
      }),
  };
  const task = tasks[name];
  if (!task) throw new Error(`unknown measurement ${name}`);
  await task(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(task));
  return samples;
}
