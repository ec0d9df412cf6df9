import { describe, expect, it } from 'vitest';
import { assessStrength, strengthFactsFrom, withStrength } from '@/lib/relationship/strength';
import { strengthReasons } from '@/lib/relationship/strength-words';
import { askNote } from '@/lib/relationship/ask-readiness';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { refreshStrengthDue } from '@/lib/db/repo/upkeep/strength';
import { toTimestamp } from '@/lib/time/instant';
import { contextAt } from '../../helpers/context';

/** Relationship strength with a fixed clock: each state and the reasons it gives (docs/relationship-strength.md). */

const NOW = '2026-06-01T12:00:00.000Z';
const DAY = 86_400_000;
const daysAgo = (days: number) => toTimestamp(Date.parse(NOW) - days * DAY);

type Touch = Pick<Touchpoint, 'at' | 'type' | 'focus' | 'direction'>;
const mine = (days: number, focus: 'give' | 'ask' = 'give', type: Touch['type'] = 'like'): Touch => ({ at: daysAgo(days), type, focus });
const sent = (days: number): Touch => ({ at: daysAgo(days), type: 'message', direction: 'outgoing', focus: 'give' });
const received = (days: number): Touch => ({ at: daysAgo(days), type: 'message', direction: 'incoming' });
const imported = (days: number): Touch => ({ at: daysAgo(days), type: 'message', direction: 'outgoing' });

function judge(knownDays: number, touches: Touch[]) {
  const newestFirst = [...touches].sort((a, b) => (a.at < b.at ? 1 : -1));
  const lastTouchAt = newestFirst.find((touch) => touch.direction !== 'incoming')?.at;
  const contact = { createdAt: daysAgo(knownDays), ...(lastTouchAt ? { lastTouchAt } : {}) };
  const assessment = assessStrength(contact, strengthFactsFrom(newestFirst, NOW), NOW);
  return { ...assessment, words: strengthReasons(assessment, Date.parse(NOW)) };
}

describe('relationship strength', () => {
  it('new: known for under 30 days, whatever the touches', () => {
    const result = judge(12, [sent(3), received(2), mine(1)]);
    expect(result.state).toBe('new');
    expect(result.words).toBe('known for 12 days · 2 touches in 90 days · last exchange 3 days ago · 2 of 2 about them');
    expect(result.changesAt).toBe(daysAgo(12 - 30));
  });

  it('strong: 3 touches of yours in 90 days and a two-way exchange within 90 days', () => {
    const result = judge(400, [mine(40), mine(20), sent(12), received(10), mine(5, 'ask')]);
    expect(result.state).toBe('strong');
    expect(result.words).toBe('4 touches in 90 days · last exchange 12 days ago · 3 of 4 about them');
  });

  it('growing: in touch, but no two-way exchange (or too few touches) yet', () => {
    expect(judge(400, [mine(40), mine(20), mine(5)])).toMatchObject({ state: 'growing', words: '3 touches in 90 days · no two-way exchange yet · 3 of 3 about them' });
    expect(judge(400, [sent(12), received(10)]).state).toBe('growing');
  });

  it('cooling: nothing for 60 days or more', () => {
    const result = judge(400, [sent(100), received(95), mine(70)]);
    expect(result.state).toBe('cooling');
    expect(result.words).toBe('1 touch in 90 days · last exchange 100 days ago · last touch 70 days ago · 2 of 2 about them');
    // Looked at again when the last touch leaves the 90 days (still cooling then), and it turns cold 180 days after it.
    expect(result.changesAt).toBe(daysAgo(70 - 90));
    const atCold = assessStrength({ createdAt: daysAgo(400), lastTouchAt: daysAgo(70) }, strengthFactsFrom([mine(70), received(95), sent(100)], NOW), daysAgo(70 - 180));
    expect(atCold.state).toBe('cold');
  });

  it('cold: nothing for 180 days, or never in touch', () => {
    expect(judge(900, [mine(200)])).toMatchObject({ state: 'cold', words: '0 touches in 90 days · no two-way exchange yet · last touch 200 days ago · 1 of 1 about them' });
    const never = judge(900, []);
    expect(never).toMatchObject({ state: 'cold', words: '0 touches in 90 days · no two-way exchange yet · never touched' });
    expect(never.changesAt).toBeUndefined(); // time alone never warms a relationship
  });

  it('their messages alone are no touch of yours; imported touches count as touches but not in the balance', () => {
    const result = judge(400, [received(5), received(3)]);
    expect(result).toMatchObject({ recentTouches: 0, classified: 0, state: 'cold' });
    expect(judge(400, [imported(50), imported(30), imported(10), received(9)])).toMatchObject({ state: 'strong', recentTouches: 3, classified: 0 });
  });

  it('strong cools as touches leave the 90 days: the next change is when the oldest recent touch leaves', () => {
    const result = judge(400, [mine(80), mine(20), sent(12), received(10)]);
    expect(result.state).toBe('strong');
    expect(result.changesAt).toBe(daysAgo(80 - 90));
    const later = assessStrength({ createdAt: daysAgo(400), lastTouchAt: daysAgo(12) }, strengthFactsFrom([sent(12), received(10), mine(20), mine(80)], NOW), result.changesAt!);
    expect(later.state).toBe('growing');
  });
});

