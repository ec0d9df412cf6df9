/** A synthetic Rapport backup (invented people) for benchmarks that load the real extension. */
const DAY = 86_400_000;
const CIRCLES = ['inner', 'key', 'wider', 'new', 'untracked'] as const;
const FIRST = ['Ada', 'Ali', 'Bea', 'Chen', 'Dana', 'Eli', 'Fatou', 'Gus', 'Hana', 'Ivo', 'Jane', 'Kofi', 'Lea', 'Milo', 'Nia', 'Omar'];
const LAST = ['Doe', 'Khan', 'Lee', 'Martin', 'Nguyen', 'Okafor', 'Petit', 'Quinn', 'Rossi', 'Silva', 'Tanaka', 'Usman'];

export function syntheticBackup(contactCount: number, touchpointCount: number, now = Date.parse('2026-11-27T09:00:00.000Z')) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const iso = (time: number) => new Date(time).toISOString();
  const contacts = Array.from({ length: contactCount }, (_, i) => {
    const since = iso(now - Math.floor(rand() * 400) * DAY);
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
    return {
      id: `in:person-${i}`,
      profileUrl: `https://www.linkedin.com/in/person-${i}/`,
      name,
      headline: `Role ${i % 97} at Company ${i % 311}`,
      company: `Company ${i % 311}`,
      circle: CIRCLES[i % CIRCLES.length],
      tags: i % 7 === 0 ? ['mentor'] : [],
      createdAt: since,
      updatedAt: since,
      circleSince: since,
    };
  });
  const touchpoints = Array.from({ length: touchpointCount }, (_, i) => ({
    id: `t-${i}`,
    contactId: contacts[Math.floor(rand() * contactCount)]!.id,
    type: 'message',
    focus: 'give',
    at: iso(now - Math.floor(rand() * 365 * DAY)),
    source: 'import',
  }));
  return { format: 'rapport-backup', version: 1, exportedAt: iso(now), contacts, touchpoints, notes: [] };
}
