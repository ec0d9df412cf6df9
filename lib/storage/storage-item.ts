import { browser } from 'wxt/browser';

/**
 * A typed, versioned value in `browser.storage`, stored the way
 * @wxt-dev/storage stores it (the value under its key, `{ v: version }` under
 * `<key>$`), so data written by earlier Rapport builds, which used that
 * library, reads unchanged. Rapport needs only this much of it: the library
 * cost the background 2.7 KB gzipped of its 60 KB budget (issue 9).
 *
 * Migrations run once per item and context, before any read or write; a
 * failed migration leaves the stored value as it was (reads then see the old
 * shape, which callers validate) rather than losing it.
 */

type Area = 'local' | 'session';
export type StorageKey = `${Area}:${string}`;
/** Version → the function bringing a value from the previous version to it (typed by its caller: it takes that shape). */
type Migrations = Record<number, (value: never) => unknown>;

export interface ItemOptions<T> {
  fallback: T;
  /** The shape's version, from 1; a value stored by an older version is migrated to it. */
  version?: number;
  migrations?: Migrations;
}

export interface StorageItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value after every change made anywhere in the extension (not for a write of an equal value). */
  watch(callback: (value: T) => void): () => void;
  /** Brings a value stored by an older version to this one (also run by the first read or write). */
  migrate(): Promise<void>;
}

function resolve(key: StorageKey) {
  const [area, name] = key.split(/:(.*)/, 2) as [Area, string];
  return { area: () => browser.storage[area], name, metaName: `${name}$` };
}

/** A one-off value in storage (no version, no fallback): undefined when absent. */
export const storageValue = {
  async get<T>(key: StorageKey): Promise<T | undefined> {
    const { area, name } = resolve(key);
    return (await area().get(name))[name] as T | undefined;
  },
  set: (key: StorageKey, value: unknown) => {
    const { area, name } = resolve(key);
    return area().set({ [name]: value });
  },
  remove: (key: StorageKey) => {
    const { area, name } = resolve(key);
    return area().remove(name);
  },
};

export function defineItem<T>(key: StorageKey, { fallback, version = 1, migrations = {} }: ItemOptions<T>): StorageItem<T> {
  const { area, name, metaName } = resolve(key);
  let migrated: Promise<void> | undefined;

  async function runMigrations() {
    const stored = await area().get([name, metaName]);
    const value = stored[name];
    const meta = stored[metaName] as { v?: number } | undefined;
    if (value == null) return;
    const from = meta?.v ?? 1;
    if (from > version) throw new Error(`${key} was stored by a newer version (v${from}) than this one (v${version})`);
    if (from === version) return;
    let next: unknown = value;
    for (let step = from + 1; step <= version; step++) next = (await (migrations[step] as ((value: unknown) => unknown) | undefined)?.(next)) ?? next;
    await area().set({ [name]: next, [metaName]: { ...meta, v: version } });
  }

  const migrate = () =>
    (migrated ??= runMigrations().catch((error: unknown) => {
      console.error(`Rapport: migrating ${key} failed; the stored value is kept as it was`, error);
    }));

  return {
    migrate,
    async getValue() {
      await migrate();
      return ((await area().get(name))[name] as T | undefined) ?? fallback;
    },
    async setValue(value) {
      await migrate();
      await area().set({ [name]: value, [metaName]: { v: version } });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[name];
        // Some browsers report a write of an equal value as a change: not one for the watchers.
        if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        callback((change.newValue as T | undefined) ?? fallback);
      };
      area().onChanged.addListener(listener);
      return () => area().onChanged.removeListener(listener);
    },
  };
}
