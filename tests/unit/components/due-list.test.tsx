import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DueList } from '@/components/due-list';
import { getDb } from '@/lib/db/db';
import { updateContact } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { formatDate } from '@/lib/format';
import { connectPagesToBackground } from '../helpers/background';
import { contextAt, person } from '../helpers/context';

// Wednesday 2 December 2026, 10:00 in Paris.
const NOW = '2026-12-02T09:00:00.000Z';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
  connectPagesToBackground();
});
afterEach(() => vi.useRealTimers());

/** After an import: 14 people last messaged in May (the 14th on 14 May), then all put in Key today. */
async function circleFourteenQuietPeople() {
  const db = getDb();
  for (let i = 0; i < 14; i++) {
    const at = new Date(Date.parse('2026-05-01T09:00:00.000Z') + i * 86_400_000).toISOString();
    await logTouchpoint(db, { person: person(`quiet-${i}`, `Quiet ${i}`), circle: 'untracked' }, { type: 'message', at }, contextAt(at));
  }
  for (let i = 0; i < 14; i++) await updateContact(db, `in:quiet-${i}`, { circle: 'key' }, contextAt(NOW));
}

describe('the due list while catching up', () => {
  it('lists today’s two and says how the rest are spread', async () => {
    await circleFourteenQuietPeople();
    render(<DueList />);
    expect(await screen.findByRole('heading', { name: 'Due (2)' })).toBeTruthy();
    // Each name opens Rapport's person view; the small LinkedIn ↗ beside it goes to the profile.
    expect(screen.getAllByRole('link').filter((link) => link.getAttribute('href')?.includes('people.html?person=')).map((link) => link.textContent)).toEqual(['Quiet 0', 'Quiet 1']);
    expect(screen.getByTestId('catch-up-sentence').textContent).toBe(
      `14 people haven't heard from you in over 202 days; 2 a day until you catch up on ${formatDate('2026-12-07T23:00:00.000Z')}.`,
    );
  });

  it('once today’s are done, is caught up, names who is next, and still says what is left', async () => {
    await circleFourteenQuietPeople();
    for (const slug of ['quiet-0', 'quiet-1']) await logTouchpoint(getDb(), { contactId: `in:${slug}` }, { type: 'message' }, contextAt(NOW));
    render(<DueList />);
    expect(await screen.findByText('All caught up. Next: Quiet 2, tomorrow.')).toBeTruthy();
    expect(screen.getByTestId('catch-up-sentence').textContent).toMatch(/^12 people haven't heard from you in over 202 days; 2 a day/);
  });

  it('says nothing about catching up when nobody waits for a later day', async () => {
    const db = getDb();
    await logTouchpoint(db, { person: person('solo', 'Solo'), circle: 'untracked' }, { type: 'message', at: '2026-05-01T09:00:00.000Z' }, contextAt(NOW));
    await updateContact(db, 'in:solo', { circle: 'key' }, contextAt(NOW));
    render(<DueList />);
    expect(await screen.findByRole('heading', { name: 'Due (1)' })).toBeTruthy();
    expect(screen.queryByTestId('catch-up-sentence')).toBeNull();
  });
});
