import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HelperList, HelperSearch } from '@/entrypoints/dashboard/helper-search';
import { getDb } from '@/lib/db/db';
import type { Contact } from '@/lib/model/schema';
import type { RankedHelper } from '@/lib/relationship/rank-helpers';
import type * as needsReads from '@/lib/db/repo/reads/needs';
import { connectPagesToBackground, deliver } from '../../helpers/background';

// The real ranked search unless a test makes it hang or fail.
const findHelpersRanked = vi.hoisted(() => ({ override: undefined as undefined | (() => Promise<never>) }));
vi.mock('@/lib/db/repo/reads/needs', async (importOriginal) => {
  const original = await importOriginal<typeof needsReads>();
  return { ...original, findHelpersRanked: (...args: Parameters<typeof original.findHelpersRanked>) => findHelpersRanked.override?.() ?? original.findHelpersRanked(...args) };
});

const NOW = new Date('2026-11-27T09:00:00.000Z');
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

async function send<T>(message: unknown): Promise<T> {
  const reply = (await deliver(message)) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as T;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  connectPagesToBackground();
});
afterEach(() => {
  findHelpersRanked.override = undefined;
  vi.useRealTimers();
});

const search = async (words: string) => {
  const user = userEvent.setup();
  render(<HelperSearch />);
  await user.type(screen.getByLabelText('Search headlines, companies, tags and your notes'), words);
  return user;
};

describe('who could help with… on the dashboard: the needs’ ranked search', () => {
  it('empty: nothing listed before a search', () => {
    render(<HelperSearch />);
    expect(screen.getByRole('searchbox')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('loading while the search runs, then its error in words when the read fails', async () => {
    let fail!: (error: Error) => void;
    findHelpersRanked.override = () => new Promise<never>((_, reject) => (fail = reject));
    await search('mentor');
    expect((await screen.findByRole('status')).textContent).toBe('Loading…');
    fail(new Error('The disk is full.'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The disk is full\./);
  });

  it('ranks by relevance and relationship strength, each person with why in words, and says when nobody matches', async () => {
    await send({ type: 'addContact', person: { profileUrl: url('leo'), name: 'Leo', headline: 'Head of logistics' }, circle: 'key' });
    await send({ type: 'addContact', person: { profileUrl: url('noa'), name: 'Noa' }, circle: 'inner' });
    await send({ type: 'saveNote', note: { id: 'n1', contactId: 'in:noa', body: 'Runs pilots with logistics firms.', baseUpdatedAt: null } });
    await getDb().contacts.update('in:leo', { strength: 'strong' });
    const user = await search('logistics pilot');
    const results = await screen.findByRole('list', { name: 'People who could help with “logistics pilot”' });
    const rows = within(results).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getAllByRole('link')[0]!.textContent)).toEqual(['Noa', 'Leo']);
    expect(within(rows[0]!).getByText('your note: “Runs pilots with logistics firms.” · relationship not assessed yet')).toBeTruthy();
    expect(within(rows[1]!).getByText('their headline: Head of logistics · relationship: Strong')).toBeTruthy();
    // The note is text, never markup; the circle is shown beside the name.
    expect(within(rows[0]!).getByText((_, element) => element?.tagName === 'SPAN' && element.textContent === ' · Inner')).toBeTruthy();

    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(await screen.findByText('Nobody in Rapport matches “zzz”.')).toBeTruthy();
  });

  it('stays live: a note saved while the results are shown brings its person in', async () => {
    await send({ type: 'addContact', person: { profileUrl: url('cem'), name: 'Cem' }, circle: 'key' });
    await search('climbing');
    expect(await screen.findByText('Nobody in Rapport matches “climbing”.')).toBeTruthy();
    await send({ type: 'saveNote', note: { id: 'n1', contactId: 'in:cem', body: 'Knows the Lyon climbing scene.', baseUpdatedAt: null } });
    const results = await screen.findByRole('list', { name: 'People who could help with “climbing”' }, { timeout: 4000 });
    expect(within(results).getByRole('link', { name: 'Cem' })).toBeTruthy();
  });

  it('many: every person ranked is listed with their own Ask…', () => {
    const person = (i: number): Contact => ({
      id: `in:p${i}`,
      profileUrl: url(`p${i}`),
      name: `Person ${i}`,
      circle: 'key',
      tags: ['mentor'],
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      circleSince: NOW.toISOString(),
    });
    const helpers: RankedHelper[] = Array.from({ length: 20 }, (_, i) => ({
      contact: person(i),
      score: 3,
      matched: ['mentor'],
      reasons: [
        { kind: 'tag', tags: ['mentor'] },
        { kind: 'strength', strength: 'growing' },
      ],
    }));
    render(<HelperList query="mentor" helpers={helpers} />);
    const results = screen.getByRole('list', { name: 'People who could help with “mentor”' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(20);
    expect(within(results).getAllByText('tagged mentor · relationship: Growing')).toHaveLength(20);
    expect(within(results).getByRole('button', { name: 'Ask Person 19 for help…' })).toBeTruthy();
  });

  it('Ask… opens the logger as an ask, with what you ask for focused, and logs it', async () => {
    await send({ type: 'addContact', person: { profileUrl: url('bea'), name: 'Bea', headline: 'Seed investor' }, circle: 'key' });
    const user = await search('seed');
    const results = await screen.findByRole('list', { name: 'People who could help with “seed”' });
    await user.click(within(results).getByRole('button', { name: 'Ask Bea for help…' }));
    const note = within(results).getByLabelText('What are you asking for?');
    expect(document.activeElement).toBe(note);
    await user.type(note, 'An intro to her lead investor');
    await user.click(within(results).getByRole('button', { name: 'Log an ask' }));
    await waitFor(async () => expect((await getDb().touchpoints.where('contactId').equals('in:bea').toArray()).map(({ type, focus, note: text }) => ({ type, focus, text }))).toEqual([{ type: 'ask', focus: 'ask', text: 'An intro to her lead investor' }]));
  });
});
