import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener<A extends unknown[]> = (...args: A) => unknown;

/** An event with `trigger`, like the fake browser's own. */
function fakeEvent<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: (listener: Listener<A>) => void listeners.add(listener),
    removeListener: (listener: Listener<A>) => void listeners.delete(listener),
    hasListener: (listener: Listener<A>) => listeners.has(listener),
    hasListeners: () => listeners.size > 0,
    trigger: async (...args: A) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}

/** In-memory `contextMenus` items, readable by tests. */
export const menuItems = new Map<string, Record<string, unknown>>();

/**
 * The fake browser has no `commands` or `contextMenus`; these in-memory
 * versions let the real background's `main()` run in unit tests.
 */
export function installFakeMenusAndCommands(): void {
  menuItems.clear();
  const onClicked = fakeEvent<[Record<string, unknown>, unknown]>();
  const onCommand = fakeEvent<[string, unknown]>();
  Object.assign(fakeBrowser.contextMenus, {
    create: (properties: { id: string }) => {
      menuItems.set(properties.id, { ...properties });
      return properties.id;
    },
    update: async (id: string, changes: Record<string, unknown>) => {
      const item = menuItems.get(id);
      if (!item) throw new Error(`No menu item ${id}`);
      Object.assign(item, changes);
    },
    remove: async (id: string) => void menuItems.delete(id),
    removeAll: async () => menuItems.clear(),
    onClicked,
  });
  Object.assign(fakeBrowser.commands, { onCommand, getAll: async () => [] });
}
