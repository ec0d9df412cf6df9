import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import DueLoops, { DUE_LOOPS_LIMIT } from '@/components/loops/due-loops';
import { PersonLoops } from '@/components/loops/person-loops';
import { PersonKeyDates } from '@/components/key-dates/person-key-dates';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { addLoop } from '@/lib/db/repo/writes/loops';
import { connectPagesToBackground } from '../../helpers/background';
import { contextAt, person } from '../../helpers/context';

// Wednesday 2 December 2026, 10:00 in Paris.
const NOW = '2026-12-02T09:00:00.000Z';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
  connectPagesToBackground();
});
afterEach(() => vi.useRealTimers());

async function jane() {
  await addPerson(getDb(), person('jane-doe', 'Jane Doe'), 'key', contextAt(NOW));
}

describe('the due follow-ups', () => {
  it('show nothing while none is due (a later one included)', async () => {
    await jane();
    await addLoop(getDb(), { contactId: 'in:jane-doe', text: 'Later', dueDay: '2026-12-03' }, NOW);
    const { container } = render(<DueLoops />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });

  it('list today’s and late ones with their person, and Done offers to log the touchpoint with the promise as note', async () => {
    await jane();
    await addLoop(getDb(), { contactId: 'in:jane-doe', text: 'Send the deck', dueDay: '2026-12-02' }, NOW);
    await addLoop(getDb(), { contactId: 'in:jane-doe', text: 'Ask about the launch', dueDay: '2026-11-30' }, NOW);
    render(<DueLoops />);
    const section = await screen.findByRole('region', { name: 'Follow-ups due' });
    expect(within(section).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Jane Doe · Ask about the launch 2 d late/),
      expect.stringMatching(/^Jane Doe · Send the deck today/),
    ]);
    fireEvent.click(within(section).getByRole('button', { name: 'Done: Send the deck' }));
    const offer = await screen.findByRole('group', { name: 'Log the follow-up with Jane Doe' });
    fireEvent.click(within(offer).getByRole('button', { name: 'Email' }));
    expect(await screen.findByText('Logged: Email with Jane Doe.')).toBeTruthy();
    const touchpoints = await getDb().touchpoints.toArray();
    expect(touchpoints).toEqual([expect.objectContaining({ type: 'email', note: 'Send the deck', contactId: 'in:jane-doe' })]);
    await waitFor(() => expect(screen.queryByText('Send the deck')).toBeNull());
  });

  it('with many due, lists the first ones and says so', async () => {
    await jane();
    for (let i = 0; i <= DUE_LOOPS_LIMIT; i++) await addLoop(getDb(), { contactId: 'in:jane-doe', text: `Loop ${i}`, dueDay: '2026-12-01' }, NOW);
    render(<DueLoops />);
    expect(await screen.findByText(`Showing the first ${DUE_LOOPS_LIMIT} follow-ups.`)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Follow-ups due' })).getAllByRole('listitem')).toHaveLength(DUE_LOOPS_LIMIT);
  });

  it('say why when they cannot be read', async () => {
    await jane();
    vi.spyOn(getDb().loops, 'where').mockImplementation(() => {
      throw new Error('the disk is gone');
    });
    render(<DueLoops />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not read the follow-ups: .*the disk is gone/);
    vi.restoreAllMocks();
  });
});

describe('a person’s follow-ups', () => {
  it('say there are none, then add one for tomorrow by default; snooze moves it a week', async () => {
    await jane();
    render(<PersonLoops contactId="in:jane-doe" name="Jane Doe" />);
    expect(await screen.findByText('No follow-ups with Jane Doe. Promised something? Add it with a day.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Follow up…' }));
    expect((screen.getByLabelText('On') as HTMLInputElement).value).toBe('2026-12-03');
    fireEvent.change(screen.getByRole('textbox', { name: 'Follow up on' }), { target: { value: '  Send the deck ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add follow-up' }));
    expect(await screen.findByText('Send the deck')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    fireEvent.click(screen.getByRole('button', { name: 'In a week' }));
    await waitFor(async () => expect((await getDb().loops.toArray())[0]?.dueDay).toBe('2026-12-09'));
  });
});

