import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/dashboard/app';
import { getDb } from '@/lib/db/db';
import type { Contact, JobChange, Touchpoint } from '@/lib/model/schema';
import { connectPagesToBackground, deliver, senders } from '../../helpers/background';
import { profileContext } from '../../helpers/tabs';
import type { Sender } from '@/lib/messaging/receiver';

const NOW = new Date('2026-11-27T09:00:00.000Z');
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

async function send<T>(message: unknown, sender: Sender = senders.extensionPage): Promise<T> {
  const reply = (await deliver(message, sender)) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as T;
}

const addContact = (slug: string, name: string, circle: string, headline?: string) =>
  send<Contact>({ type: 'addContact', person: { profileUrl: url(slug), name, ...(headline ? { headline } : {}) }, circle });
const setKind = (slug: string, kind: string) => send({ type: 'updateContact', id: `in:${slug}`, patch: { kind } });
const log = (slug: string, type: string, daysAgo: number, extra: Record<string, unknown> = {}) =>
  send<{ touchpoint: Touchpoint }>({
    type: 'logTouchpoint',
    target: { contactId: `in:${slug}` },
    touchpoint: { type, at: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(), ...extra },
  });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  connectPagesToBackground();
});
afterEach(() => vi.useRealTimers());

const card = async (name: string) => screen.findByRole('region', { name });

describe('the dashboard with no data yet', () => {
  it('shows each section’s empty state, never a blank or an error', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Rapport dashboard' })).toBeTruthy();
    expect(await within(await card('Strategic and relational, by circle')).findByText(/Nobody in your circles yet/)).toBeTruthy();
    expect(await within(await card('Due')).findByText(/^Nobody is in Rapport yet/)).toBeTruthy();
    expect(await within(await card('Classify quickly')).findByText('Nobody to classify yet: put people in a circle first.')).toBeTruthy();
    expect(screen.queryByText(/Nice work|is classified/)).toBeNull();
    expect(await within(await card('New roles')).findByText(/No new roles spotted/)).toBeTruthy();
    expect(await within(await card('Touches per week')).findByText(/No touchpoints in the last 26 weeks/)).toBeTruthy();
    expect(await within(await card('About them, or about you?')).findByText(/No touchpoints in the last 26 weeks/)).toBeTruthy();
    expect(await within(await card('In sight, and in touch')).findByText(/No touchpoints in the last 26 weeks/)).toBeTruthy();
    expect(await within(await card('Longest without a touch')).findByText('Nobody in your circles yet.')).toBeTruthy();
    expect(await within(await card('Asks')).findByText(/No asks logged yet/)).toBeTruthy();
    expect(await within(await card('Gives without expecting a return')).findByText(/No introductions, congratulations/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has a landmark per step, reachable from the page’s navigation', () => {
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Dashboard sections' });
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#build', '#nurture', '#leverage']);
    for (const name of ['1. Build a blended network', '2. Nurture it', '3. Leverage it']) expect(screen.getByRole('region', { name })).toBeTruthy();
  });
});

describe('build: a blended network', () => {
  beforeEach(async () => {
    await addContact('ada', 'Ada', 'inner');
    await addContact('bea', 'Bea', 'inner');
    await addContact('cem', 'Cem', 'key');
    await addContact('dan', 'Dan', 'wider');
    await addContact('old', 'Old', 'untracked');
    await setKind('ada', 'strategic');
    await setKind('cem', 'both');
  });

  it('splits the people you keep in touch with by kind and circle, in words, as a chart and as a table', async () => {
    render(<App />);
    const blend = await card('Strategic and relational, by circle');
    expect(await within(blend).findByText('Of the 4 people you keep in touch with: 1 strategic, 0 relational, 1 both, 2 not classified yet.')).toBeTruthy();
    expect(within(blend).getByRole('img', { name: /1 strategic, 0 relational, 1 both, 2 not classified/ })).toBeTruthy();
    const table = within(blend).getByRole('table', { name: 'Your circles by kind' });
    const cells = (circle: string) => within(table).getByRole('row', { name: new RegExp(`^${circle}`) }).querySelectorAll('td');
    expect([...cells('Inner')].map((cell) => cell.textContent)).toEqual(['1', '0', '0', '1', '2']);
    expect([...cells('All circles')].map((cell) => cell.textContent)).toEqual(['1', '0', '1', '2', '4']);
  });

  it('classifies people one key at a time, skipping with N, and moves to the next person', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<App />);
    const triage = await card('Classify quickly');
    expect(await within(triage).findByText('2 people to classify')).toBeTruthy();
    expect(within(triage).getByRole('link', { name: 'Bea' })).toBeTruthy();

    within(triage).getByRole('button', { name: /^Relational/ }).focus();
    await user.keyboard('r');
    expect(await within(triage).findByRole('link', { name: 'Dan' })).toBeTruthy();
    expect((await getDb().contacts.get('in:bea'))?.kind).toBe('relational');
    expect(within(triage).getByRole('status').textContent).toMatch(/Bea is now Relational/);

    await user.keyboard('n');
    expect(await within(triage).findByText('Only the person you skipped is left to classify.')).toBeTruthy();
    expect(within(triage).getByRole('status').textContent).toMatch(/Skipped Dan/);
    expect((await getDb().contacts.get('in:dan'))?.kind).toBeUndefined();
  });

  it('remembers a skip after the page is opened again, until you go through the skipped people again', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const first = render(<App />);
    const triage = await card('Classify quickly');
    await within(triage).findByRole('link', { name: 'Bea' });
    within(triage).getByRole('button', { name: /^Skip/ }).focus();
    await user.keyboard('n');
    expect(await within(triage).findByRole('link', { name: 'Dan' })).toBeTruthy();
    first.unmount();

    render(<App />);
    const again = await card('Classify quickly');
    expect(await within(again).findByRole('link', { name: 'Dan' })).toBeTruthy();
    within(again).getByRole('button', { name: /^Skip/ }).focus();
    await user.keyboard('n');
    expect(await within(again).findByText('Only the 2 people you skipped are left to classify.')).toBeTruthy();
    await user.click(within(again).getByRole('button', { name: 'Go through the skipped people again' }));
    expect(await within(again).findByRole('link', { name: 'Bea' })).toBeTruthy();
    expect((await getDb().contacts.toArray()).filter((contact) => contact.triageSkippedAt !== undefined)).toEqual([]);
  });

  it('offers a button with its key for each choice', async () => {
    render(<App />);
    const triage = await card('Classify quickly');
    await within(triage).findByRole('link', { name: 'Bea' });
    const shortcuts = within(triage)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-keyshortcuts'));
    expect(shortcuts).toEqual(['s', 'r', 'b', 'n']);
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(within(triage).getByRole('button', { name: /^Both/ }));
    await waitFor(async () => expect((await getDb().contacts.get('in:bea'))?.kind).toBe('both'));
  });
});

