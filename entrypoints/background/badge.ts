import { toolbarAction } from '@/lib/browser/toolbar';
import { getDb } from '@/lib/db/db';
import { countDue } from '@/lib/db/repo/reads/due';
import { countBadgeExtras } from '@/lib/db/repo/reads/badge-extras';
import { localDay } from '@/lib/time/local-day';
import { toRapportError } from '@/lib/errors';
import { localTimeZone, toTimestamp } from '@/lib/time/instant';
import {
  BADGE_COUNT_CAP,
  BADGE_STATE_PRIORITY,
  dueBadge,
  resolveBadge,
  storageErrorBadge,
  type BadgeState,
  type BadgeStateName,
  type BadgeStates,
} from '@/lib/badge/badge-state';
import { onDataChanged } from './data-changed';

/**
 * The one place that sets the toolbar badge. The due count is recomputed from
 * stored timestamps (two capped index reads, one of open loops due by today
 * and one of asks: people with a follow-up due or owed a thank-you count too,
 * once) after every write, on
 * every worker start and on every alarm tick, so it never depends on what a
 * previous worker knew.
 */

/** The browser calls behind the badge (bitwarden's BadgeBrowserApi), replaceable in tests. */
export interface BadgeApi {
  apply(state: BadgeState): Promise<void>;
}

export function browserBadgeApi(): BadgeApi {
  const action = toolbarAction();
  return {
    async apply({ text, color, title }) {
      await Promise.all([
        action.setBadgeText({ text }),
        text ? action.setBadgeBackgroundColor({ color }) : undefined,
        action.setTitle({ title }),
      ]);
    },
  };
}

/**
 * States that last only while this worker runs a task (an import). They die
 * with the worker, exactly as the task does, so memory is their right home;
 * everything else is recomputed from storage.
 */
const taskStates: BadgeStates = {};

function outranksDue(states: BadgeStates): boolean {
  return (Object.keys(states) as BadgeStateName[]).some((name) => states[name] && BADGE_STATE_PRIORITY[name] > BADGE_STATE_PRIORITY.due);
}

/** Recounts who is due and shows it (or a state that outranks it). Returns what it showed. */
export async function updateBadge(api: BadgeApi = browserBadgeApi(), now: number = Date.now()): Promise<BadgeState> {
  const states: BadgeStates = { ...taskStates };
  // While an import holds the write lock the recount would wait for it; the higher state shows meanwhile.
  if (!outranksDue(states)) {
    try {
      const at = toTimestamp(now);
      const [counts, extras] = await Promise.all([
        countDue(getDb(), at, BADGE_COUNT_CAP),
        countBadgeExtras(getDb(), localDay(now, localTimeZone()), at, BADGE_COUNT_CAP),
      ]);
      states.due = dueBadge({ ...counts, due: counts.due + extras.extraOnly, followUps: extras.withLoops, thanks: extras.withThanks });
    } catch (error) {
      console.error('[rapport] could not count who is due', error);
      states.storageError = storageErrorBadge(toRapportError(error).message);
    }
  }
  const state = resolveBadge(states);
  await api.apply(state);
  return state;
}

let running: Promise<void> | undefined;
let again = false;

/**
 * Updates the badge soon. Calls that arrive while an update runs are folded
 * into one more update after it, so a burst of writes costs at most two
 * recounts and the last one applied always saw the last write.
 */
export function scheduleBadgeUpdate(api?: BadgeApi): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        try {
          await updateBadge(api);
        } catch (error) {
          console.error('[rapport] badge update failed', error);
        }
      } while (again);
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/** Shows `state` as `name` while `task` runs (e.g. "…" during an import). */
export async function withBadgeState<T>(name: Exclude<BadgeStateName, 'due'>, state: BadgeState, task: () => Promise<T>): Promise<T> {
  taskStates[name] = state;
  void scheduleBadgeUpdate();
  try {
    return await task();
  } finally {
    delete taskStates[name];
    void scheduleBadgeUpdate();
  }
}

const refreshBadge = () => scheduleBadgeUpdate();

export function registerBadge(): void {
  onDataChanged(refreshBadge);
  // A cold start (browser start, update, re-enabled extension) shows the right count at once.
  void refreshBadge();
}
