import { describe, expect, it } from 'vitest';
import { computeDueTimes, newConnectionStep, shouldGraduate, type CadenceInput } from '@/lib/cadence/cadence';
import { dueStatus } from '@/lib/cadence/due-status';
import { DEFAULT_SETTINGS, type Cadences } from '@/lib/storage/settings';

const cadences: Cadences = DEFAULT_SETTINGS.cadences;
const PARIS = 'Europe/Paris';

function due(input: Partial<CadenceInput> & Pick<CadenceInput, 'circle'>, timeZone = PARIS) {
  return computeDueTimes({ circleSince: '2026-01-01T09:00:00.000Z', touchesSinceCircleStart: [], ...input }, cadences, timeZone);
}

describe('cadence rules', () => {
  it.each([
    ['inner', '2026-03-15T09:00:00.000Z', '2026-03-22T09:00:00.000Z'],
    ['key', '2026-03-31T08:00:00.000Z', '2026-04-15T08:00:00.000Z'],
    ['wider', '2026-05-30T08:00:00.000Z', '2026-06-29T08:00:00.000Z'],
  ] as const)('%s: due and overdue after the ideal and max days since the last touch', (circle, dueAt, overdueAt) => {
    // Last touch 1 March 10:00 Paris (09:00Z); DST starts 29 March, so later instants shift by an hour in UTC.
    expect(due({ circle, lastTouchAt: '2026-03-01T09:00:00.000Z' })).toEqual({ dueAt, overdueAt });
  });

  it('untracked contacts are never due', () => {
    expect(due({ circle: 'untracked', lastTouchAt: '2020-01-01T00:00:00.000Z' })).toEqual({});
    expect(dueStatus({ circle: 'untracked' }, '2030-01-01T00:00:00.000Z')).toBe('untracked');
  });

  it('counts from the last touch even when it came before entering the circle: choosing a circle does not restart the clock', () => {
    expect(due({ circle: 'inner', circleSince: '2026-02-01T09:00:00.000Z', lastTouchAt: '2026-01-10T09:00:00.000Z' })).toEqual({
      dueAt: '2026-01-24T09:00:00.000Z',
      overdueAt: '2026-01-31T09:00:00.000Z',
    });
  });

  it('counts from entering the circle only for someone never touched', () => {
    expect(due({ circle: 'inner', circleSince: '2026-02-01T09:00:00.000Z' }).dueAt).toBe('2026-02-15T09:00:00.000Z');
  });

  describe('catching up', () => {
    it('someone past due waits for their catch-up day, then has the circle’s usual grace before overdue', () => {
      // Key (30/45): last touched in October, so due since November; their catch-up day is 5 March (Paris midnight).
      const times = due({ circle: 'key', circleSince: '2026-03-02T09:00:00.000Z', lastTouchAt: '2025-10-01T09:00:00.000Z', catchUpAt: '2026-03-04T23:00:00.000Z' });
      expect(times).toEqual({ dueAt: '2026-03-04T23:00:00.000Z', overdueAt: '2026-03-19T23:00:00.000Z' });
    });

    it('a catch-up day earlier than the cadence’s own due date changes nothing', () => {
      const plain = due({ circle: 'key', lastTouchAt: '2026-03-01T09:00:00.000Z' });
      expect(due({ circle: 'key', lastTouchAt: '2026-03-01T09:00:00.000Z', catchUpAt: '2026-03-04T23:00:00.000Z' })).toEqual(plain);
    });

    it('a snooze still outlasts a catch-up day', () => {
      const times = due({ circle: 'key', lastTouchAt: '2025-10-01T09:00:00.000Z', catchUpAt: '2026-03-04T23:00:00.000Z', snoozedUntil: '2026-04-01T09:00:00.000Z' });
      expect(times).toEqual({ dueAt: '2026-04-01T09:00:00.000Z', overdueAt: '2026-04-01T09:00:00.000Z' });
    });
  });

  it('any later touchpoint resets the clock', () => {
    const before = due({ circle: 'key', lastTouchAt: '2026-02-01T09:00:00.000Z' });
    const after = due({ circle: 'key', lastTouchAt: '2026-02-20T09:00:00.000Z' });
    expect(after.dueAt! > before.dueAt!).toBe(true);
    expect(after.dueAt).toBe('2026-03-22T09:00:00.000Z');
  });

  describe('new connections follow 24-7-30 from the day they joined', () => {
    const circleSince = '2026-06-10T08:00:00.000Z';
    const day = (n: number, hour = 8) => new Date(Date.parse(circleSince) + n * 86_400_000 + (hour - 8) * 3_600_000).toISOString();
    const step = (touches: string[]) => newConnectionStep(circleSince, touches, cadences.new, PARIS);

    it.each([
      ['no touch yet: acknowledge within a day', [], '2026-06-11T08:00:00.000Z', '2026-06-12T08:00:00.000Z'],
      ['acknowledged: a personal touch at a week', [day(0, 20)], '2026-06-17T08:00:00.000Z', '2026-06-20T08:00:00.000Z'],
      ['touched again at the week: propose to meet within a month', [day(0, 20), day(7)], '2026-07-10T08:00:00.000Z', '2026-07-17T08:00:00.000Z'],
    ])('%s', (_, touches, dueAt, overdueAt) => {
      expect(due({ circle: 'new', circleSince, touchesSinceCircleStart: touches, lastTouchAt: touches.at(-1) })).toEqual({ dueAt, overdueAt });
    });

    it('a step needs a touch after the previous step’s day: two touches on the first day do not skip the week', () => {
      expect(step([day(0, 10), day(0, 11)])).toBe(1);
      expect(step([day(0, 10), day(2)])).toBe(2);
    });

    it('a late touch settles the steps whose day has passed', () => {
      expect(step([day(20)])).toBe(2);
      expect(due({ circle: 'new', circleSince, touchesSinceCircleStart: [day(20)], lastTouchAt: day(20) }).dueAt).toBe('2026-07-10T08:00:00.000Z');
      expect(step([day(300)])).toBe(3);
    });

    it('moves on after the last follow-up touch, and only from the new circle', () => {
      expect(step([day(0, 20), day(7), day(30)])).toBe(3);
      expect(step([day(0, 20), day(7), day(10)])).toBe(3);
      expect(shouldGraduate({ circle: 'new', circleSince, touchesSinceCircleStart: [day(0, 20), day(7), day(30)] }, cadences, PARIS)).toBe(true);
      expect(shouldGraduate({ circle: 'new', circleSince, touchesSinceCircleStart: [day(0, 20), day(7)] }, cadences, PARIS)).toBe(false);
      expect(shouldGraduate({ circle: 'key', circleSince, touchesSinceCircleStart: [day(40)] }, cadences, PARIS)).toBe(false);
    });
  });

  describe('due status', () => {
    const contact = { circle: 'key' as const, dueAt: '2026-04-01T08:00:00.000Z', overdueAt: '2026-04-16T08:00:00.000Z' };
    it.each([
      ['2026-03-31T23:59:59.999Z', 'ok'],
      ['2026-04-01T08:00:00.000Z', 'due'],
      ['2026-04-16T07:59:59.999Z', 'due'],
      ['2026-04-16T08:00:00.000Z', 'overdue'],
    ] as const)('at %s it is %s', (now, status) => {
      expect(dueStatus(contact, now)).toBe(status);
    });
  });

  describe('snooze', () => {
    it('a snoozed contact is neither due nor overdue until the snooze ends', () => {
      const times = due({ circle: 'inner', lastTouchAt: '2026-01-01T09:00:00.000Z', snoozedUntil: '2026-03-01T09:00:00.000Z' });
      expect(times).toEqual({ dueAt: '2026-03-01T09:00:00.000Z', overdueAt: '2026-03-01T09:00:00.000Z' });
      const contact = { circle: 'inner' as const, ...times, snoozedUntil: '2026-03-01T09:00:00.000Z' };
      expect(dueStatus(contact, '2026-02-28T09:00:00.000Z')).toBe('snoozed');
      expect(dueStatus(contact, '2026-03-01T09:00:00.000Z')).toBe('overdue');
    });

    it('a snooze that ends before the contact is due changes nothing', () => {
      const plain = due({ circle: 'wider', lastTouchAt: '2026-01-01T09:00:00.000Z' });
      expect(due({ circle: 'wider', lastTouchAt: '2026-01-01T09:00:00.000Z', snoozedUntil: '2026-01-05T09:00:00.000Z' })).toEqual(plain);
    });
  });

  describe('time zones and daylight saving', () => {
    it('keeps the wall-clock time across the spring-forward change (Paris, 29 March 2026)', () => {
      // 20 March 18:00 Paris (UTC+1) + 14 days = 3 April 18:00 Paris (UTC+2).
      expect(due({ circle: 'inner', lastTouchAt: '2026-03-20T17:00:00.000Z' }).dueAt).toBe('2026-04-03T16:00:00.000Z');
    });

    it('keeps the wall-clock time across the fall-back change (New York, 1 November 2026)', () => {
      // 25 October 09:00 New York (UTC-4) + 14 days = 8 November 09:00 (UTC-5).
      expect(due({ circle: 'inner', lastTouchAt: '2026-10-25T13:00:00.000Z' }, 'America/New_York').dueAt).toBe('2026-11-08T14:00:00.000Z');
    });

    it('is exactly N×24 hours in a zone without daylight saving', () => {
      expect(due({ circle: 'inner', lastTouchAt: '2026-03-20T17:00:00.000Z' }, 'Asia/Tokyo').dueAt).toBe('2026-04-03T17:00:00.000Z');
    });

    it('counts calendar days in the user zone across the date line', () => {
      // 23:30 on 31 Dec in Auckland is already 1 Jan there; the due day is 14 local days later.
      const dueAt = due({ circle: 'inner', lastTouchAt: '2026-12-31T10:30:00.000Z' }, 'Pacific/Auckland').dueAt!;
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Auckland', dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(dueAt))).toBe(
        '2027-01-14, 23:30',
      );
    });
  });
});