describe('nurture: relationship health', () => {
  beforeEach(async () => {
    // In their circles since long before the touches, so the cadence clock runs from the last touch.
    vi.setSystemTime(new Date('2025-01-01T09:00:00.000Z'));
    await addContact('ada', 'Ada', 'inner');
    await addContact('bea', 'Bea', 'key');
    vi.setSystemTime(NOW);
    await log('ada', 'like', 1);
    await log('ada', 'comment', 2);
    await log('ada', 'message', 3);
    await log('ada', 'ask', 4);
    await log('bea', 'meeting', 100);
    await log('bea', 'intro', 400); // before the 26 weeks
  });

  it('counts touches per week over 26 weeks, with the figures as a table', async () => {
    render(<App />);
    const weekly = await card('Touches per week');
    expect(await within(weekly).findByText('5 touchpoints in the last 26 weeks, 0.2 a week on average.')).toBeTruthy();
    const rows = within(within(weekly).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(26);
    expect(rows.at(-1)?.querySelector('td')?.textContent).toBe('4');
  });

  it('measures the give/ask ratio overall and per circle against the 90% rule', async () => {
    render(<App />);
    const ratio = await card('About them, or about you?');
    expect((await within(ratio).findByText('80%')).getAttribute('data-figure')).toBe('give-share');
    expect(within(ratio).getByText(/Below the 90% rule/)).toBeTruthy();
    const row = (circle: string) => [...within(ratio).getByRole('row', { name: new RegExp(`^${circle}`) }).querySelectorAll('td')].map((cell) => cell.textContent);
    expect(row('Inner')).toEqual(['3', '1', '75%(below the 90% aim)']);
    expect(row('Key')).toEqual(['1', '0', '100%(meets the 90% aim)']);
  });

  it('weighs public touches against private ones', async () => {
    render(<App />);
    const visibility = await card('In sight, and in touch');
    expect(await within(visibility).findByText('Public (likes, comments, shares): 2 (40%)')).toBeTruthy();
    expect(within(visibility).getByText('Private (messages, meetings, calls, emails): 2 (40%)')).toBeTruthy();
    expect(within(visibility).getByText('Other (intros, congratulations, asks…): 1 (20%)')).toBeTruthy();
  });

  it('lists who is due and who has gone longest without a touch', async () => {
    render(<App />);
    const due = await card('Due');
    expect(await within(due).findByRole('link', { name: 'Bea' })).toBeTruthy();
    expect(within(due).queryByRole('link', { name: 'Ada' })).toBeNull();
    const longest = await card('Longest without a touch');
    await within(longest).findByRole('link', { name: 'Bea' });
    expect(within(longest).getAllByRole('link').filter((link) => link.getAttribute('href')?.includes('people.html?person=')).map((link) => link.textContent)).toEqual(['Bea', 'Ada']);
  });

  it('suggests congratulating someone whose headline changed, and logs it in one click', async () => {
    // Ada's headline as a page showed it when she was added.
    await send({ type: 'addContact', person: { profileUrl: url('ada'), name: 'Ada', headline: 'Engineer at Acme' } });
    await send({ type: 'pageContextChanged', context: profileContext('ada', 'Ada', 'CTO at Acme') }, senders.contentScript(3));
    render(<App />);
    const roles = await card('New roles');
    expect(await within(roles).findByText('Their headline changed: “CTO at Acme” (was “Engineer at Acme”)')).toBeTruthy();
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(within(roles).getByRole('button', { name: 'Congratulate Ada' }));
    expect(await within(roles).findByText(/No new roles spotted/)).toBeTruthy();
    // The row and its buttons are gone: the keyboard stays in the card.
    expect(document.activeElement).toBe(within(roles).getByRole('heading', { name: 'New roles' }));
    const congrats = (await getDb().touchpoints.where('contactId').equals('in:ada').toArray()).filter((t) => t.type === 'congrats');
    expect(congrats).toHaveLength(1);
    expect(congrats[0]?.focus).toBe('give');
    expect(((await getDb().jobChanges.toArray()) as JobChange[])[0]?.settled).toBe('congratulated');
  });
});

describe('leverage: asks and gives', () => {
  beforeEach(async () => {
    await addContact('ada', 'Ada', 'inner', 'Fundraising advisor');
    await addContact('bea', 'Bea', 'key', 'Designer');
    await log('ada', 'ask', 10, { note: 'Intro to a seed investor' });
    await log('bea', 'ask', 5);
    await log('bea', 'intro', 3, { note: 'Introduced her to Ada' });
    await send({ type: 'saveNote', note: { id: 'n1', contactId: 'in:bea', body: 'Raised a seed round in 2024.', baseUpdatedAt: null } });
  });

  it('logs asks with their outcome and thanks, editable in place', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<App />);
    const asks = await card('Asks');
    expect(await within(asks).findByText('2 asks: 0 helped, 0 declined, 2 pending. You thanked 0 of the people who helped.')).toBeTruthy();
    expect(within(asks).getByText('Intro to a seed investor')).toBeTruthy();
    // Thanks follow help: no Thanked box while an ask is pending.
    expect(within(asks).queryByRole('checkbox', { name: /You thanked Ada/ })).toBeNull();
    await user.selectOptions(within(asks).getByRole('combobox', { name: /Outcome of your ask to Ada/ }), 'helped');
    // Helped, not yet thanked: a thank-you is due, in Due.
    await waitFor(async () => expect((await getDb().touchpoints.where('contactId').equals('in:ada').toArray())[0]?.outcome).toBe('helped'));
    const thanks = await screen.findByRole('list', { name: 'Thank-yous due' }, { timeout: 4000 });
    expect(within(thanks).getByText('Thank Ada for their help: Intro to a seed investor')).toBeTruthy();
    await user.click(await within(asks).findByRole('checkbox', { name: /You thanked Ada/ }));
    expect(await within(asks).findByText('2 asks: 1 helped, 0 declined, 1 pending. You thanked 1 of the people who helped.')).toBeTruthy();
    const stored = (await getDb().touchpoints.where('contactId').equals('in:ada').toArray())[0];
    expect(stored).toMatchObject({ outcome: 'helped', thanked: true });
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Thank-yous due' })).toBeNull(), { timeout: 4000 });
  });

  it('a helped ask not yet thanked stays in Due until Thanked, with Undo', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const [ask] = await getDb().touchpoints.where('contactId').equals('in:ada').toArray();
    await send({ type: 'updateTouchpoint', id: ask!.id, patch: { outcome: 'helped' } });
    render(<App />);
    const thanks = await screen.findByRole('list', { name: 'Thank-yous due' }, { timeout: 4000 });
    await user.click(within(thanks).getByRole('button', { name: 'I thanked Ada' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Thank-yous due' })).toBeNull(), { timeout: 4000 });
    expect((await getDb().touchpoints.get(ask!.id))?.thanked).toBe(true);
    const toast = screen.getByRole('region', { name: 'Rapport notifications' });
    expect(within(toast).getByText('Marked Ada as thanked')).toBeTruthy();
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('list', { name: 'Thank-yous due' }, { timeout: 4000 })).toBeTruthy();
    expect((await getDb().touchpoints.get(ask!.id))?.thanked).toBe(false);
  });

  it('Ask… on a helper opens the logger as an ask with the note focused', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<App />);
    const search = await card('Who could help with…');
    await user.type(within(search).getByLabelText('Search headlines, companies, tags and your notes'), 'seed');
    const results = await within(search).findByRole('list', { name: 'People who could help with “seed”' });
    await user.click(within(results).getByRole('button', { name: 'Ask Bea for help…' }));
    const note = within(results).getByLabelText('What are you asking for?');
    expect(document.activeElement).toBe(note);
    await user.type(note, 'An intro to her lead investor');
    await user.click(within(results).getByRole('button', { name: 'Log an ask' }));
    await waitFor(async () => expect((await getDb().touchpoints.where('contactId').equals('in:bea').toArray()).filter((t) => t.note === 'An intro to her lead investor')).toMatchObject([{ type: 'ask', focus: 'ask' }]));
  });

  it('says when the summary covers only the most recent asks', async () => {
    for (let i = 0; i < 50; i++) await log('bea', 'ask', 20 + i);
    render(<App />);
    const asks = await card('Asks');
    expect(await within(asks).findByText(/^Your 50 most recent asks: 0 helped, 0 declined, 50 pending\./)).toBeTruthy();
    expect(within(within(asks).getByRole('table')).getAllByRole('row')).toHaveLength(51);
  });

  it('lists gives made without expecting a return', async () => {
    render(<App />);
    const gives = await card('Gives without expecting a return');
    expect(await within(gives).findByText('1 recent give.')).toBeTruthy();
    expect(within(gives).getByText('Introduced her to Ada')).toBeTruthy();
  });

  it('finds who could help across headlines and notes, ranked, each with why (the note as text)', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<App />);
    const search = await card('Who could help with…');
    await user.type(within(search).getByLabelText('Search headlines, companies, tags and your notes'), 'seed');
    const results = await within(search).findByRole('list', { name: 'People who could help with “seed”' });
    expect(within(results).getAllByRole('link').filter((link) => link.getAttribute('href')?.includes('people.html?person=')).map((link) => link.textContent)).toEqual(['Bea']);
    expect(within(results).getByText(/^your note: “Raised a seed round in 2024\.” · relationship: /)).toBeTruthy();
    await user.clear(within(search).getByRole('searchbox'));
    await user.type(within(search).getByRole('searchbox'), 'fundraising');
    expect(await within(search).findByRole('link', { name: 'Ada' })).toBeTruthy();
    expect(within(search).getByText(/^their headline: Fundraising advisor · relationship: /)).toBeTruthy();
    await user.clear(within(search).getByRole('searchbox'));
    await user.type(within(search).getByRole('searchbox'), 'zzz');
    expect(await within(search).findByText('Nobody in Rapport matches “zzz”.')).toBeTruthy();
  });
});

describe('the due list', () => {
  beforeEach(async () => {
    vi.setSystemTime(new Date('2025-01-01T09:00:00.000Z'));
    for (let i = 1; i <= 12; i++) await addContact(`due-${i}`, `Due ${i}`, 'inner');
    vi.setSystemTime(NOW);
  });
  afterEach(() => history.replaceState(null, '', '/'));

  it('shows the most overdue first few, and everyone on request', async () => {
    render(<App />);
    const due = await card('Due');
    expect(await within(due).findByText('12', { selector: '[data-figure="due"]' })).toBeTruthy();
    expect(within(due).getAllByRole('listitem')).toHaveLength(10);
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(within(due).getByRole('button', { name: 'Show all 12' }));
    await waitFor(() => expect(within(due).getAllByRole('listitem')).toHaveLength(12));
    expect(within(due).queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(document.activeElement).toBe(within(due).getByRole('heading', { name: 'Due' }));
  });

  it('lists everyone due when opened at #due, as a notification’s click does', async () => {
    history.replaceState(null, '', '/dashboard.html#due');
    render(<App />);
    const due = await card('Due');
    await waitFor(() => expect(within(due).getAllByRole('listitem')).toHaveLength(12));
  });
});
