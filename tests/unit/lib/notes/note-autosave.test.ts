import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNoteAutosave, type NoteSaveState } from '@/lib/notes/note-autosave';
import { RapportError } from '@/lib/errors';
import type { Note } from '@/lib/model/schema';

const DELAY = 400;
let clock = Date.parse('2026-03-01T09:00:00.000Z');
const stamp = () => new Date(++clock).toISOString();

/** A fake background: one stored note with optimistic concurrency, and control over when each save answers. */
function fakeStore(initial: { body: string; updatedAt: string } | null) {
  let stored = initial;
  const calls: Array<{ body: string; base: string | null }> = [];
  const gates: Array<() => void> = [];
  let held = false;
  const save = vi.fn(async (body: string, base: string | null): Promise<Note> => {
    calls.push({ body, base });
    if (held) await new Promise<void>((resolve) => gates.push(resolve));
    if ((stored?.updatedAt ?? null) !== base) throw new RapportError('conflict', 'changed elsewhere');
    stored = { body, updatedAt: stamp() };
    return { id: 'n1', contactId: 'in:jane-doe', body, createdAt: '2026-03-01T09:00:00.000Z', updatedAt: stored.updatedAt };
  });
  return {
    save,
    calls,
    get stored() {
      return stored;
    },
    deleteElsewhere() {
      stored = null;
    },
    /** Another window saves. */
    changeElsewhere(body: string) {
      stored = { body, updatedAt: stamp() };
      return stored;
    },
    hold() {
      held = true;
    },
    release() {
      held = false;
      gates.splice(0).forEach((open) => open());
    },
  };
}

function editor(store: ReturnType<typeof fakeStore>) {
  const states: NoteSaveState['kind'][] = [];
  const saver = createNoteAutosave({
    body: store.stored?.body ?? '',
    base: store.stored?.updatedAt ?? null,
    save: store.save,
    onState: (state) => states.push(state.kind),
    delayMs: DELAY,
  });
  return { saver, states };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('note autosave', () => {
  it('saves once after typing pauses, not per keystroke', async () => {
    const store = fakeStore(null);
    const { saver, states } = editor(store);
    for (const text of ['M', 'Me', 'Met', 'Met at', 'Met at MWC']) {
      saver.edit(text);
      await vi.advanceTimersByTimeAsync(DELAY - 100);
    }
    expect(store.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(store.calls).toEqual([{ body: 'Met at MWC', base: null }]);
    expect(states.at(-1)).toBe('saved');
    expect(store.stored?.body).toBe('Met at MWC');
  });

  it('flush saves at once (blur, hidden, closing), and does nothing when all is saved', async () => {
    const store = fakeStore(null);
    const { saver } = editor(store);
    saver.edit('Quick thought');
    saver.flush();
    await settle();
    expect(store.calls).toEqual([{ body: 'Quick thought', base: null }]);
    saver.flush();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(store.calls).toHaveLength(1);
  });

  it('does not create a note for a box that was typed in and emptied again', async () => {
    const store = fakeStore(null);
    const { saver } = editor(store);
    saver.edit('x');
    saver.edit('');
    saver.flush();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(store.save).not.toHaveBeenCalled();
  });

  it('runs one save at a time and saves what was typed meanwhile over the first save’s result', async () => {
    const store = fakeStore({ body: 'v1', updatedAt: stamp() });
    const { saver } = editor(store);
    store.hold();
    saver.edit('v2');
    saver.flush();
    saver.edit('v2 and more');
    saver.flush();
    await settle();
    expect(store.calls).toHaveLength(1);
    store.release();
    await settle();
    await settle();
    expect(store.calls.map((call) => call.body)).toEqual(['v2', 'v2 and more']);
    expect(store.calls[1]!.base).not.toBe(store.calls[0]!.base);
    expect(store.stored?.body).toBe('v2 and more');
    expect(saver.dirty).toBe(false);
  });

  it('never overwrites a newer version from another window: it stops with a conflict and keeps the text', async () => {
    const store = fakeStore({ body: 'Likes sailing', updatedAt: stamp() });
    const { saver, states } = editor(store);
    store.changeElsewhere('Likes sailing and chess');
    saver.edit('Likes sailing. Two kids.');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states.at(-1)).toBe('conflict');
    expect(store.stored?.body).toBe('Likes sailing and chess');
    expect(saver.dirty).toBe(true);
    // Typing on does not retry behind the user's back.
    saver.edit('Likes sailing. Two kids. Lives in Lyon.');
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(store.calls).toHaveLength(1);
    expect(states.at(-1)).toBe('conflict');
  });

  it('"keep mine" saves the user’s text over the version they have now seen', async () => {
    const store = fakeStore({ body: 'A', updatedAt: stamp() });
    const { saver, states } = editor(store);
    const theirs = store.changeElsewhere('B');
    saver.edit('C');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states.at(-1)).toBe('conflict');
    saver.keepMine(theirs.updatedAt);
    await settle();
    expect(store.stored?.body).toBe('C');
    expect(states.at(-1)).toBe('saved');
  });

  it('"keep mine" re-creates a note deleted elsewhere', async () => {
    const store = fakeStore({ body: 'A', updatedAt: stamp() });
    const { saver, states } = editor(store);
    store.deleteElsewhere();
    saver.edit('A, edited');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states.at(-1)).toBe('conflict');
    saver.keepMine(null);
    await settle();
    expect(store.stored?.body).toBe('A, edited');
    expect(store.calls.at(-1)?.base).toBeNull();
  });

  it('"use theirs" takes the stored text and leaves nothing unsaved', async () => {
    const store = fakeStore({ body: 'A', updatedAt: stamp() });
    const { saver, states } = editor(store);
    const theirs = store.changeElsewhere('B');
    saver.edit('C');
    await vi.advanceTimersByTimeAsync(DELAY);
    saver.adopt(theirs.body, theirs.updatedAt);
    expect(states.at(-1)).toBe('saved');
    expect(saver.dirty).toBe(false);
    saver.edit('B, then more');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(store.stored?.body).toBe('B, then more');
  });

  it('keeps the text after a failed save and tries again on the next edit or flush', async () => {
    const store = fakeStore(null);
    const failing = vi.fn(async () => {
      throw new RapportError('storage-full', 'No room left.');
    });
    const states: NoteSaveState[] = [];
    const saver = createNoteAutosave({ body: '', base: null, save: failing, onState: (state) => states.push(state), delayMs: DELAY });
    saver.edit('Important');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states.at(-1)).toEqual({ kind: 'error', message: 'No room left.' });
    expect(saver.dirty).toBe(true);
    saver.flush();
    await settle();
    expect(failing).toHaveBeenCalledTimes(2);
    expect(store.save).not.toHaveBeenCalled();
  });

  it('is settled only when nothing is typed, waiting or in the air', async () => {
    const store = fakeStore({ body: 'A', updatedAt: stamp() });
    const { saver } = editor(store);
    expect(saver.settled).toBe(true);
    saver.edit('AB');
    expect(saver.settled).toBe(false);
    store.hold();
    saver.flush();
    expect(saver.settled).toBe(false);
    store.release();
    await settle();
    expect(saver.settled).toBe(true);
  });
});
