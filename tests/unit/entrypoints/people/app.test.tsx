import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/people/app';
import { getDb } from '@/lib/db/db';
import type { Contact } from '@/lib/model/schema';
import { searchWordsFor } from '@/lib/search/search-words';
import { connectPagesToBackground } from '../../helpers/background';

const AT = '2026-06-01T09:00:00.000Z';

function contact(i: number, fields: Partial<Contact> = {}): Contact {
  const slug = `person-${String(i).padStart(5, '0')}`;
  const base: Contact = {
    id: `in:${slug}`,
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    name: `Person ${i}`,
    circle: 'untracked',
    tags: [],
    createdAt: AT,
    updatedAt: AT,
    circleSince: AT,
    ...fields,
  };
  return { ...base, searchWords: searchWordsFor(base) };
}

const seed = (contacts: Contact[]) => getDb().contacts.bulkPut(contacts);
const grid = () => screen.findByRole('grid');
const selectedRows = () => screen.getByRole('grid').querySelectorAll('[role=row][aria-selected=true]');

// The person view and the bulk actions are lazy chunks, files already on disk in the extension: load them once here
// (the first import of their module graph in this test environment takes longer than a lookup waits).
beforeAll(async () => {
  await Promise.all([import('@/entrypoints/people/person-page'), import('@/entrypoints/people/bulk-actions')]);
});

beforeEach(() => {
  connectPagesToBackground();
  history.replaceState(null, '', '/people.html');
});

