import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/welcome/app';

function withShortcuts(commands: { name: string; description: string; shortcut: string }[]) {
  fakeBrowser.commands.getAll = (async () => commands) as typeof fakeBrowser.commands.getAll;
}

describe('the welcome page', () => {
  it('leads with the export request: a link to LinkedIn’s download page that opens only on a click, in a new tab', async () => {
    withShortcuts([]);
    render(<App />);
    const steps = screen.getAllByRole('listitem');
    expect(steps.map((step) => within(step).getByRole('heading').textContent)).toEqual([
      'Request your LinkedIn data export now',
      'Pin Rapport and learn its shortcuts',
      'Open a LinkedIn profile and log',
    ]);
    const link = within(steps[0]!).getByRole('link', { name: "Open LinkedIn's data download page" });
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/mypreferences/d/download-my-data');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(within(steps[0]!).getByText(/remind you tomorrow/)).toBeTruthy();
    await screen.findByRole('table');
  });

  it('opens the import when the export is already there', async () => {
    withShortcuts([]);
    const openOptionsPage = vi.fn(async () => undefined);
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    render(<App />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'I have it: import my export' }));
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('shows the keyboard shortcuts as the browser has them, including one the user has not set', async () => {
    withShortcuts([
      { name: '_execute_action', description: 'Open Rapport', shortcut: 'Alt+Shift+O' },
      { name: 'log-message', description: 'Log a message with the person on this page', shortcut: 'Alt+Shift+L' },
      { name: 'open-side-panel', description: 'Open the side panel', shortcut: '' },
    ]);
    render(<App />);
    const table = await screen.findByRole('table', { name: "Rapport's keyboard shortcuts" });
    const rows = within(table).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual([
      'Open RapportAlt+Shift+O',
      'Log a message with the person on this pageAlt+Shift+L',
      "Open the side panelnot set (choose one in your browser's extension shortcuts)",
    ]);
  });
});
