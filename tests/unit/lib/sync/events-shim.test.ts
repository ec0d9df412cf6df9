import { describe, expect, it } from 'vitest';
import EventEmitter from '@/lib/sync/events-shim';

describe('the EventEmitter PouchDB gets in the browser', () => {
  it('calls listeners, once-listeners once, and stops after removal, per emitter', () => {
    const a = new EventEmitter();
    const b = new EventEmitter();
    const seen: string[] = [];
    const on = (value: unknown) => seen.push(`on ${String(value)}`);
    a.on('x', on);
    a.once('x', (value) => seen.push(`once ${String(value)}`));
    expect(a.listenerCount('x')).toBe(2);
    expect(a.emit('x', 1)).toBe(true);
    a.emit('x', 2);
    a.removeListener('x', on);
    a.emit('x', 3);
    expect(b.emit('x', 4)).toBe(false);
    expect(seen).toEqual(['on 1', 'once 1', 'on 2']);
    expect(() => a.emit('error', new Error('boom'))).toThrow('boom');
  });

  it('has enumerable methods that work when copied and bound, as PouchDB uses them', () => {
    const shared = new EventEmitter();
    const target: Record<string, unknown> = {};
    for (const key of Object.keys(EventEmitter.prototype)) target[key] = (shared as unknown as Record<string, (...args: unknown[]) => unknown>)[key]!.bind(shared);
    expect(Object.keys(target)).toEqual(expect.arrayContaining(['on', 'once', 'emit', 'removeListener', 'removeAllListeners', 'listeners', 'listenerCount']));
    let calls = 0;
    (target.on as (name: string, listener: () => void) => void)('ref', () => calls++);
    (target.emit as (name: string) => void)('ref');
    expect(calls).toBe(1);
    expect(new EventEmitter().listenerCount('ref')).toBe(0);
  });
});
