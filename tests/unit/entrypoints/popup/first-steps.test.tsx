import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/popup/app';
import { linkedInImportedAtItem } from '@/lib/storage/items';
import { firstStepsItem } from '@/lib/storage/first-steps';
import { toTimestamp } from '@/lib/time/instant';
import { connectPagesToBackground, deliver } from '../../helpers/background';

/** The popup's first-steps checklist (issue 21, item 1): each step checks itself from real state; hidden for good when done or dismissed. */

beforeEach(() => {
  connectPagesToBackground();
});

const checklist = () => screen.findByRole('region', { name: /^First steps/ });
const stepDone = (list: HTMLElement, text: RegExp) => within(list).getByText(text).closest('li')!.classList.contains('done');

describe('first steps in the popup', () => {
  it('on a fresh install lists the four steps, none done', async () => {
    render(<App search="" />);
    const list = await checklist();
    expect(within(list).getByRole('heading').textContent).toBe('First steps (0 of 4)');
    expect(within(list).getByRole('link', { name: /Request your LinkedIn data export/ }).getAttribute('href')).toBe('https://www.linkedin.com/mypreferences/d/download-my-data');
  });

  it('checks the steps off from real state: the export link clicked, an import, a circle, a first log', async () => {
    const user = userEvent.setup();
    render(<App search="" />);
    const list = await checklist();
    // The link opens LinkedIn in a new tab: not in this test's page.
    document.addEventListener('click', (event) => event.preventDefault(), { once: true });
    await user.click(within(list).getByRole('link', { name: /Request your LinkedIn data export/ }));
    await waitFor(async () => expect((await firstStepsItem.getValue()).exportRequestedAt).not.toBeNull());
    await waitFor(() => expect(within(list).getByRole('heading').textContent).toBe('First steps (1 of 4)'));
    await linkedInImportedAtItem.setValue(toTimestamp(Date.now()));
    await waitFor(() => expect(within(list).getByRole('heading').textContent).toBe('First steps (2 of 4)'));
    expect(stepDone(list, /Import the export/)).toBe(true);
    // Someone circled by an import is not a log by the user.
    await deliver({ type: 'addContact', person: { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' }, circle: 'key' });
    await waitFor(() => expect(within(list).getByRole('heading').textContent).toBe('First steps (3 of 4)'));
    expect(stepDone(list, /Log a first touch/)).toBe(false);
    await deliver({ type: 'logTouchpoint', target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'message' } });
    // All done: the list goes for good.
    await waitFor(() => expect(screen.queryByRole('region', { name: /^First steps/ })).toBeNull());
    expect((await firstStepsItem.getValue()).doneAt).not.toBeNull();
  });

  it('Hide dismisses it for good', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App search="" />);
    await user.click(within(await checklist()).getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^First steps/ })).toBeNull());
    unmount();
    render(<App search="" />);
    await screen.findByRole('heading', { name: /^Due/ });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('region', { name: /^First steps/ })).toBeNull();
  });
});
