import { liveQuery } from 'dexie';
import { createStore } from 'zustand/vanilla';
import { getDb } from '@/lib/db/db';
import { listPeople, readFirstPeople, type PeopleSnapshot } from '@/lib/db/repo/reads/people';
import type { LiveQueryStore, LiveState } from '@/lib/stores/live-query-store';
import { toRapportError } from '@/lib/errors';

/** Rows read for the first paint: more than a tall window shows (the table renders what is on screen). */
export const FIRST_SCREEN = 40;

/**
 * Runs `task` once the browser has painted what is on screen now: after the
 * next animation frame, or after a short wait where frames do not run (a tab
 * in the background, tests without layout).
 */
export function afterNextPaint(task: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    timer = setTimeout(task, 0);
  };
  let timer = setTimeout(run, 100);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : undefined;
  return () => {
    done = true;
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

/**
 * Everyone in Rapport, by name, for the People page, in two steps: the
 * first screen and the count straight from the index (painted at once,
 * however many people there are), then, once that is painted, everyone,
 * following every write from then on (a bulk change shows as soon as it
 * commits). Until everyone is read the snapshot says it is not complete.
 *
 * `first` is that first screen already on its way (the page starts
 * `readFirstPeopleDirect` before it renders); when it answers null, the
 * first screen is read through Dexie.
 */
export function createPeopleStore({
  firstScreen = FIRST_SCREEN,
  whenPainted = afterNextPaint,
  first,
}: { firstScreen?: number; whenPainted?: typeof afterNextPaint; first?: Promise<PeopleSnapshot | null> } = {}): LiveQueryStore<PeopleSnapshot> {
  const store = createStore<LiveState<PeopleSnapshot>>(() => ({ status: 'loading' }));
  return Object.assign(store, {
    start() {
      let stopped = false;
      let everyone = false;
      let cancelWait: (() => void) | undefined;
      let subscription: { unsubscribe(): void } | undefined;
      const failed = (error: unknown) => store.setState({ status: 'error', error: toRapportError(error).message }, true);
      const followEveryone = () => {
        if (stopped) return;
        subscription = liveQuery(() => listPeople(getDb())).subscribe({
          next: (people) => {
            everyone = true;
            store.setState({ status: 'ready', data: { people, total: people.length, complete: true } }, true);
          },
          error: failed,
        });
      };
      (first ?? Promise.resolve(null)).then((direct) => direct ?? readFirstPeople(getDb(), firstScreen)).then(
        (first) => {
          if (stopped || everyone) return;
          store.setState({ status: 'ready', data: first }, true);
          cancelWait = whenPainted(followEveryone);
        },
        (error: unknown) => {
          if (stopped) return;
          failed(error);
          followEveryone();
        },
      );
      return () => {
        stopped = true;
        cancelWait?.();
        subscription?.unsubscribe();
      };
    },
  });
}
