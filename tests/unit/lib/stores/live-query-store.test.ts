import { describe, expect, it, vi } from 'vitest';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a live-query store', () => {
  it('reads once when started, however many components follow it', async () => {
    const query = vi.fn(async () => 42);
    const store = createLiveQueryStore(query);
    expect(store.getState()).toEqual({ status: 'loading' });
    const stopA = store.start();
    const stopB = store.start();
    await settle();
    expect(store.getState()).toEqual({ status: 'ready', data: 42 });
    expect(query).toHaveBeenCalledTimes(1);
    stopA();
    stopB();
  });

  it('preloaded before anything shows it, hands its read over to the first start without reading again', async () => {
    const query = vi.fn(async () => 'first screen');
    const store = createLiveQueryStore(query);
    store.preload();
    await settle();
    expect(store.getState()).toEqual({ status: 'ready', data: 'first screen' });
    const stop = store.start();
    await settle();
    expect(query).toHaveBeenCalledTimes(1);
    stop();
    // Stopped for good once its last follower stops: a new start reads again.
    const again = store.start();
    await settle();
    expect(query).toHaveBeenCalledTimes(2);
    again();
  });

  it('seeded (read with the tab), is ready at once; its first read keeps what is shown when it says the same, and follows a change', async () => {
    let value = { id: 'a', n: 1 };
    const query = vi.fn(async () => ({ ...value }));
    const store = createLiveQueryStore(query, { data: { n: 1, id: 'a' }, same: (a, b) => a.id === b.id && a.n === b.n });
    const seeded = store.getState();
    expect(seeded).toEqual({ status: 'ready', data: { id: 'a', n: 1 } });
    const stop = store.start();
    await settle();
    expect(query).toHaveBeenCalledTimes(1);
    expect(store.getState()).toBe(seeded); // no new state, so nothing re-renders
    stop();
    value = { id: 'a', n: 2 };
    const again = store.start();
    await settle();
    expect(store.getState()).toEqual({ status: 'ready', data: { id: 'a', n: 2 } });
    again();
  });

  it('a stop called twice releases once', async () => {
    const query = vi.fn(async () => 1);
    const store = createLiveQueryStore(query);
    const stopA = store.start();
    const stopB = store.start();
    await settle();
    stopA();
    stopA();
    // B still follows: no new read needed when a third follower joins.
    const stopC = store.start();
    await settle();
    expect(query).toHaveBeenCalledTimes(1);
    stopB();
    stopC();
  });

  it('keeps a failed read as its error', async () => {
    const store = createLiveQueryStore(() => Promise.reject(new Error('The disk is full.')));
    store.preload();
    await settle();
    expect(store.getState()).toMatchObject({ status: 'error', error: 'The disk is full.' });
  });
});
