/**
 * Node's EventEmitter, as much of it as PouchDB uses (on, once, emit,
 * removeListener, removeAllListeners, listeners, listenerCount,
 * setMaxListeners). PouchDB's browser builds import 'events', which browsers
 * lack and which is not installed; wxt.config.ts points 'events' here.
 */
type Listener = (...args: unknown[]) => void;

/** Listeners per emitter, outside the object: PouchDB copies the methods onto other objects and binds them. */
const registry = new WeakMap<object, Map<string | symbol, Listener[]>>();
function listenersOf(emitter: object): Map<string | symbol, Listener[]> {
  let map = registry.get(emitter);
  if (!map) registry.set(emitter, (map = new Map()));
  return map;
}

export class EventEmitter {


  on(name: string | symbol, listener: Listener): this {
    const list = listenersOf(this).get(name) ?? [];
    list.push(listener);
    listenersOf(this).set(name, list);
    return this;
  }

  addListener(name: string | symbol, listener: Listener): this {
    return this.on(name, listener);
  }

  once(name: string | symbol, listener: Listener): this {
    const wrapped: Listener & { listener?: Listener } = (...args) => {
      this.removeListener(name, wrapped);
      listener.apply(this, args);
    };
    wrapped.listener = listener;
    return this.on(name, wrapped);
  }

  removeListener(name: string | symbol, listener: Listener): this {
    const list = listenersOf(this).get(name);
    if (!list) return this;
    const index = list.findIndex((item) => item === listener || (item as { listener?: Listener }).listener === listener);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) listenersOf(this).delete(name);
    return this;
  }

  off(name: string | symbol, listener: Listener): this {
    return this.removeListener(name, listener);
  }

  removeAllListeners(name?: string | symbol): this {
    if (name === undefined) listenersOf(this).clear();
    else listenersOf(this).delete(name);
    return this;
  }

  emit(name: string | symbol, ...args: unknown[]): boolean {
    const list = listenersOf(this).get(name);
    if (!list || list.length === 0) {
      if (name === 'error') throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
      return false;
    }
    for (const listener of [...list]) listener.apply(this, args);
    return true;
  }

  listeners(name: string | symbol): Listener[] {
    return [...(listenersOf(this).get(name) ?? [])].map((item) => (item as { listener?: Listener }).listener ?? item);
  }

  listenerCount(name: string | symbol): number {
    return listenersOf(this).get(name)?.length ?? 0;
  }

  setMaxListeners(): this {
    return this;
  }
}

export default EventEmitter;

// PouchDB copies EventEmitter's methods onto objects with Object.keys(prototype): make them enumerable, as Node's are.
for (const key of Object.getOwnPropertyNames(EventEmitter.prototype)) {
  if (key !== 'constructor') Object.defineProperty(EventEmitter.prototype, key, { enumerable: true });
}
