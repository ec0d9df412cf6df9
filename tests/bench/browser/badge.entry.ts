// Runs inside the extension's service worker (evaluated there by tests/bench/badge.bench.test.ts):
// the background's real badge update against the extension's own IndexedDB, beside raw baselines.
import { browserBadgeApi, updateBadge } from '@/entrypoints/background/badge';
import { getDb } from '@/lib/db/db';
import { BADGE_COUNT_CAP } from '@/lib/badge/badge-state';
import { toTimestamp } from '@/lib/time/instant';

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function measure(name: string, runs: number): Promise<number[]> {
  const db = getDb();
  const api = browserBadgeApi();
  const tasks: Record<string, () => Promise<unknown>> = {
    // The whole path the background runs after a write or on an alarm: two capped index reads, merge, three badge calls.
    badgeUpdate: () => updateBadge(api),
    // Baseline: the same two capped index reads written directly against Dexie, and the badge text alone.
    rawCountAndSetText: async () => {
      const now = toTimestamp(Date.now());
      const [due] = await Promise.all([
        db.contacts.where('dueAt').belowOrEqual(now).limit(BADGE_COUNT_CAP).primaryKeys(),
        db.contacts.where('overdueAt').belowOrEqual(now).limit(BADGE_COUNT_CAP).primaryKeys(),
      ]);
      await chrome.action.setBadgeText({ text: due.length > 99 ? '99+' : String(due.length) });
    },
  };
  const task = tasks[name];
  if (!task) throw new Error(`unknown measurement ${name}`);
  await task(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(task));
  return samples;
}

/** Records when the extension's own badge calls complete, so a page can time "log → badge updated". */
export function watchBadgeCalls(): void {
  const calls: number[] = [];
  const setTitle = chrome.action.setTitle.bind(chrome.action);
  chrome.action.setTitle = ((details: Parameters<typeof chrome.action.setTitle>[0]) =>
    setTitle(details).then(() => {
      calls.push(performance.timeOrigin + performance.now());
    })) as typeof chrome.action.setTitle;
  (globalThis as unknown as { badgeCalls: number[] }).badgeCalls = calls;
}

/** Ids of people due now: the contacts the "log → badge" runs log touchpoints for. */
export async function dueIds(limit: number): Promise<string[]> {
  return (await getDb().contacts.where('dueAt').belowOrEqual(toTimestamp(Date.now())).limit(limit).primaryKeys()) as string[];
}

/** How many are due and overdue right now, exactly (for the record). */
export async function dueCounts(): Promise<{ due: number; overdue: number }> {
  const now = toTimestamp(Date.now());
  const db = getDb();
  return { due: await db.contacts.where('dueAt').belowOrEqual(now).count(), overdue: await db.contacts.where('overdueAt').belowOrEqual(now).count() };
}
