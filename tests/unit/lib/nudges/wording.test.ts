import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { digestText, durationPhrase, nudgeText } from '@/lib/nudges/wording';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import type { NudgeContact } from '@/lib/nudges/rules';

const cadences = DEFAULT_SETTINGS.cadences;
const now = Date.parse('2026-11-23T09:00:00.000Z');
const sam: NudgeContact = { id: 'in:sam', name: 'Sam', circle: 'new', circleSince: '2026-11-16T09:00:00.000Z', dueAt: '2026-11-23T09:00:00.000Z' };

describe('digest wording', () => {
  it.each([
    [['Jane Doe'], 1, 'Jane Doe is due a touchpoint'],
    [['Jane Doe', 'Ali Khan'], 2, 'Jane Doe and Ali Khan are due a touchpoint'],
    [['Jane Doe', 'Ali Khan', 'Sam Lee'], 3, 'Jane Doe, Ali Khan and Sam Lee are due a touchpoint'],
    [['Jane Doe', 'Ali Khan'], 6, 'Jane Doe, Ali Khan and 4 others are due a touchpoint'],
    [['Jane Doe'], 2, 'Jane Doe and 1 other are due a touchpoint'],
    [['Jane Doe', 'Ali Khan', 'Sam Lee'], 1203, 'Jane Doe, Ali Khan, Sam Lee and 1,200 others are due a touchpoint'],
  ])('%j of %i: “%s”', (names, total, message) => {
    expect(digestText(names, total)).toEqual({ title: 'Time for a touchpoint', message });
  });

  it('uses the locale’s list punctuation (American English: a serial comma)', () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    expect(digestText(['Jane Doe', 'Ali Khan'], 6).message).toBe('Jane Doe, Ali Khan, and 4 others are due a touchpoint');
  });
});

describe('nudge wording', () => {
  it.each([
    [0, '24-7-30 · Day 1: acknowledge', 'Follow up with Sam: it’s been a day since you connected'],
    [1, '24-7-30 · Day 7: a personal touch', 'Follow up with Sam: it’s been a week since you connected'],
    [2, '24-7-30 · Day 30: propose to meet', 'Follow up with Sam: it’s been a month since you connected'],
  ] as const)('a new connection on step %i of 24-7-30: “%s”, “%s”', (step, title, message) => {
    expect(nudgeText(sam, step, cadences, now)).toEqual({ title, message });
  });

  it('names the step by its own length when the user changed it', () => {
    const custom = { ...cadences, new: { ...cadences.new, steps: [{ idealDays: 2, maxDays: 3 }, { idealDays: 14, maxDays: 20 }, { idealDays: 45, maxDays: 50 }] as typeof cadences.new.steps } };
    expect(nudgeText(sam, 0, custom, now)).toEqual({ title: '24-7-30 · Day 2: acknowledge', message: 'Follow up with Sam: it’s been 2 days since you connected' });
    expect(nudgeText(sam, 1, custom, now).message).toBe('Follow up with Sam: it’s been 2 weeks since you connected');
  });

  it.each([
    [1, 'a day'],
    [2, '2 days'],
    [7, 'a week'],
    [21, '3 weeks'],
    [30, 'a month'],
    [45, '45 days'],
  ])('%i days reads “%s”', (days, phrase) => {
    expect(durationPhrase(days)).toBe(phrase);
  });

  it('says when the last touchpoint was for other circles', () => {
    const jane: NudgeContact = { id: 'in:jane', name: 'Jane Doe', circle: 'inner', circleSince: '2026-09-01T09:00:00.000Z', lastTouchAt: '2026-11-02T09:00:00.000Z', dueAt: '2026-11-16T09:00:00.000Z' };
    expect(nudgeText(jane, undefined, cadences, now)).toEqual({ title: 'Overdue a touchpoint', message: 'Keep in touch with Jane Doe: your last touchpoint was 21 days ago.' });
    const { lastTouchAt: _, ...untouched } = jane;
    expect(nudgeText(untouched, undefined, cadences, now).message).toBe('Keep in touch with Jane Doe: no touchpoint since 1 Sept 2026.');
  });
});

describe('the digest’s follow-ups and dates', () => {
  it('adds a line per follow-up and date after who is due, and counts the follow-ups it does not name', async () => {
    const { digestText } = await import('@/lib/nudges/wording');
    const text = digestText(['Jane Doe'], 1, {
      loops: [{ name: 'Ali Khan', text: 'ask how the launch went' }],
      loopTotal: 3,
      dates: [
        { name: 'Sam Lee', kind: 'workAnniversary', when: 'today', years: 1, leapDayMoved: false },
        { name: 'Mia Chen', kind: 'connection', when: 'tomorrow', years: 6, leapDayMoved: false },
        { name: 'Noor Ali', kind: 'other', label: 'Daughter’s graduation', when: 'tomorrow', leapDayMoved: false },
      ],
    });
    expect(text.message.split('\n')).toEqual([
      'Jane Doe is due a touchpoint',
      'Follow up with Ali Khan: ask how the launch went',
      '…and 2 more follow-ups',
      'Today: Sam Lee — Work anniversary (1 year)',
      'Tomorrow: Mia Chen — Connected on LinkedIn (6 years)',
      'Tomorrow: Noor Ali — Daughter’s graduation',
    ]);
  });
});
