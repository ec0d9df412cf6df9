/**
 * A hybrid logical clock (Kulkarni et al.): wall-clock milliseconds, a counter
 * for events in the same millisecond (or while the wall clock lags a clock
 * already seen), and the device id as the tie-break. Stamps are fixed-width
 * strings, so comparing two stamps is comparing two strings, on every device.
 */
export interface HlcState {
  /** The largest physical time seen, in ms. */
  wall: number;
  counter: number;
  device: string;
}

const WALL_WIDTH = 9; // base 36: good beyond the year 5000
const COUNTER_WIDTH = 4;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** A remote clock further ahead of ours than this is a broken clock, not a message from the future. */
export const MAX_DRIFT_MS = 7 * 24 * 60 * 60 * 1000;

export function formatHlc({ wall, counter, device }: HlcState): string {
  return `${wall.toString(36).padStart(WALL_WIDTH, '0')}.${counter.toString(36).padStart(COUNTER_WIDTH, '0')}.${device}`;
}

export function parseHlc(stamp: string): HlcState {
  const [wall, counter, ...device] = stamp.split('.');
  return { wall: parseInt(wall ?? '0', 36), counter: parseInt(counter ?? '0', 36), device: device.join('.') };
}

/** The wall-clock time a stamp was made, in ms. */
export function hlcWall(stamp: string): number {
  return parseInt(stamp.slice(0, WALL_WIDTH), 36);
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The stamp of a local event at wall time `now`; returns it and the clock's next state. */
export function tick(state: HlcState, now: number): { stamp: string; state: HlcState } {
  const next: HlcState =
    now > state.wall ? { ...state, wall: now, counter: 0 } : bump(state, state.wall, state.counter);
  return { stamp: formatHlc(next), state: next };
}

/** The clock after seeing a remote stamp, so every later local stamp orders after it. */
export function receive(state: HlcState, remote: string, now: number): HlcState {
  const other = parseHlc(remote);
  if (other.wall - now > MAX_DRIFT_MS) return state;
  const wall = Math.max(state.wall, other.wall, now);
  if (wall === state.wall && wall === other.wall) return bump(state, wall, Math.max(state.counter, other.counter));
  if (wall === state.wall) return bump(state, wall, state.counter);
  if (wall === other.wall) return bump(state, wall, other.counter);
  return { ...state, wall, counter: 0 };
}

function bump(state: HlcState, wall: number, counter: number): HlcState {
  // The counter overflows only after 1.6 million events in one millisecond; move the wall on instead.
  return counter >= MAX_COUNTER ? { ...state, wall: wall + 1, counter: 0 } : { ...state, wall, counter: counter + 1 };
}
