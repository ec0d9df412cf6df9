import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import type { Contact } from '@/lib/model/schema';
import { createPeopleStore } from '@/lib/stores/people-store';
import type { PeopleSnapshot } from '@/lib/db/repo/reads/people';
import type { LiveState } from '@/lib/stores/live-query-store';

const AT = '2026-06-01T09:00:00.000Z';
const contact = (i: number): Contact => {
  const slug = `p-${String(i).padStart(3, '0')}`;
  return { id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: `Person ${i}`, circle: 'untracked', tags: [], createdAt: AT, updatedAt: AT, circleSince: AT };
};

const summary = (state: LiveState<PeopleSnapshot>) =>
  state.status === 'ready' ? `${state.data.people.length}/${state.data.total}${state.data.complete ? ' complete' : ''}` : state.status;

describe('the People page store', () => {
  it('shows the first screen and the count, then everyone once that is painted, then follows writes', async () => {
    await getDb().contacts.bulkPut(Array.from({ length: 100 }, (_, i) => contact(i)));
    let paint: (() => void) | undefined;
    const store = createPeopleStore({ firstScreen: 10, whenPainted: (task) => ((paint = task), () => undefined) });
    const seen: string[] = [];
    store.subscribe((state) => seen.push(summary(state)));
    const stop = store.start();
    await expect.poll(() => paint).toBeDefined();
    // Nothing but the first screen until the page says it has painted it.
    expect(seen).toEqual(['10/100']);
    paint!();
    await expect.poll(() => seen.at(-1)).toBe('100/100 complete');
    await getDb().contacts.delete('in:p-000');
    await expect.poll(() => seen.at(-1)).toBe('99/99 complete');
    stop();
  });

  it('reads nothing more once stopped before the first screen is painted', async () => {
    await getDb().contacts.bulkPut([contact(1)]);
    let paint: (() => void) | undefined;
    let cancelled = false;
    const store = createPeopleStore({ whenPainted: (task) => ((paint = task), () => (cancelled = true)) });
    const stop = store.start();
    await expect.poll(() => paint).toBeDefined();
    stop();
    expect(cancelled).toBe(true);
    expect(summary(store.getState())).toBe('1/1 complete');
  });

  it('paints a first screen already read (the page starts it before rendering), and reads it through Dexie when that answers nothing', async () => {
    await getDb().contacts.bulkPut(Array.from({ length: 5 }, (_, i) => contact(i)));
    const given: PeopleSnapshot = { people: [contact(0)], total: 5, complete: false };
    const store = createPeopleStore({ first: Promise.resolve(given), whenPainted: () => () => undefined });
    const stop = store.start();
    await expect.poll(() => store.getState()).toEqual({ status: 'ready', data: given });
    stop();
    const fallback = createPeopleStore({ firstScreen: 2, first: Promise.resolve(null), whenPainted: () => () => undefined });
    const stopFallback = fallback.start();
    await expect.poll(() => summary(fallback.getState())).toBe('2/5');
    stopFallback();
  });
});
