import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/people/app';

vi.mock('@/lib/db/repo/reads/people', () => ({
  readFirstPeople: () => Promise.reject(new Error('The disk is full.')),
  listPeople: () => Promise.reject(new Error('The disk is full.')),
}));

describe('the People page when the database cannot be read', () => {
  it('says so, in words', async () => {
    render(<App search="" />);
    expect((await screen.findByRole('alert')).textContent).toContain('The disk is full.');
  });
});
