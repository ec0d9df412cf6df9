import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

let renderWelcome: (root: HTMLElement) => Promise<void>;

beforeAll(async () => {
  // The page uses the browser's own API object (Firefox's `browser`), not the polyfill.
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  ({ renderWelcome } = await import('@/entrypoints/welcome/main'));
});

function withShortcuts(commands: { name: string; description: string; shortcut: string }[]) {
  fakeBrowser.commands.getAll = (async () => commands) as typeof fakeBrowser.commands.getAll;
}

async function render() {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  await renderWelcome(root);
}

describe('the welcome page', () => {
  it('leads with the export request: a link to LinkedIn’s download page that opens only on a click, in a new tab', async () => {
    withShortcuts([]);
    await render();
    expect(document.title).toBe('Welcome to Rapport');
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
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
  });

  it('opens the import when the export is already there', async () => {
    withShortcuts([]);
    const openOptionsPage = vi.fn(async () => undefined);
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    await render();
    await userEvent.setup().click(screen.getByRole('button', { name: 'I have it: import my export' }));
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('shows the keyboard shortcuts as the browser has them, including one the user has not set, as text', async () => {
    withShortcuts([
      { name: '_execute_action', description: 'Open Rapport', shortcut: 'Alt+Shift+O' },
      { name: 'log-message', description: 'Log a <b>message</b>', shortcut: 'Alt+Shift+L' },
      { name: 'open-side-panel', description: 'Open the side panel', shortcut: '' },
    ]);
    await render();
    const table = screen.getByRole('table', { name: "Rapport's keyboard shortcuts" });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Open RapportAlt+Shift+O',
      'Log a <b>message</b>Alt+Shift+L',
      "Open the side panelnot set (choose one in your browser's extension shortcuts)",
    ]);
    expect(table.querySelector('b')).toBeNull();
  });

  it('says so when the shortcuts cannot be read', async () => {
    fakeBrowser.commands.getAll = (async () => {
      throw new Error('no commands here');
    }) as typeof fakeBrowser.commands.getAll;
    await render();
    expect(screen.getByRole('alert').textContent).toBe('Could not read the keyboard shortcuts: Error: no commands here');
  });
});
