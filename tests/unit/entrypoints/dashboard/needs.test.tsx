import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import NeedsCard from '@/entrypoints/dashboard/needs-card';
import { ThreeNetworksCard, ThreeNetworksView } from '@/entrypoints/dashboard/three-networks';
import { QuickLog } from '@/components/quick-log';
import { getDb } from '@/lib/db/db';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import type { Need } from '@/lib/model/need';
import type { ThreeNetworks } from '@/lib/db/repo/reads/networks';
import { connectPagesToBackground, deliver } from '../../helpers/background';

const NOW = new Date('2026-11-27T09:00:00.000Z');
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

async function send<T>(message: unknown): Promise<T> {
  const reply = (await deliver(message)) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as T;
}
const addContact = (slug: string, name: string, circle: string, person: Record<string, string> = {}) =>
  send<Contact>({ type: 'addContact', person: { profileUrl: url(slug), name, ...person }, circle });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  connectPagesToBackground();
});
afterEach(() => vi.useRealTimers());

const contact = (i: number): Contact => ({
  id: `in:p${i}`,
  profileUrl: url(`p${i}`),
  name: `Person ${i}`,
  circle: 'key',
  tags: [],
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  circleSince: NOW.toISOString(),
});

describe('the three networks card', () => {
  it('loading, then empty: nobody in any network, and the gaps in words', async () => {
    render(<ThreeNetworksCard />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    const wantToHelp = await screen.findByRole('region', { name: 'Want to help' });
    expect(within(wantToHelp).getByText('0 people')).toBeTruthy();
    expect(screen.getAllByText('Nobody yet.')).toHaveLength(3);
    const gaps = screen.getByRole('list', { name: 'Gaps' });
    expect(within(gaps).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Nobody is marked strategic yet: mark who can help you reach your goals (Strategic or Both) in “Classify quickly”.',
      'No strong relationship yet: touches about them and a two-way exchange build one.',
      'No open need: add what you are working towards in “Your current needs”, so the right people can know.',
    ]);
  });

  it('many: the first names link to the person view, then “and N more”', () => {
    const people = Array.from({ length: 5 }, (_, i) => contact(i));
    const networks: ThreeNetworks = {
      inPosition: { count: 1234, people },
      wantToHelp: { count: 1, people: [people[0]!] },
      knowHow: { count: 0, people: [] },
      strategicAndStrong: 1,
      openNeeds: 2,
      gaps: [{ kind: 'innerStrategicNotStrong', count: 3 }, { kind: 'nobodyKnows', needs: 2 }],
    };
    render(<ThreeNetworksView networks={networks} />);
    const inPosition = screen.getByRole('region', { name: 'In a position to help' });
    expect(within(inPosition).getByText('1,234 people')).toBeTruthy();
    const names = within(inPosition).getByRole('list', { name: 'People in “In a position to help”' });
    expect(within(names).getAllByRole('link', { name: /^Person/ }).map((link) => link.getAttribute('href'))).toEqual(people.map((p) => `chrome-extension://test-extension-id/people.html?person=${encodeURIComponent(p.id)}`));
    expect(within(names).getByText('and 1229 more')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Want to help' })).getByText('1 person')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Know how and when to help' })).getByText('Nobody yet.')).toBeTruthy();
    expect(screen.getByText('No strong relationship among your strategic people in the inner circle.')).toBeTruthy();
    expect(screen.getByText('Nobody knows about your open needs yet: tie an ask or a conversation to one.')).toBeTruthy();
  });
});