describe('ask readiness: a gentle note, never a block', () => {
  it.each([
    ['someone not in Rapport yet', null, 'new'],
    ['someone new', { state: 'new', gives: 3, classified: 3 }, 'new'],
    ['someone cold', { state: 'cold', gives: 3, classified: 3 }, 'cold'],
    ['mostly about you', { state: 'growing', gives: 1, classified: 3 }, 'mostlyAboutYou'],
    ['a strong, giving relationship', { state: 'strong', gives: 8, classified: 9 }, null],
    ['too few classified touches to say', { state: 'growing', gives: 0, classified: 2 }, null],
  ] as const)('%s → %s', (_label, assessment, expected) => {
    expect(askNote(assessment)).toBe(expected);
  });
});

describe('kept on the contact, refreshed when time changes it', () => {
  it('a log keeps the strength on the contact; the tick refreshes it once its time has come', async () => {
    const db = getDb();
    await addPerson(db, { profileUrl: 'https://www.linkedin.com/in/ada/', name: 'Ada' }, 'key', contextAt(daysAgo(400)));
    const ctx = contextAt(NOW);
    await logTouchpoint(db, { contactId: 'in:ada' }, { type: 'message', direction: 'outgoing', at: daysAgo(30) }, ctx);
    await logTouchpoint(db, { contactId: 'in:ada' }, { type: 'message', direction: 'incoming', at: daysAgo(29) }, ctx);
    await logTouchpoint(db, { contactId: 'in:ada' }, { type: 'like', at: daysAgo(20) }, ctx);
    const { contact } = await logTouchpoint(db, { contactId: 'in:ada' }, { type: 'comment', at: daysAgo(10) }, ctx);
    // Three touches in 90 days and an exchange a month ago; looked at again 60 days after the last touch.
    expect(contact).toMatchObject({ strength: 'strong', strengthChangesAt: daysAgo(10 - 60) });
    // Nothing due yet: nothing written.
    expect(await db.transaction('rw', db.contacts, db.touchpoints, async () => refreshStrengthDue(db, ctx))).toBe(0);
    // Two months on, the first message has left the 90 days and nothing new came: cooling.
    const later = contextAt(daysAgo(-61));
    expect(await db.transaction('rw', db.contacts, db.touchpoints, async () => refreshStrengthDue(db, later))).toBe(1);
    expect((await db.contacts.get('in:ada'))!.strength).toBe('cooling');
  });

  it('withStrength keeps no change date when none will come', () => {
    const contact = { createdAt: daysAgo(900), strengthChangesAt: daysAgo(5) } as Contact;
    expect(withStrength(contact, [], NOW)).not.toHaveProperty('strengthChangesAt');
  });
});
