import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { countAllDue, listDue, listNewlyOverdue } from '@/lib/db/repo/reads/due';
import { readCadenceTouches } from '@/lib/db/repo/upkeep/derived';
import { newConnectionStep } from '@/lib/cadence/cadence';
import { isDigestOwed, MAX_INDIVIDUAL_PER_RUN, MAX_NAMED_IN_DIGEST, planNudges, type NudgeContact, type NudgePlan } from '@/lib/nudges/rules';
import { EMPTY_NUDGE_STATE, NudgeState } from '@/lib/nudges/nudge-state';
import { localDay } from '@/lib/time/local-day';
import { digestText, nudgeText } from '@/lib/nudges/wording';
import { nudgeStateItem, readSettings, settingsItem } from '@/lib/storage/items';
import type { Cadences } from '@/lib/storage/settings';
import { localTimeZone, toTimestamp } from '@/lib/time/instant';
import { DIGEST_ALARM, ensureTickAlarm, scheduleDigestAlarm, TICK_ALARM } from './alarms';
import { scheduleBadgeUpdate } from './badge';
import { registerNotificationHandlers, showDigest, showNudge } from './notifications';
import { readDigestAgenda } from './digest-agenda';

/**
 * The daily digest and the individual overdue nudges. Each run reads the
 * clock, the settings, the contacts and what was already notified from
 * storage, decides with lib/nudges/rules.ts, stores the new state and only
 * then notifies: a worker stopped halfway may drop a notification, never repeat one.
 */

async function readNudgeState(): Promise<NudgeState> {
  const parsed = NudgeState.safeParse(await nudgeStateItem.getValue());
  if (parsed.success) return parsed.data;
  // Only Rapport writes it; if it is ever unreadable, starting afresh risks at most one repeated digest.
  console.warn('[rapport] nudge state unreadable, starting afresh', parsed.error);
  return EMPTY_NUDGE_STATE;
}

/** Which 24-7-30 step a new connection is on, for the nudge's wording. */
async function newConnectionStepOf(contact: NudgeContact, cadences: Cadences): Promise<0 | 1 | 2 | undefined> {
  if (contact.circle !== 'new') return undefined;
  const db = getDb();
  const { touchesSinceCircleStart } = await db.transaction('r', db.touchpoints, async () => readCadenceTouches(db, contact));
  const step = newConnectionStep(contact.circleSince, touchesSinceCircleStart, cadences.new, localTimeZone());
  return step === 3 ? undefined : step;
}

async function notify(plan: NudgePlan, cadences: Cadences, now: number): Promise<void> {
  if (plan.digest) await showDigest(digestText(plan.digest.named.map((contact) => contact.name), plan.digest.total, plan.digest.agenda));
  for (const contact of plan.individual) {
    await showNudge(contact.id, nudgeText(contact, await newConnectionStepOf(contact, cadences), cadences, now));
  }
}

/** Decides and sends what is owed at `now`. */
export async function runNudges(now: number = Date.now()): Promise<NudgePlan> {
  const timeZone = localTimeZone();
  const { notifications, cadences } = await readSettings();
  const state = await readNudgeState();
  const db = getDb();
  const at = toTimestamp(now);
  const namedToday = state.notifiedDay === localDay(now, timeZone) ? state.notifiedIds.length : 0;
  const digestOwed = isDigestOwed(now, timeZone, notifications, state);
  const due = digestOwed ? { total: await countAllDue(db, at), first: await listDue(db, at, MAX_NAMED_IN_DIGEST + namedToday) } : undefined;
  const agenda = digestOwed ? await readDigestAgenda(db, now, timeZone) : undefined;
  const newlyOverdue =
    notifications.individualNudges && state.overdueCheckedAt !== undefined
      ? await listNewlyOverdue(db, state.overdueCheckedAt, at, MAX_INDIVIDUAL_PER_RUN + namedToday)
      : [];
  const plan = planNudges({ now, timeZone, settings: notifications, state, due, newlyOverdue, ...(agenda ? { agenda } : {}) });
  await nudgeStateItem.setValue(plan.state);
  await scheduleDigestAlarm(now, notifications, plan.state);
  await notify(plan, cadences, now);
  return plan;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs nudge work one task at a time, so two events arriving together (the
 * browser starting and an overdue alarm firing) cannot both send the digest.
 */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch((error: unknown) => console.error('[rapport] nudges failed', error));
  return run;
}

/** The tick alarm and the digest alarm in place, for the current settings. Idempotent. */
export async function ensureAlarms(now: number = Date.now()): Promise<void> {
  await ensureTickAlarm();
  const [{ notifications }, state] = await Promise.all([readSettings(), readNudgeState()]);
  await scheduleDigestAlarm(now, notifications, state);
}

/** Install, update and browser start: alarms back in place, the badge right, a missed digest caught up. */
// Event handlers return their work so callers can await it; failures were logged by `serially`.
const settle = (work: Promise<unknown>) => work.then(() => undefined, () => undefined);

export function onLifecycleEvent(): Promise<void> {
  void scheduleBadgeUpdate();
  return settle(
    serially(async () => {
      await ensureTickAlarm();
      await runNudges();
    }),
  );
}

export function onAlarm({ name }: { name: string }): Promise<void> {
  if (name !== TICK_ALARM && name !== DIGEST_ALARM) return Promise.resolve();
  // Time has passed: people may have become due without any write.
  void scheduleBadgeUpdate();
  return settle(serially(() => runNudges()));
}


export function registerNudges(): void {
  browser.runtime.onInstalled.addListener(onLifecycleEvent);
  browser.runtime.onStartup.addListener(onLifecycleEvent);
  browser.alarms.onAlarm.addListener(onAlarm);
  // A new digest time or quiet days move the digest alarm.
  settingsItem.watch(() => void settle(serially(() => ensureAlarms())));
  registerNotificationHandlers();
  // Any cold start, including ones no lifecycle event announces (the extension re-enabled): alarms in place.
  void settle(serially(() => ensureAlarms()));
}
