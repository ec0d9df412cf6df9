import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SnoozeMenu } from '@/components/snooze-menu';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { connectPagesToBackground } from '../helpers/background';
import { contextAt, person } from '../helpers/context';

// Monday 23 November 2026, 15:30 in Paris.
const NOW = Date.parse('2026-11-23T14:30:00.000Z');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  connectPagesToBackground();
  // Inner circle since 1 November: due now.
  await addPerson(getDb(), person('jane-doe', 'Jane Doe'), 'inner', contextAt('2026-11-01T09:00:00.000Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

async function openMenu() {
  const user = userEvent.setup();
  render(<SnoozeMenu contactId="in:jane-doe" name="Jane Doe" />);
  await user.click(screen.getByRole('button', { name: 'Snooze Jane Doe' }));
  return { user, choices: within(screen.getByRole('group', { name: 'Snooze Jane Doe' })) };
}

describe('snoozing one person', () => {
  it.each([
    ['1 day', '2026-11-24T14:30:00.000Z'],
    ['1 week', '2026-11-30T14:30:00.000Z'],
    ['1 month', '2026-12-23T14:30:00.000Z'],
  ])('for %s takes them off the due list until then', async (choice, until) => {
    const { user, choices } = await openMenu();
    await user.click(choices.getByRole('button', { name: choice }));
    await screen.findByText(/^Snoozed until/);
    expect(await getDb().contacts.get('in:jane-doe')).toMatchObject({ snoozedUntil: until, dueAt: until });
    expect(screen.queryByRole('group', { name: 'Snooze Jane Doe' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Snooze Jane Doe' }));
  });

  it('until a chosen date, from the start of that day', async () => {
    const { user, choices } = await openMenu();
    const date = choices.getByLabelText('Or until');
    expect(date.getAttribute('min')).toBe('2026-11-24');
    await user.type(date, '2026-12-24');
    await user.click(choices.getByRole('button', { name: 'Snooze until then' }));
    await screen.findByText('Snoozed until 24 Dec 2026.');
    expect((await getDb().contacts.get('in:jane-doe'))?.snoozedUntil).toBe('2026-12-23T23:00:00.000Z');
  });

  it('refuses a date that is not after today, and keeps the menu open', async () => {
    const { user, choices } = await openMenu();
    await user.type(choices.getByLabelText('Or until'), '2026-11-23');
    await user.click(choices.getByRole('button', { name: 'Snooze until then' }));
    expect(choices.getByText('Choose a date after today.')).toBeTruthy();
    expect(choices.getByLabelText('Or until').getAttribute('aria-invalid')).toBe('true');
    expect((await getDb().contacts.get('in:jane-doe'))?.snoozedUntil).toBeUndefined();
  });

  it('closes with Escape, back on its button', async () => {
    const { user } = await openMenu();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Snooze Jane Doe' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Snooze Jane Doe' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('says what went wrong when the person is gone', async () => {
    await getDb().contacts.clear();
    const { user, choices } = await openMenu();
    await user.click(choices.getByRole('button', { name: '1 week' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That person is not in Rapport (any more).');
  });
});
