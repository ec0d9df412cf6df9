import { isTheirs, type Contact, type Strength, type StrengthFacts, type Touchpoint } from '@/lib/model/schema';
import { DAY_MS, toTimestamp, type Timestamp } from '@/lib/time/instant';

/**
 * Relationship strength, explained (issue 17; the rules in words are
 * docs/relationship-strength.md). Pure: the facts are gathered from a
 * person's touchpoints when something is written for them and kept on the
 * contact; the state is judged from those facts and the current time alone,
 * so a render never reads a touchpoint.
 */

export const STRENGTH_RULES = {
  /** Touches counted as recent. */
  recentDays: 90,
  /** Known for less than this: new. */
  newDays: 30,
  /** Strong: at least this many touches of yours in the recent days… */
  strongTouches: 3,
  /** …and a two-way exchange within this many days. */
  strongExchangeDays: 90,
  /** Nothing for this long (no touch of yours, no exchange): cooling… */
  coolingDays: 60,
  /** …and cold from this long. */
  coldDays: 180,
  /** The give/ask balance looks at this many of the latest classified touches. */
  balanceWindow: 10,
} as const;

const days = (n: number) => n * DAY_MS;
const later = (a: Timestamp | undefined, b: Timestamp | undefined) => (a === undefined ? b : b === undefined ? a : a > b ? a : b);
const earlier = (a: Timestamp | undefined, b: Timestamp | undefined) => (a === undefined ? b : b === undefined ? a : a < b ? a : b);

type TouchFacts = Pick<Touchpoint, 'at' | 'type' | 'focus' | 'direction'>;

/** The facts about one person, from their touchpoints newest first, at `now`. */
export function strengthFactsFrom(newestFirst: readonly TouchFacts[], now: Timestamp): StrengthFacts {
  const since = toTimestamp(Date.parse(now) - days(STRENGTH_RULES.recentDays));
  const facts: StrengthFacts = { recentTouches: [], gives: 0, classified: 0 };
  for (const touch of newestFirst) {
    const theirs = isTheirs(touch);
    if (theirs) facts.lastReceivedAt ??= touch.at;
    else if (touch.type === 'message') facts.lastSentAt ??= touch.at;
    if (!theirs && touch.at >= since && touch.at <= now && facts.recentTouches.length < STRENGTH_RULES.balanceWindow) facts.recentTouches.push(touch.at);
    if (touch.focus && facts.classified < STRENGTH_RULES.balanceWindow) {
      facts.classified++;
      if (touch.focus === 'give') facts.gives++;
    }
  }
  return facts;
}

export interface StrengthAssessment {
  state: Strength;
  /** Your touches in the last 90 days (at most 10 are kept: "10" reads as "10 or more"). */
  recentTouches: number;
  /** When you last exchanged messages both ways: the earlier of your latest message and theirs. */
  lastExchangeAt?: Timestamp;
  /** Your latest touch. */
  lastTouchAt?: Timestamp;
  /** Since when you have known them: connected on LinkedIn, or added to Rapport, whichever is earlier. */
  knownSince: Timestamp;
  /** Of the latest classified touches, about them / in all. */
  gives: number;
  classified: number;
  /** When time alone will next change the state; absent when it never will (cold stays cold). */
  changesAt?: Timestamp;
}

/** Judges a relationship from its kept facts at `now` (see STRENGTH_RULES and docs/relationship-strength.md). */
export function assessStrength(
  contact: Pick<Contact, 'connectedAt' | 'createdAt' | 'lastTouchAt'>,
  facts: StrengthFacts,
  now: Timestamp,
): StrengthAssessment {
  const nowMs = Date.parse(now);
  const knownSince = earlier(contact.connectedAt, contact.createdAt)!;
  const recent = facts.recentTouches.filter((at) => Date.parse(at) > nowMs - days(STRENGTH_RULES.recentDays));
  const lastExchangeAt = facts.lastSentAt && facts.lastReceivedAt ? earlier(facts.lastSentAt, facts.lastReceivedAt) : undefined;
  const lastActivity = later(contact.lastTouchAt, lastExchangeAt);
  const quietFor = lastActivity === undefined ? Infinity : nowMs - Date.parse(lastActivity);
  const exchangeAge = lastExchangeAt === undefined ? Infinity : nowMs - Date.parse(lastExchangeAt);

  let state: Strength;
  if (nowMs - Date.parse(knownSince) < days(STRENGTH_RULES.newDays)) state = 'new';
  else if (quietFor >= days(STRENGTH_RULES.coldDays)) state = 'cold';
  else if (recent.length >= STRENGTH_RULES.strongTouches && exchangeAge <= days(STRENGTH_RULES.strongExchangeDays)) state = 'strong';
  else if (quietFor >= days(STRENGTH_RULES.coolingDays)) state = 'cooling';
  else state = 'growing';

  // Every instant at which time alone can change one of the inputs above; the next one is when to look again.
  const moments: number[] = [Date.parse(knownSince) + days(STRENGTH_RULES.newDays)];
  if (lastActivity !== undefined) moments.push(Date.parse(lastActivity) + days(STRENGTH_RULES.coolingDays), Date.parse(lastActivity) + days(STRENGTH_RULES.coldDays));
  if (lastExchangeAt !== undefined) moments.push(Date.parse(lastExchangeAt) + days(STRENGTH_RULES.strongExchangeDays) + 1);
  for (const at of recent) moments.push(Date.parse(at) + days(STRENGTH_RULES.recentDays));
  const next = Math.min(...moments.filter((moment) => moment > nowMs));

  return {
    state,
    recentTouches: recent.length,
    ...(lastExchangeAt ? { lastExchangeAt } : {}),
    ...(contact.lastTouchAt ? { lastTouchAt: contact.lastTouchAt } : {}),
    knownSince,
    gives: facts.gives,
    classified: facts.classified,
    ...(Number.isFinite(next) ? { changesAt: toTimestamp(next) } : {}),
  };
}

/** The derived strength fields of a contact, from its touchpoints newest first. */
export function withStrength<T extends Contact>(contact: T, newestFirst: readonly TouchFacts[], now: Timestamp): T {
  const strengthFacts = strengthFactsFrom(newestFirst, now);
  const assessment = assessStrength(contact, strengthFacts, now);
  const next: T = { ...contact, strength: assessment.state, strengthFacts };
  if (assessment.changesAt) next.strengthChangesAt = assessment.changesAt;
  else delete next.strengthChangesAt;
  return next;
}

/** True when the strength fields differ (worth a write). */
export function strengthChanged(before: Contact, after: Contact): boolean {
  return (
    before.strength !== after.strength ||
    before.strengthChangesAt !== after.strengthChangesAt ||
    JSON.stringify(before.strengthFacts) !== JSON.stringify(after.strengthFacts)
  );
}
