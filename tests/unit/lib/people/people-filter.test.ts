import { describe, expect, it } from 'vitest';
import { filterPeople, NO_FILTER, NO_TAGS, tagsInUse, type PeopleFilter, type PersonRow } from '@/lib/people/people-filter';
import { nameKeyFor } from '@/lib/people/name-key';
import { searchWordsFor } from '@/lib/search/search-words';

const NOW = Date.parse('2026-12-01T09:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000).toISOString();

function row(name: string, fields: Partial<PersonRow> = {}): PersonRow {
  const base = { id: `in:${name.toLowerCase().replace(/\W+/g, '-')}`, name, profileUrl: 'https://www.linkedin.com/in/x/', circle: 'untracked' as const, tags: [], ...fields };
  return { ...base, searchWords: searchWordsFor(base) };
}

const people = [
  row('Ada Lovelace', { circle: 'inner', kind: 'strategic', company: 'Analytical Engines', tags: ['Mentor'], connectedAt: daysAgo(10), lastTouchAt: daysAgo(5) }),
  row('Bea Müller', { circle: 'key', kind: 'relational', company: 'Acme', headline: 'CTO at Acme', connectedAt: daysAgo(200), lastTouchAt: daysAgo(60) }),
  row('Chen Li', { circle: 'untracked', company: 'Globex', tags: ['fintech', 'mentor'], connectedAt: daysAgo(800), lastTouchAt: daysAgo(400) }),
  row('Dana Scully', { circle: 'wider' }),
];
const names = (filter: Partial<PeopleFilter>) => filterPeople(people, { ...NO_FILTER, ...filter }, NOW).map((person) => person.name);

describe('the People page filters', () => {
  it('returns everyone, as given, without a filter', () => {
    expect(filterPeople(people, NO_FILTER, NOW)).toBe(people);
  });

  it.each<[string, Partial<PeopleFilter>, string[]]>([
    ['search: every word starts a word of the person (accents folded)', { query: 'bea mul' }, ['Bea Müller']],
    ['search: headline and tags count', { query: 'cto' }, ['Bea Müller']],
    ['search: a word found nowhere matches nobody', { query: 'ada zzz' }, []],
    ['circle', { circle: 'key' }, ['Bea Müller']],
    ['kind', { kind: 'strategic' }, ['Ada Lovelace']],
    ['without a kind', { kind: 'none' }, ['Chen Li', 'Dana Scully']],
    ['company, any part, any case', { company: 'ACM' }, ['Bea Müller']],
    ['connected in the last 30 days', { connected: 'last30' }, ['Ada Lovelace']],
    ['connected in the last year', { connected: 'lastYear' }, ['Ada Lovelace', 'Bea Müller']],
    ['connected over a year ago', { connected: 'older' }, ['Chen Li']],
    ['connection date unknown', { connected: 'unknown' }, ['Dana Scully']],
    ['touched in the last 30 days', { lastTouch: 'last30' }, ['Ada Lovelace']],
    ['touched 30 to 90 days ago', { lastTouch: 'days30to90' }, ['Bea Müller']],
    ['touched over 90 days ago', { lastTouch: 'over90' }, ['Chen Li']],
    ['never touched', { lastTouch: 'never' }, ['Dana Scully']],
    ['a tag, any case', { tag: 'mentor' }, ['Ada Lovelace', 'Chen Li']],
    ['no tags', { tag: NO_TAGS }, ['Bea Müller', 'Dana Scully']],
    ['filters combine', { tag: 'mentor', circle: 'untracked', query: 'chen' }, ['Chen Li']],
  ])('%s', (_name, filter, expected) => {
    expect(names(filter)).toEqual(expected);
  });

  it('lists each tag in use once, sorted', () => {
    expect(tagsInUse(people)).toEqual(['fintech', 'Mentor']);
  });

  it('orders by name (the nameKey index), accents folded, numbers by value, the same name by id', () => {
    const people = [row('Team 10'), row('Émile Zola'), row('team 2'), row('Anna'), { ...row('Ann'), id: 'in:b' }, { ...row('Ann'), id: 'in:a' }];
    const sorted = people.map((person) => ({ person, key: nameKeyFor(person) })).sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(sorted.map(({ person }) => person.name)).toEqual(['Ann', 'Ann', 'Anna', 'Émile Zola', 'team 2', 'Team 10']);
    expect(sorted.slice(0, 2).map(({ person }) => person.id)).toEqual(['in:a', 'in:b']);
  });
});
