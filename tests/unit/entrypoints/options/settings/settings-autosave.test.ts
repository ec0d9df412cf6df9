import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSettingsAutosave, type SettingsSaveState } from '@/entrypoints/options/settings/settings-autosave';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/storage/settings';
import { RapportError } from '@/lib/errors';

const withKey = (idealDays: number): Settings => ({ ...DEFAULT_SETTINGS, cadences: { ...DEFAULT_SETTINGS.cadences, key: { idealDays, maxDays: 60 } } });

function setup(save: (settings: Settings) => Promise<Settings>) {
  const states: SettingsSaveState['kind'][] = [];
  const onSaved = vi.fn();
  const saver = createSettingsAutosave({ save, onSaved, onState: (state) => states.push(state.kind), delayMs: 100 });
  return { saver, states, onSaved };
}

afterEach(() => vi.useRealTimers());

describe('settings autosave', () => {
  it('saves once after typing pauses, the last edit only', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (settings: Settings) => settings);
    const { saver, states, onSaved } = setup(save);
    saver.edit(withKey(2));
    await vi.advanceTimersByTimeAsync(50);
    saver.edit(withKey(25));
    await vi.advanceTimersByTimeAsync(99);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls).toEqual([[withKey(25)]]);
    expect(onSaved).toHaveBeenCalledWith(withKey(25));
    expect(states).toEqual(['pending', 'pending', 'saving', 'saved']);
    expect(saver.settled).toBe(true);
  });

  it('an edit made while a save runs is written after it, never lost or overwritten by the older one', async () => {
    let finish!: (value: Settings) => void;
    const save = vi.fn((settings: Settings) => (settings.cadences.key.idealDays === 20 ? new Promise<Settings>((resolve) => (finish = resolve)) : Promise.resolve(settings)));
    const { saver, onSaved } = setup(save);
    saver.edit(withKey(20));
    saver.flush();
    saver.edit(withKey(21));
    saver.flush(); // one save at a time: this waits for the first
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.settled).toBe(false);
    finish(withKey(20));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]).toEqual([withKey(21)]);
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(onSaved).toHaveBeenCalledWith(withKey(21)); // the older save's answer never replaced the newer edit
  });

  it('an invalid form drops the waiting save', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (settings: Settings) => settings);
    const { saver } = setup(save);
    saver.edit(withKey(20));
    saver.edit(null);
    saver.flush();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).not.toHaveBeenCalled();
    expect(saver.settled).toBe(true);
  });

  it('a failed save keeps the edit, says so, does not retry in a loop, and saves on Retry (flush)', async () => {
    const save = vi.fn(async (settings: Settings) => settings);
    save.mockRejectedValueOnce(new RapportError('internal', 'Rapport is updating.'));
    const states: SettingsSaveState[] = [];
    const saver = createSettingsAutosave({ save, onSaved: () => undefined, onState: (state) => states.push(state), delayMs: 100 });
    saver.edit(withKey(40));
    saver.flush();
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ kind: 'error', message: 'Rapport is updating.' }));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.settled).toBe(false);
    saver.flush();
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ kind: 'saved' }));
    expect(save.mock.calls.map(([settings]) => settings.cadences.key.idealDays)).toEqual([40, 40]);
  });
});
