import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import NeedsCard from '@/entrypoints/dashboard/needs-card';
import { ThreeNetworksCard } from '@/entrypoints/dashboard/three-networks';
import type * as needsReads from '@/lib/db/repo/reads/needs';
import type * as networksReads from '@/lib/db/repo/reads/networks';

vi.mock('@/lib/db/repo/reads/needs', async (importOriginal) => ({
  ...(await importOriginal<typeof needsReads>()),
  listNeeds: () => Promise.reject(new Error('The disk is full.')),
}));
vi.mock('@/lib/db/repo/reads/networks', async (importOriginal) => ({
  ...(await importOriginal<typeof networksReads>()),
  readThreeNetworks: () => Promise.reject(new Error('The disk is full.')),
}));

describe('needs and networks when a read fails', () => {
  it('each card says so, and adding a need still shows its form', async () => {
    render(
      <>
        <ThreeNetworksCard />
        <NeedsCard />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Rapport could not read this part of your data: The disk is full.', 'Could not read your needs: The disk is full.']);
    expect(screen.getByLabelText('A need')).toBeTruthy();
  });
});
