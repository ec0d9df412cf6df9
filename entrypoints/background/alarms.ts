import { browser } from 'wxt/browser';
import { nextDigestAt } from '@/lib/nudges/rules';
import type { NudgeState } from '@/lib/nudges/nudge-state';
import type { NotificationSettings } from '@/lib/storage/settings';
import { localTimeZone } from '@/lib/time/instant';

/**
 * Rapport's two alarms. Alarms can vanish on a browser restart (Firefox's
 * always do), so they are checked and re-created at every worker start; their
 * handlers recompute everything from storage and never count firings.
 */

/** Every 15 minutes: the badge follows people becoming due as time passes; missed digests and overdue nudges catch up. */
export const TICK_ALARM = 'rapport-tick';
export const TICK_MINUTES = 15;
/** At the next digest time, so the digest comes on the minute the user chose. */
export const DIGEST_ALARM = 'rapport-digest';

export async function ensureTickAlarm(): Promise<void> {
  if (await browser.alarms.get(TICK_ALARM)) return;
  await browser.alarms.create(TICK_ALARM, { periodInMinutes: TICK_MINUTES, delayInMinutes: TICK_MINUTES });
}

/** Points the digest alarm at the next digest time, or removes it when there is none. Idempotent. */
export async function scheduleDigestAlarm(now: number, settings: NotificationSettings, state: NudgeState): Promise<void> {
  const at = nextDigestAt(now, localTimeZone(), settings, state);
  const existing = await browser.alarms.get(DIGEST_ALARM);
  if (at === undefined) {
    if (existing) await browser.alarms.clear(DIGEST_ALARM);
  } else if (existing?.scheduledTime !== at) {
    await browser.alarms.create(DIGEST_ALARM, { when: at });
  }
}
