import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as selectors from '@/lib/linkedin/selectors';
import * as interactions from '@/lib/linkedin/interactions';

/**
 * Every selector variant says when it was last seen: variants kept for old
 * markup end with "last seen YYYY-MM" (the newest page that shows them, so they
 * can be retired), the others name the 2024–26 page they were seen on. Read
 * from the source, one variant per line, and checked against the module so
 * no variant escapes the rule.
 */

/** The modules whose selector lists carry dates: recognition selectors and the post-interaction ones. */
const MODULES = [
  { file: 'lib/linkedin/selectors.ts', module: selectors as Record<string, unknown>, minLists: 40 },
  { file: 'lib/linkedin/interactions.ts', module: interactions as Record<string, unknown>, minLists: 12 },
];
/** Label tables (UI strings per language) are not selectors: like-state and company labels have their own checks. */
const isLabelTable = (name: string) => /_LABELS$/.test(name);

interface Variant {
  list: string;
  value: string;
  comment: string;
}

function variantsInSource(source: string): Variant[] {
  const variants: Variant[] = [];
  const block = /export const (\w+) = \[\n([\s\S]*?)\n\](?: as const)?;/g;
  for (const [, list, body] of source.matchAll(block)) {
    if (isLabelTable(list!)) continue;
    for (const line of body!.split('\n')) {
      const match = /^\s*'((?:[^'\\]|\\.)*)',?\s*(?:\/\/\s*(.*))?$/.exec(line);
      if (match) variants.push({ list: list!, value: match[1]!.replace(/\\'/g, "'"), comment: match[2] ?? '' });
    }
  }
  return variants;
}

const NOW = new Date();
const thisMonth = NOW.getUTCFullYear() * 12 + NOW.getUTCMonth();

/** A year-month (or year) that is a real month between 2010 and now. */
function validDate(year: string, month: string | undefined): boolean {
  const y = Number(year);
  const m = month === undefined ? 1 : Number(month);
  return y >= 2010 && m >= 1 && m <= 12 && y * 12 + (m - 1) <= thisMonth;
}

/** The problem with a variant's date, or null. */
function dateProblem(comment: string): string | null {
  for (const [, year, month] of comment.matchAll(/\b(20\d\d)(?:-(\d\d))?\b/g)) {
    if (!validDate(year!, month)) return `${year}${month ? `-${month}` : ''} is not a month between 2010 and now`;
  }
  if (/never seen/.test(comment)) return /added 20\d\d-\d\d\b/.test(comment) ? null : '"never seen" without the YYYY-MM it was added';
  const lastSeen = /last seen (\d{4})-(\d{2})\b/.exec(comment);
  if (lastSeen) return null;
  if (/last seen/.test(comment)) return '"last seen" without a YYYY-MM date';
  if (/\b202[4-9]\b/.test(comment)) return null;
  return 'no 2024–26 page named and no "last seen YYYY-MM"';
}

describe.each(MODULES)('selector variants in $file carry the date they were last seen', ({ file, module, minLists }) => {
  const variants = variantsInSource(readFileSync(file, 'utf8'));

  it('reads every variant of every selector list from the source', () => {
    const lists = (Object.entries(module) as Array<[string, unknown]>).filter(
      (entry): entry is [string, readonly string[]] => Array.isArray(entry[1]) && !isLabelTable(entry[0]),
    );
    expect(lists.length).toBeGreaterThanOrEqual(minLists);
    for (const [name, values] of lists) {
      expect(variants.filter((v) => v.list === name).map((v) => v.value), name).toEqual([...values]);
    }
  });

  it('every variant has a valid date: "last seen YYYY-MM" for old markup, else the 2024–26 page it was seen on', () => {
    const problems = variants.map((v) => ({ variant: `${v.list}: ${v.value}`, problem: dateProblem(v.comment) })).filter((p) => p.problem !== null);
    expect(problems).toEqual([]);
    // Old markup is marked as such (V0 2016 guest profiles, V1 2022 Ember, …).
    expect(variants.filter((v) => /last seen \d{4}-\d{2}/.test(v.comment)).length).toBeGreaterThan(15);
  });

  it.each([
    ['V1 2022; last seen 2022-05', null],
    ['V4 2026: feed/HITMAN5050…', null],
    ['V2 2023 (no newer page)', 'no 2024–26 page named and no "last seen YYYY-MM"'],
    ['old; last seen 2022-13', '2022-13 is not a month between 2010 and now'],
    ['last seen 2099-01', '2099-01 is not a month between 2010 and now'],
    ['last seen recently', '"last seen" without a YYYY-MM date'],
    ['', 'no 2024–26 page named and no "last seen YYYY-MM"'],
    ['generic: never seen on a saved page (added 2026-11)', null],
    ['generic: never seen on a saved page', '"never seen" without the YYYY-MM it was added'],
  ])('judges %j', (comment, problem) => {
    expect(dateProblem(comment)).toBe(problem);
  });
});
