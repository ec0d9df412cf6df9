import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/dashboard/app';
import { connectPagesToBackground } from '../../helpers/background';
import type * as dashboardReads from '@/lib/db/repo/reads/dashboard';

// The database fails for the touch figures only: those cards say so, the rest of the dashboard still works.
vi.mock('@/lib/db/repo/reads/dashboard', async (importOriginal) => ({
  ...(await importOriginal<typeof dashboardReads>()),
  readTouchSummary: () => Promise.reject(new Error('The disk is full.')),
}));

describe('the dashboard when a read fails', () => {
  it('shows the error in the cards that need it and keeps the others working', async () => {
    connectPagesToBackground();
    render(<App />);
    for (const name of ['Touches per week', 'About them, or about you?', 'In sight, and in touch']) {
      const alert = await within(screen.getByRole('region', { name })).findByRole('alert');
      expect(alert.textContent).toBe('Rapport could not read this part of your data: The disk is full.');
    }
    // Step 3's cards are a lazy chunk: the Asks card appears once it has loaded.
    expect(await within(await screen.findByRole('region', { name: 'Asks' })).findByText(/No asks logged yet/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Due' })).queryByRole('alert')).toBeNull();
  });
});