describe('the People page', () => {
  it('says Loading… first, then tells an empty database how to start', async () => {
    render(<App search="" />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(await screen.findByText(/Nobody is in Rapport yet\. Import your LinkedIn connections/)).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('shows 10,000 people in a table that renders only the rows on screen', async () => {
    await seed(Array.from({ length: 10_000 }, (_, i) => contact(i)));
    render(<App search="" />);
    // fake-indexeddb reads 10,000 rows far slower than a browser does (the benchmark measures the real page).
    const table = await screen.findByRole('grid', undefined, { timeout: 30_000 });
    expect(screen.getByRole('heading', { name: '10,000 people' })).toBeTruthy();
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    const rendered = within(table).getAllByRole('row');
    expect(rendered.length).toBeLessThan(60);
    // Sorted by name, numbers by value.
    expect(within(rendered[1]!).getByRole('link', { name: 'Person 0' })).toBeTruthy();
    expect(within(rendered[2]!).getByRole('link', { name: 'Person 1' })).toBeTruthy();
  }, 60_000);

  it('filters by search, circle, kind, company and tag, and says when nobody matches', async () => {
    await seed([
      contact(1, { name: 'Ada Lovelace', circle: 'inner', kind: 'strategic', company: 'Analytical Engines', tags: ['mentor'] }),
      contact(2, { name: 'Bea Müller', circle: 'key', company: 'Acme', headline: 'CTO at Acme' }),
      contact(3, { name: 'Chen Li', tags: ['fintech'] }),
    ]);
    const user = userEvent.setup();
    render(<App search="" />);
    await grid();
    const shown = () => within(screen.getByRole('grid')).queryAllByRole('link').filter((link) => link.getAttribute('href')?.includes('?person=')).map((link) => link.textContent);

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'bea mu');
    expect(await screen.findByRole('heading', { name: 'Showing 1 of 3' })).toBeTruthy();
    expect(shown()).toEqual(['Bea Müller']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.selectOptions(screen.getByLabelText('Circle'), 'inner');
    expect(shown()).toEqual(['Ada Lovelace']);
    await user.selectOptions(screen.getByLabelText('Circle'), 'any');
    await user.selectOptions(screen.getByLabelText('Tags'), 'fintech');
    expect(shown()).toEqual(['Chen Li']);
    await user.selectOptions(screen.getByLabelText('Tags'), '');
    await user.type(screen.getByRole('searchbox', { name: 'Company' }), 'acm');
    expect(shown()).toEqual(['Bea Müller']);
    await user.selectOptions(screen.getByLabelText('Kind'), 'strategic');
    expect(await screen.findByText('Nobody matches these filters.')).toBeTruthy();
  });

  it('selects with clicks and Shift-clicks, and with the keyboard', async () => {
    await seed(Array.from({ length: 8 }, (_, i) => contact(i)));
    const user = userEvent.setup();
    render(<App search="" />);
    await grid();
    await user.click(screen.getByRole('checkbox', { name: 'Select Person 1' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select Person 4' }));
    await user.keyboard('{/Shift}');
    expect(selectedRows()).toHaveLength(4);
    expect(await screen.findByRole('region', { name: '4 selected' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    const table = screen.getByRole('grid');
    table.focus();
    fireEvent.keyDown(table, { key: 'ArrowDown' });
    fireEvent.keyDown(table, { key: ' ' });
    fireEvent.keyDown(table, { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(table, { key: 'ArrowDown', shiftKey: true });
    expect(selectedRows()).toHaveLength(3);
    // The keyboard goes on from the row last clicked (Person 4): Person 5 selected, then 6 and 7 by Shift+↓.
    expect(table.getAttribute('aria-activedescendant')).toBe('person-row-7');
    expect([...selectedRows()].map((row) => row.id)).toEqual(['person-row-5', 'person-row-6', 'person-row-7']);
    fireEvent.keyDown(table, { key: 'a', ctrlKey: true });
    expect(selectedRows()).toHaveLength(8);
    expect(screen.getByRole('checkbox', { name: 'Select everyone shown' })).toHaveProperty('checked', true);
  });

  it('puts everyone selected in a circle, tags them, and the table follows the write', async () => {
    await seed(Array.from({ length: 5 }, (_, i) => contact(i)));
    const user = userEvent.setup();
    render(<App search="" />);
    await grid();
    await user.click(screen.getByRole('checkbox', { name: 'Select everyone shown' }));
    const bulk = await screen.findByRole('region', { name: '5 selected' });
    await user.selectOptions(within(bulk).getByLabelText('Put in circle'), 'inner');
    await user.click(within(bulk).getAllByRole('button', { name: 'Apply' })[0]!);
    expect(await within(bulk).findByText('Put 5 people in Inner.')).toBeTruthy();
    expect((await getDb().contacts.toArray()).every((stored) => stored.circle === 'inner')).toBe(true);
    expect(await within(screen.getByRole('grid')).findAllByText('Inner')).toHaveLength(5);

    await user.type(within(bulk).getByLabelText('Add tag'), 'fintech');
    await user.click(within(bulk).getByRole('button', { name: 'Add' }));
    expect(await within(bulk).findByText('Tagged 5 people “fintech”.')).toBeTruthy();
    await user.click(within(bulk).getByRole('button', { name: 'Add' }));
    expect((await getDb().contacts.toArray()).every((stored) => stored.tags.join() === 'fintech')).toBe(true);
  });

  it('shows the error when the background refuses a bulk change, and changes nothing', async () => {
    const full = Array.from({ length: 50 }, (_, i) => `tag-${i}`);
    await seed([contact(1), contact(2, { tags: full })]);
    const user = userEvent.setup();
    render(<App search="" />);
    await grid();
    await user.click(screen.getByRole('checkbox', { name: 'Select everyone shown' }));
    await user.type(await screen.findByLabelText('Add tag'), 'new');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Person 2 already has 50 tags: remove one first. Nothing was changed.');
    expect((await getDb().contacts.get('in:person-00001'))!.tags).toEqual([]);
  });

  it('opens a person in place from their name, and Back returns to the same filters', async () => {
    await seed([contact(1, { name: 'Ada Lovelace' }), contact(2, { name: 'Bea Müller' })]);
    await getDb().notes.put({ id: 'n1', contactId: 'in:person-00001', body: 'Loves engines.', createdAt: AT, updatedAt: AT });
    const user = userEvent.setup();
    render(<App search="" />);
    await grid();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ada');
    await user.click(await screen.findByRole('link', { name: 'Ada Lovelace' }));
    const person = await screen.findByRole('article', { name: 'Ada Lovelace' });
    expect(await within(person).findByDisplayValue('Loves engines.')).toBeTruthy();
    expect(location.search).toBe('?person=in%3Aperson-00001');
    await user.click(screen.getByRole('link', { name: '← All people' }));
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveProperty('value', 'ada');
  });

  it('opens straight at a person from its address, and says so when they are gone', async () => {
    await seed([contact(1, { name: 'Ada Lovelace' })]);
    const { unmount } = render(<App search="?person=in%3Aperson-00001" />);
    expect(await screen.findByRole('article', { name: 'Ada Lovelace' })).toBeTruthy();
    unmount();
    render(<App search="?person=in%3Anobody" />);
    expect(await screen.findByText('This person is not in Rapport (any more).')).toBeTruthy();
  });
});
