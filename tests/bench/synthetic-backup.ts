/** A synthetic Rapport backup (invented people) for benchmarks that load the real extension. */
const DAY = 86_400_000;
const CIRCLES = ['inner', 'key', 'wider', 'new', 'untracked'] as const;
const KINDS = ['strategic', 'relational', 'both'] as const;
const FIRST = ['Ada', 'Ali', 'Bea', 'Chen', 'Dana', 'Eli', 'Fatou', 'Gus', 'Hana', 'Ivo', 'Jane', 'Kofi', 'Lea', 'Milo', 'Nia', 'Omar'];
const LAST = ['Doe', 'Khan', 'Lee', 'Martin', 'Nguyen', 'Okafor', 'Petit', 'Quinn', 'Rossi', 'Silva', 'Tanaka', 'Usman'];

/**
 * A plausible spread of touchpoint types (weights out of 100): mostly likes,
 * comments and messages, a few asks, introductions and congratulations.
 */
const TYPE_MIX = [
  ['like', 35],
  ['comment', 20],
  ['share', 5],
  ['message', 20],
  ['meeting', 3],
  ['call', 2],
  ['email', 5],
  ['intro', 2],
  ['congrats', 3],
  ['ask', 4],
  ['other', 1],
] as const;
const ASK_NOTES = ['An introduction to their hiring manager', 'Feedback on my talk', 'A reference for the Lyon role', 'Advice on pricing'];
const NOTE_TOPICS = ['Met at the data summit; keen on open source.', 'Could mentor junior engineers; ran a mentoring programme at Acme.', 'Knows the Lyon start-up scene.', 'Wants to hear about our pricing work.'];

export interface SyntheticBackupOptions {
  /**
   * What the dashboard reads: kinds on about half of the tracked people, a
   * mix of touchpoint types (asks with outcomes and thanks, introductions,
   * congratulations) and a note for one person in fifty. Drawn from a
   * sequence of its own, so without it the backup is exactly as before.
   */
  dashboardMix?: boolean;
}

export function syntheticBackup(contactCount: number, touchpointCount: number, now = Date.parse('2026-11-27T09:00:00.000Z'), options: SyntheticBackupOptions = {}) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  let mixSeed = 11;
  const mix = () => ((mixSeed = (mixSeed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const iso = (time: number) => new Date(time).toISOString();
  const contacts = Array.from({ length: contactCount }, (_, i) => {
    const since = iso(now - Math.floor(rand() * 400) * DAY);
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
    const circle = CIRCLES[i % CIRCLES.length]!;
    const kind = options.dashboardMix && circle !== 'untracked' && mix() < 0.5 ? KINDS[Math.floor(mix() * KINDS.length)] : undefined;
    return {
      id: `in:person-${i}`,
      profileUrl: `https://www.linkedin.com/in/person-${i}/`,
      name,
      headline: `Role ${i % 97} at Company ${i % 311}`,
      company: `Company ${i % 311}`,
      circle,
      ...(kind && { kind }),
      tags: i % 7 === 0 ? ['mentor'] : [],
      createdAt: since,
      updatedAt: since,
      circleSince: since,
    };
  });
  const touchpoints = Array.from({ length: touchpointCount }, (_, i) => {
    const touchpoint = {
      id: `t-${i}`,
      contactId: contacts[Math.floor(rand() * contactCount)]!.id,
      type: 'message',
      focus: 'give',
      at: iso(now - Math.floor(rand() * 365 * DAY)),
      source: 'import',
    };
    return options.dashboardMix ? withMixedType(touchpoint, mix) : touchpoint;
  });
  const notes = options.dashboardMix
    ? contacts
        .filter((_, i) => i % 50 === 3)
        .map((contact, i) => ({
          id: `note-${i}`,
          contactId: contact.id,
          body: `${NOTE_TOPICS[i % NOTE_TOPICS.length]}\n${'Follow up after the conference. '.repeat(1 + (i % 5))}`,
          createdAt: contact.createdAt,
          updatedAt: contact.createdAt,
        }))
    : [];
  return { format: 'rapport-backup', version: 1, exportedAt: iso(now), contacts, touchpoints, notes };
}

function withMixedType<T extends { type: string; focus: string }>(touchpoint: T, mix: () => number) {
  let roll = mix() * 100;
  const type = TYPE_MIX.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'like';
  if (type !== 'ask') return { ...touchpoint, type };
  const outcome = mix();
  const helped = outcome < 0.4;
  return {
    ...touchpoint,
    type,
    focus: 'ask',
    ...(outcome < 0.55 && { outcome: helped ? 'helped' : 'declined' }),
    ...(helped && mix() < 0.7 && { thanked: true }),
    ...(mix() < 0.5 && { note: ASK_NOTES[Math.floor(mix() * ASK_NOTES.length)] }),
  };
}
