import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage as wxtStorage } from 'wxt/utils/storage';
import { defineItem, storageValue } from '@/lib/storage/storage-item';

/** Rapport's versioned storage items: what @wxt-dev/storage did for it, in the same stored format. */

const stored = async (...keys: string[]) => fakeBrowser.storage.local.get(keys);

describe('a versioned storage item', () => {
  it('reads the fallback until something is stored, then what was stored, with its version beside it', async () => {
    const item = defineItem('local:greeting', { fallback: 'hello', version: 3 });
    expect(await item.getValue()).toBe('hello');
    await item.setValue('bonjour');
    expect(await item.getValue()).toBe('bonjour');
    expect(await stored('greeting', 'greeting$')).toEqual({ greeting: 'bonjour', greeting$: { v: 3 } });
  });

  it('reads values written by @wxt-dev/storage, which earlier Rapport builds used, unchanged', async () => {
    await wxtStorage.defineItem('local:settingsLike', { fallback: {}, version: 2, migrations: {} }).setValue({ autoCapture: false });
    const item = defineItem('local:settingsLike', { fallback: { autoCapture: true }, version: 2, migrations: { 2: () => ({ changed: true }) } });
    expect(await item.getValue()).toEqual({ autoCapture: false });
  });

  it('brings an older value to this version through every migration in order, once, and records the version', async () => {
    await fakeBrowser.storage.local.set({ counter: { n: 1 } });
    const second = vi.fn((value: { n: number }) => ({ n: value.n * 10 }));
    const third = vi.fn((value: { n: number }) => ({ n: value.n + 2 }));
    const item = defineItem('local:counter', { fallback: { n: 0 }, version: 3, migrations: { 2: second, 3: third } });
    const [a, b] = await Promise.all([item.getValue(), item.getValue()]);
    expect(a).toEqual({ n: 12 });
    expect(b).toEqual({ n: 12 });
    expect(second).toHaveBeenCalledTimes(1);
    expect(third).toHaveBeenCalledTimes(1);
    expect(await stored('counter$')).toEqual({ counter$: { v: 3 } });
  });

  it('starts migrating from the version recorded beside the value', async () => {
    await fakeBrowser.storage.local.set({ counter: { n: 5 }, counter$: { v: 2 } });
    const second = vi.fn((value: { n: number }) => ({ n: value.n * 10 }));
    const item = defineItem('local:counter', { fallback: { n: 0 }, version: 3, migrations: { 2: second, 3: (value: { n: number }) => ({ n: value.n + 2 }) } });
    expect(await item.getValue()).toEqual({ n: 7 });
    expect(second).not.toHaveBeenCalled();
  });

  it('keeps the stored value as it was when a migration fails or the value comes from a newer version', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ broken: { n: 1 }, future: { shape: 'new' }, future$: { v: 9 } });
    const broken = defineItem('local:broken', {
      fallback: { n: 0 },
      version: 2,
      migrations: {
        2: () => {
          throw new Error('cannot');
        },
      },
    });
    expect(await broken.getValue()).toEqual({ n: 1 });
    expect(await defineItem('local:future', { fallback: {}, version: 2 }).getValue()).toEqual({ shape: 'new' });
    expect(await stored('broken$', 'future$')).toEqual({ future$: { v: 9 } });
    expect(error).toHaveBeenCalledTimes(2);
  });

  it('tells watchers every change made anywhere, the fallback when the value goes, and stops when asked', async () => {
    const item = defineItem('local:mode', { fallback: 'light', version: 1 });
    const seen: string[] = [];
    const unwatch = item.watch((value) => seen.push(value));
    await item.setValue('dark');
    await fakeBrowser.storage.local.set({ other: 1 });
    // An equal value written again (reported as a change by some browsers) is not news.
    fakeBrowser.storage.local.onChanged.trigger({ mode: { newValue: 'dark', oldValue: 'dark' } });
    await fakeBrowser.storage.local.remove('mode');
    unwatch();
    await item.setValue('dark');
    expect(seen).toEqual(['dark', 'light']);
  });
});

describe('a plain session value', () => {
  it('is stored in the session area, read back, and removed', async () => {
    expect(await storageValue.get('session:tab:7')).toBeUndefined();
    await storageValue.set('session:tab:7', { url: 'https://www.linkedin.com/in/jane-doe/' });
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({ 'tab:7': { url: 'https://www.linkedin.com/in/jane-doe/' } });
    expect(await storageValue.get('session:tab:7')).toEqual({ url: 'https://www.linkedin.com/in/jane-doe/' });
    await storageValue.remove('session:tab:7');
    expect(await storageValue.get('session:tab:7')).toBeUndefined();
  });
});
