import { describe, expect, it } from 'vitest';
import { isDigestOwed, MAX_INDIVIDUAL_PER_RUN, nextDigestAt, planNudges, type NudgeContact, type NudgeInput } from '@/lib/nudges/rules';
import { EMPTY_NUDGE_STATE, type NudgeState } from '@/lib/nudges/nudge-state';
import { DEFAULT_SETTINGS, type NotificationSettings } from '@/lib/storage/settings';

const PARIS = 'Europe/Paris';
const defaults = DEFAULT_SETTINGS.notifications;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function contact(id: string, name: string, overdueAt = '2026-11-01T09:00:00.000Z'): NudgeContact {
  return { id, name, circle: 'inner', circleSince: '2026-10-01T09:00:00.000Z', dueAt: '2026-10-15T09:00:00.000Z', overdueAt };
}
const jane = contact('in:jane', 'Jane Doe');
const ali = contact('in:ali', 'Ali Khan');
const sam = contact('in:sam', 'Sam Lee');
const mia = contact('in:mia', 'Mia Chen');

function plan(input: Partial<NudgeInput> & { now: number }) {
  return planNudges({ timeZone: PARIS, settings: defaults, state: EMPTY_NUDGE_STATE, newlyOverdue: [], ...input });
}

describe('when the digest is owed', () => {
  // Monday 23 November 2026; Paris is UTC+1 in winter.
  it.each([
    ['before the digest time', '2026-11-23T07:59:00.000Z', false],
    ['at the digest time (09:00 Paris)', '2026-11-23T08:00:00.000Z', true],
    ['later the same day', '2026-11-23T21:00:00.000Z', true],
  ])('%s', (_, now, owed) => {
    expect(isDigestOwed(at(now), PARIS, defaults, EMPTY_NUDGE_STATE)).toBe(owed);
  });

  it('is owed once a day', () => {
    const state: NudgeState = { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-11-23' };
    expect(isDigestOwed(at('2026-11-23T15:00:00.000Z'), PARIS, defaults, state)).toBe(false);
    expect(isDigestOwed(at('2026-11-24T08:00:00.000Z'), PARIS, defaults, state)).toBe(true);
  });

  it('is never owed on quiet days (weekends by default) or when digests are off', () => {
    expect(isDigestOwed(at('2026-11-28T10:00:00.000Z'), PARIS, defaults, EMPTY_NUDGE_STATE)).toBe(false); // Saturday
    expect(isDigestOwed(at('2026-11-29T10:00:00.000Z'), PARIS, defaults, EMPTY_NUDGE_STATE)).toBe(false); // Sunday
    expect(isDigestOwed(at('2026-11-28T10:00:00.000Z'), PARIS, { ...defaults, quietDays: [] }, EMPTY_NUDGE_STATE)).toBe(true);
    expect(isDigestOwed(at('2026-11-25T10:00:00.000Z'), PARIS, { ...defaults, quietDays: [3] }, EMPTY_NUDGE_STATE)).toBe(false); // Wednesday
    expect(isDigestOwed(at('2026-11-23T10:00:00.000Z'), PARIS, { ...defaults, digest: false }, EMPTY_NUDGE_STATE)).toBe(false);
  });

  it('counts as sent when the last digest is dated later than today (the clock or time zone moved back)', () => {
    const state: NudgeState = { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-11-24' };
    expect(isDigestOwed(at('2026-11-23T10:00:00.000Z'), PARIS, defaults, state)).toBe(false);
  });

  it('follows the local calendar: 09:00 in Tokyo is midnight UTC', () => {
    expect(isDigestOwed(at('2026-11-23T00:00:00.000Z'), 'Asia/Tokyo', defaults, EMPTY_NUDGE_STATE)).toBe(true);
    expect(isDigestOwed(at('2026-11-22T23:59:00.000Z'), 'Asia/Tokyo', defaults, EMPTY_NUDGE_STATE)).toBe(false);
  });
});

describe('the next digest time', () => {
  it('is today at the chosen time when it has not come yet', () => {
    expect(iso(nextDigestAt(at('2026-11-23T06:00:00.000Z'), PARIS, defaults, EMPTY_NUDGE_STATE))).toBe('2026-11-23T08:00:00.000Z');
    expect(iso(nextDigestAt(at('2026-11-23T06:00:00.000Z'), PARIS, { ...defaults, digestTime: '07:30' }, EMPTY_NUDGE_STATE))).toBe('2026-11-23T06:30:00.000Z');
  });

  it('skips quiet days: after Friday’s digest comes Monday’s', () => {
    const state: NudgeState = { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-11-27' };
    expect(iso(nextDigestAt(at('2026-11-27T08:00:00.000Z'), PARIS, defaults, state))).toBe('2026-11-30T08:00:00.000Z');
  });

  it('skips a day whose digest already went out', () => {
    const state: NudgeState = { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-11-23' };
    expect(iso(nextDigestAt(at('2026-11-23T06:00:00.000Z'), PARIS, defaults, state))).toBe('2026-11-24T08:00:00.000Z');
  });

  it('stays at 09:00 local across the change to summer time (Paris, Sunday 29 March 2026)', () => {
    const everyDay = { ...defaults, quietDays: [] };
    // Friday 09:00 is 08:00Z; Saturday's digest done; Sunday 09:00 CEST is 07:00Z, 23 hours after Saturday's.
    expect(iso(nextDigestAt(at('2026-03-27T07:00:00.000Z'), PARIS, everyDay, EMPTY_NUDGE_STATE))).toBe('2026-03-27T08:00:00.000Z');
    const saturdayDone: NudgeState = { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-03-28' };
    expect(iso(nextDigestAt(at('2026-03-28T08:00:00.000Z'), PARIS, everyDay, saturdayDone))).toBe('2026-03-29T07:00:00.000Z');
    // With weekends quiet: Friday's digest done, Monday 30 March 09:00 CEST.
    const fridayDone: NudgeState = { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-03-27' };
    expect(iso(nextDigestAt(at('2026-03-27T08:00:00.000Z'), PARIS, defaults, fridayDone))).toBe('2026-03-30T07:00:00.000Z');
  });

  it('moves a digest time that does not exist on the day clocks go forward to the hour after', () => {
    const settings: NotificationSettings = { ...defaults, quietDays: [], digestTime: '02:30' };
    expect(iso(nextDigestAt(at('2026-03-28T22:00:00.000Z'), PARIS, settings, EMPTY_NUDGE_STATE))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('stays at 09:00 local when summer time ends (Paris, Sunday 25 October 2026)', () => {
    const settings = { ...defaults, quietDays: [] };
    const saturdayDone: NudgeState = { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-10-24' };
    expect(iso(nextDigestAt(at('2026-10-24T07:00:00.000Z'), PARIS, settings, saturdayDone))).toBe('2026-10-25T08:00:00.000Z');
  });

  it('is none when digests are off or every day is quiet', () => {
    expect(nextDigestAt(at('2026-11-23T06:00:00.000Z'), PARIS, { ...defaults, digest: false }, EMPTY_NUDGE_STATE)).toBeUndefined();
    expect(nextDigestAt(at('2026-11-23T06:00:00.000Z'), PARIS, { ...defaults, quietDays: [0, 1, 2, 3, 4, 5, 6] }, EMPTY_NUDGE_STATE)).toBeUndefined();
  });
});

describe('planning nudges', () => {
  const monday9 = at('2026-11-23T08:00:00.000Z');

  it('names up to three people in the digest, most overdue first, and counts the rest', () => {
    const result = plan({ now: monday9, due: { total: 6, first: [jane, ali, sam, mia] } });
    expect(result.digest).toEqual({ named: [jane, ali, sam], total: 6 });
    expect(result.state).toMatchObject({ lastDigestDay: '2026-11-23', notifiedDay: '2026-11-23', notifiedIds: ['in:jane', 'in:ali', 'in:sam'] });
  });

  it('sends no digest when nobody is due, but the day’s digest is done', () => {
    const result = plan({ now: monday9, due: { total: 0, first: [] } });
    expect(result.digest).toBeUndefined();
    expect(result.state.lastDigestDay).toBe('2026-11-23');
  });

  it('never names a person twice in one day', () => {
    const state: NudgeState = { ...EMPTY_NUDGE_STATE, notifiedDay: '2026-11-23', notifiedIds: ['in:jane'], overdueCheckedAt: '2026-11-23T07:00:00.000Z' };
    const result = plan({ now: monday9, state, due: { total: 4, first: [jane, ali, sam, mia] } });
    expect(result.digest).toEqual({ named: [ali, sam, mia], total: 4 });
    // Everyone due was already named today: no digest at all.
    const again = plan({ now: monday9, state: { ...state, notifiedIds: ['in:jane', 'in:ali'] }, due: { total: 2, first: [jane, ali] } });
    expect(again.digest).toBeUndefined();
  });

  it('forgets yesterday’s names', () => {
    const state: NudgeState = { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-11-20', notifiedDay: '2026-11-20', notifiedIds: ['in:jane'] };
    expect(plan({ now: monday9, state, due: { total: 1, first: [jane] } }).digest?.named).toEqual([jane]);
  });

  describe('individual nudges (a setting, off by default)', () => {
    const on = { ...defaults, individualNudges: true };
    const checked: NudgeState = { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-11-23', overdueCheckedAt: '2026-11-23T08:00:00.000Z' };
    const tenAm = at('2026-11-23T09:00:00.000Z');

    it('are off by default', () => {
      expect(defaults.individualNudges).toBe(false);
      expect(plan({ now: tenAm, state: checked, newlyOverdue: [jane] }).individual).toEqual([]);
    });

    it('nudge each person who newly became overdue, once', () => {
      const first = plan({ now: tenAm, settings: on, state: checked, newlyOverdue: [jane] });
      expect(first.individual).toEqual([jane]);
      expect(first.state.overdueCheckedAt).toBe('2026-11-23T09:00:00.000Z');
      expect(first.state.notifiedIds).toEqual(['in:jane']);
    });

    it('never nudge on the first run, so turning them on does not nudge about everyone already overdue', () => {
      const result = plan({ now: tenAm, settings: on, state: { ...EMPTY_NUDGE_STATE, lastDigestDay: '2026-11-23' }, newlyOverdue: [jane, ali] });
      expect(result.individual).toEqual([]);
      expect(result.state.overdueCheckedAt).toBe('2026-11-23T09:00:00.000Z');
    });

    it(`send at most ${MAX_INDIVIDUAL_PER_RUN} per run (after a long sleep the digest covers the rest)`, () => {
      const many = Array.from({ length: 8 }, (_, i) => contact(`in:p${i}`, `Person ${i}`));
      expect(plan({ now: tenAm, settings: on, state: checked, newlyOverdue: many }).individual).toHaveLength(MAX_INDIVIDUAL_PER_RUN);
    });

    it('skip people the digest named today, and are silent on quiet days', () => {
      const named: NudgeState = { ...checked, notifiedDay: '2026-11-23', notifiedIds: ['in:jane'] };
      expect(plan({ now: tenAm, settings: on, state: named, newlyOverdue: [jane, ali] }).individual).toEqual([ali]);
      const saturday = at('2026-11-28T09:00:00.000Z');
      expect(plan({ now: saturday, settings: on, state: checked, newlyOverdue: [jane] }).individual).toEqual([]);
    });

    it('do not name the digest’s people again when both come in one run', () => {
      const result = plan({ now: monday9, settings: on, state: { ...EMPTY_NUDGE_STATE, overdueCheckedAt: '2026-11-23T07:00:00.000Z' }, due: { total: 2, first: [jane, ali] }, newlyOverdue: [jane, sam] });
      expect(result.digest?.named).toEqual([jane, ali]);
      expect(result.individual).toEqual([sam]);
    });
  });
});
