import { describe, expect, it, vi } from 'vitest';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';

const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the dashboard’s first reads', () => {
  it('starts the first screen’s reads at once and the others only once those have arrived, handing each to its card', async () => {
    vi.resetModules();
    const { startFirstScreen, startAfterFirstScreen, firstRead, afterFirstScreen } = await import('@/entrypoints/dashboard/first-reads');
    let arrive!: (value: string) => void;
    const blendQuery = vi.fn(() => new Promise<string>((resolve) => (arrive = resolve)));
    const dueQuery = vi.fn(async () => 'due');
    const blend = createLiveQueryStore(blendQuery);
    startFirstScreen([['blend', () => blend]]);
    startAfterFirstScreen([['due', () => createLiveQueryStore(dueQuery)]]);
    let firstScreenShown = false;
    void afterFirstScreen().then(() => (firstScreenShown = true));

    // The due card mounts before the first screen has its data: its read waits.
    const due = firstRead('due', () => createLiveQueryStore(async () => 'own'))();
    const stopDue = due.start();
    await settle();
    expect(blendQuery).toHaveBeenCalledTimes(1);
    expect(dueQuery).not.toHaveBeenCalled();
    expect(due.getState()).toEqual({ status: 'loading' });

    arrive('blend');
    await settle(150);
    expect(firstScreenShown).toBe(true);
    expect(due.getState()).toEqual({ status: 'ready', data: 'due' });
    expect(dueQuery).toHaveBeenCalledTimes(1);

    // The blend card takes the store already started: no second read.
    const taken = firstRead('blend', () => createLiveQueryStore(async () => 'own'))();
    expect(taken.getState()).toEqual({ status: 'ready', data: 'blend' });
    const stopBlend = taken.start();
    await settle();
    expect(blendQuery).toHaveBeenCalledTimes(1);
    // Taken once: a second mount makes its own.
    expect(firstRead('blend', () => createLiveQueryStore(async () => 'own'))()).not.toBe(taken);
    stopBlend();
    stopDue();
  });

  it('waits for nothing when no first reads were started (a card rendered on its own)', async () => {
    vi.resetModules();
    const { firstRead, afterFirstScreen } = await import('@/entrypoints/dashboard/first-reads');
    await afterFirstScreen();
    const store = firstRead('blend', () => createLiveQueryStore(async () => 'own'))();
    const stop = store.start();
    await settle();
    expect(store.getState()).toEqual({ status: 'ready', data: 'own' });
    stop();
  });
});