describe('a person’s done follow-ups', () => {
  it('show nothing until one is done, then list it under a closed “Done” disclosure, most recent first, as text', async () => {
    await jane();
    const deck = await addLoop(getDb(), { contactId: 'in:jane-doe', text: 'Send the deck', dueDay: '2026-12-02' }, NOW);
    const html = await addLoop(getDb(), { contactId: 'in:jane-doe', text: '<b>Ask</b> about the launch', dueDay: '2026-12-02' }, NOW);
    render(<PersonLoops contactId="in:jane-doe" name="Jane Doe" />);
    await screen.findByText('Send the deck');
    expect(screen.queryByText(/^Done \(/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done: Send the deck' }));
    const summary = await screen.findByText('Done (1)');
    const disclosure = summary.closest('details')!;
    expect(disclosure.open).toBe(false);
    expect(within(disclosure).getByText('Send the deck')).toBeTruthy();
    expect(within(disclosure).getByText('done today')).toBeTruthy();
    vi.setSystemTime(new Date('2026-12-02T10:00:00.000Z'));
    fireEvent.click(screen.getByRole('button', { name: 'Done: <b>Ask</b> about the launch' }));
    await screen.findByText('Done (2)');
    expect(within(disclosure).getAllByRole('listitem').map((item) => item.querySelector('.loop-text')?.textContent)).toEqual(['<b>Ask</b> about the launch', 'Send the deck']);
    expect(disclosure.querySelector('b')).toBeNull();
    // The open list no longer has them.
    expect(screen.queryAllByRole('button', { name: /^Done:/ })).toHaveLength(0);
    expect((await getDb().loops.bulkGet([deck.id, html.id])).every((loop) => loop?.doneAt !== undefined)).toBe(true);
  });
});

describe('a person’s dates to remember', () => {
  it('edit a date in place: its fields filled in, saved over the same date', async () => {
    await jane();
    render(<PersonKeyDates contactId="in:jane-doe" name="Jane Doe" />);
    await screen.findByText(/No dates for Jane Doe yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Add a date…' }));
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '14' } });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save date' }));
    const edit = await screen.findByRole('button', { name: /^Edit date: / });
    const [stored] = await getDb().keyDates.toArray();
    fireEvent.click(edit);
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('14');
    expect((screen.getByLabelText('Month') as HTMLSelectElement).value).toBe('3');
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '15' } });
    fireEvent.change(screen.getByLabelText('Year'), { target: { value: '1990' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save date' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save date' })).toBeNull());
    const dates = await getDb().keyDates.toArray();
    expect(dates).toEqual([expect.objectContaining({ id: stored!.id, kind: 'birthday', month: 3, day: 15, year: 1990, monthDay: '03-15', createdAt: stored!.createdAt })]);
  });

  it('cancelling an edit changes nothing', async () => {
    await jane();
    render(<PersonKeyDates contactId="in:jane-doe" name="Jane Doe" />);
    await screen.findByText(/No dates for Jane Doe yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Add a date…' }));
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save date' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Edit date: / }));
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: /^Edit date: / })).toBeTruthy();
    expect((await getDb().keyDates.toArray()).map((date) => date.day)).toEqual([1]);
  });

  it('add a year-less 29 February birthday, shown with its leap-day note', async () => {
    await jane();
    render(<PersonKeyDates contactId="in:jane-doe" name="Jane Doe" />);
    await screen.findByText(/No dates for Jane Doe yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Add a date…' }));
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '29' } });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save date' }));
    expect(await screen.findByText('(28 February in years without a 29th)')).toBeTruthy();
    expect(await getDb().keyDates.toArray()).toEqual([expect.objectContaining({ kind: 'birthday', month: 2, day: 29, monthDay: '02-29' })]);
    expect((await getDb().keyDates.toArray())[0]).not.toHaveProperty('year');
  });
});
