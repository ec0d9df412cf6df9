import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { KeepInTouchStep } from '@/entrypoints/options/linkedin-import/keep-in-touch-step';
import { getDb } from '@/lib/db/db';
import { connectPagesToBackground, deliver } from '../../helpers/background';

const AT = '2026-11-20T09:00:00.000Z';
const add = (slug: string, name: string) => deliver({ type: 'addContact', person: { profileUrl: `https://www.linkedin.com/in/${slug}/`, name }, circle: 'untracked' });
const offer = (slug: string, name: string, gave = 0) => ({ contactId: `in:${slug}`, name, profileUrl: `https://www.linkedin.com/in/${slug}/`, at: AT, gave });

beforeEach(async () => {
  connectPagesToBackground();
  await add('ada', 'Ada');
  await add('bea', 'Bea');
  await add('cat', 'Cat');
});

describe('the keep-in-touch step after an import', () => {
  it('offers four tabs; new connections go in New (24-7-30) with one command', async () => {
    const user = userEvent.setup();
    render(
      <KeepInTouchStep
        suggestions={[{ contactId: 'in:ada', name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada/', messages: 4, lastMessageAt: AT }]}
        recentConnections={[offer('bea', 'Bea'), offer('cat', 'Cat')]}
        endorsed={[offer('cat', 'Cat', 3)]}
      />,
    );
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual(['Talked recently (1)', 'Connected in the last 30 days (2)', 'Endorsed or recommended (1)', 'Everyone']);
    expect(await screen.findByText('Ada')).toBeTruthy();

    // Arrow keys move between tabs, as in any tab list.
    screen.getByRole('tab', { name: 'Talked recently (1)' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Connected in the last 30 days (2)' }).getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByText(/start 24-7-30/)).toBeTruthy();
    expect((within(panel).getByLabelText('Circle') as HTMLSelectElement).value).toBe('new');
    await user.click(await within(panel).findByRole('button', { name: 'Put all 2 in this circle' }));
    await within(panel).findAllByText('In New');
    expect((await getDb().contacts.bulkGet(['in:bea', 'in:cat'])).map((contact) => contact!.circle)).toEqual(['new', 'new']);

    await user.click(screen.getByRole('tab', { name: 'Endorsed or recommended (1)' }));
    expect(await screen.findByText(/^3 endorsements or recommendations, latest /)).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Everyone' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search everyone' }), 'ada');
    await user.click(await screen.findByRole('button', { name: /^Put Ada in/ }));
    await screen.findByText(/^In /);
    expect((await getDb().contacts.get('in:ada'))!.circle).not.toBe('untracked');
  });

  it('says so when a tab has nobody', async () => {
    const user = userEvent.setup();
    render(<KeepInTouchStep suggestions={[]} recentConnections={[]} endorsed={[]} />);
    expect(screen.getByText(/Nobody to suggest/)).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Endorsed or recommended (0)' }));
    expect(screen.getByText('The export holds no endorsements or recommendations you gave.')).toBeTruthy();
  });
});