describe('your current needs', () => {
  it('empty, then a need added by typing it', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<NeedsCard />);
    expect(await screen.findByText('No needs yet. What are you working towards?')).toBeTruthy();
    await user.type(screen.getByLabelText('A need'), 'Find a pilot customer in logistics');
    await user.click(screen.getByRole('button', { name: 'Add need' }));
    const list = await screen.findByRole('list', { name: 'Your needs' });
    expect(within(list).getByText('Find a pilot customer in logistics')).toBeTruthy();
    expect((screen.getByLabelText('A need') as HTMLInputElement).value).toBe('');
    expect(await getDb().needs.count()).toBe(1);
  });

  it('shows who knows, who could help with why, and thanks the helpers once met', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await addContact('jane', 'Jane', 'key');
    await addContact('leo', 'Leo', 'wider', { headline: 'Head of logistics at Freight Co', company: 'Freight Co' });
    await addContact('mia', 'Mia', 'wider', { headline: 'Designer' });
    const need = await send<Need>({ type: 'addNeed', need: { text: 'Find a pilot customer in logistics' } });
    await send({ type: 'logTouchpoint', target: { contactId: 'in:jane' }, touchpoint: { type: 'ask', note: 'Who runs logistics pilots?', needId: need.id } });
    render(<NeedsCard />);
    await user.click(await screen.findByRole('button', { name: 'Who knows, who could help: Find a pilot customer in logistics' }));
    const knows = await screen.findByRole('list', { name: 'Who knows about “Find a pilot customer in logistics”' });
    expect(within(knows).getByRole('link', { name: 'Jane' })).toBeTruthy();
    expect(within(knows).getByText(/Ask · today/)).toBeTruthy();
    const helpers = screen.getByRole('list', { name: 'Who could help with “Find a pilot customer in logistics”' });
    expect(within(helpers).getAllByRole('link', { name: /^(Leo|Mia|Jane)$/ }).map((link) => link.textContent)).toEqual(['Leo']);
    expect(within(helpers).getByText(/^their headline: Head of logistics at Freight Co · relationship/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Mark as met' }));
    const thanks = await screen.findByRole('region', { name: 'Thank the people who helped' });
    await user.click(within(thanks).getByRole('button', { name: 'Thank Jane for helping with “Find a pilot customer in logistics”' }));
    expect(await within(thanks).findByText('Thanked')).toBeTruthy();
    const tied = await getDb().touchpoints.where('needId').equals(need.id).toArray();
    expect(tied.map((tp: Touchpoint) => [tp.type, tp.focus, tp.note])).toEqual(expect.arrayContaining([['message', 'give', 'Thank you for your help: Find a pilot customer in logistics']]));
    expect((await getDb().needs.get(need.id))?.status).toBe('met');
  });

  it('saves an outcome, drops and reopens, deletes', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const need = await send<Need>({ type: 'addNeed', need: { text: 'Hire a data lead' } });
    render(<NeedsCard />);
    await user.click(await screen.findByRole('button', { name: 'Who knows, who could help: Hire a data lead' }));
    await user.type(screen.getByLabelText('Outcome'), 'Paused until Q2');
    await user.click(screen.getByRole('button', { name: 'Save outcome' }));
    await waitFor(async () => expect((await getDb().needs.get(need.id))?.outcome).toBe('Paused until Q2'));
    await user.click(screen.getByRole('button', { name: 'Drop' }));
    await waitFor(async () => expect((await getDb().needs.get(need.id))?.status).toBe('dropped'));
    await user.click(await screen.findByRole('button', { name: 'Reopen' }));
    await waitFor(async () => expect((await getDb().needs.get(need.id))?.status).toBe('open'));
    await user.click(await screen.findByRole('button', { name: 'Delete need: Hire a data lead' }));
    expect(await screen.findByText('No needs yet. What are you working towards?')).toBeTruthy();
  });
});

describe('the logger’s need picker', () => {
  it('ties an ask to an open need; nothing shows without one', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const jane = await addContact('jane', 'Jane', 'key');
    const { unmount } = render(<QuickLog type="ask" subject={{ target: { contactId: jane.id }, name: 'Jane', relationship: jane }} />);
    await screen.findByRole('button', { name: 'Log an ask' });
    expect(screen.queryByLabelText('About a need')).toBeNull();
    unmount();
    const need = await send<Need>({ type: 'addNeed', need: { text: 'Hire a data lead' } });
    render(<QuickLog type="ask" subject={{ target: { contactId: jane.id }, name: 'Jane', relationship: jane }} />);
    await user.selectOptions(await screen.findByLabelText('About a need'), 'Hire a data lead');
    await user.click(screen.getByRole('button', { name: 'Log an ask' }));
    await waitFor(async () => expect(await getDb().touchpoints.where('needId').equals(need.id).count()).toBe(1));
  });
});
