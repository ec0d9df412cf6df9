import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PeopleBrowser } from '@/entrypoints/people/people-browser';
import type { Contact } from '@/lib/model/schema';
import { searchWordsFor } from '@/lib/search/search-words';

const AT = '2026-06-01T09:00:00.000Z';
const contact = (i: number): Contact => {
  const slug = `p-${String(i).padStart(3, '0')}`;
  const base: Contact = { id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: `Person ${i}`, circle: 'untracked', tags: [], createdAt: AT, updatedAt: AT, circleSince: AT };
  return { ...base, searchWords: searchWordsFor(base) };
};

const firstScreen = { people: [contact(0), contact(1), contact(2)], total: 5000, complete: false };

describe('the People page before everyone is read', () => {
  it('shows the true count and the first rows, with the table as tall as everyone, and select-all waiting', () => {
    render(<PeopleBrowser snapshot={firstScreen} onOpen={() => undefined} />);
    expect(screen.getByRole('heading', { name: '5,000 people' })).toBeTruthy();
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('5001');
    expect(within(grid).getAllByRole('link').map((link) => link.textContent)).toContain('Person 2');
    expect(screen.getByRole('checkbox', { name: 'Select everyone shown' })).toHaveProperty('disabled', true);
    // One person can be selected already.
    expect(screen.getByRole('checkbox', { name: 'Select Person 1' })).toHaveProperty('disabled', false);
  });

  it('keeps what is typed in a filter, and filters once everyone is read (never a count of part of the list)', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<PeopleBrowser snapshot={firstScreen} onOpen={() => undefined} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'person 4');
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByRole('heading', { name: '5,000 people' })).toBeTruthy();
    rerender(<PeopleBrowser snapshot={{ people: Array.from({ length: 5 }, (_, i) => contact(i)), total: 5, complete: true }} onOpen={() => undefined} />);
    expect(await screen.findByRole('heading', { name: 'Showing 1 of 5' })).toBeTruthy();
    expect(within(screen.getByRole('grid')).getByRole('link', { name: 'Person 4' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Select everyone shown' })).toHaveProperty('disabled', false);
  });
});
