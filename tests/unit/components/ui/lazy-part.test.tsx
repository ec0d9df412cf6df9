import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from '@/components/ui/lazy-part';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A chunk whose arrival the test decides. */
function heldChunk() {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        arrive = () => resolve(Greeting);
        fail = reject;
      }),
  );
  return { load, arrive: () => arrive(), fail: (error: Error) => fail(error) };
}

describe('a part of the page loaded as its own chunk', () => {
  // (React's 300 ms hold-back of Suspense content does not happen under act(), so it is not what this shows.)
  it('shows its fallback until the chunk arrives, then the part with its props', async () => {
    const chunk = heldChunk();
    const Part = lazyPart(chunk.load, { fallback: <p>Loading…</p> });
    render(<Part name="Jane" />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => chunk.arrive());
    expect(screen.getByText('Hello Jane')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('requests its chunk once for every instance, and only when first shown or preloaded', async () => {
    const chunk = heldChunk();
    const Part = lazyPart(chunk.load);
    expect(chunk.load).not.toHaveBeenCalled();
    const preloaded = Part.preload();
    render(
      <>
        <Part name="Jane" />
        <Part name="Sam" />
      </>,
    );
    await act(async () => chunk.arrive());
    await preloaded;
    expect(screen.getByText('Hello Jane')).toBeTruthy();
    expect(screen.getByText('Hello Sam')).toBeTruthy();
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it('says in words that the part could not load, where the part would be, and the rest of the page stays', async () => {
    const chunk = heldChunk();
    const Part = lazyPart(chunk.load);
    render(
      <main>
        <h1>Rapport</h1>
        <Part name="Jane" />
      </main>,
    );
    await act(async () => chunk.fail(new Error('Failed to fetch dynamically imported module')));
    expect(screen.getByRole('alert').textContent).toContain('Failed to fetch dynamically imported module');
    expect(screen.getByRole('heading', { name: 'Rapport' })).toBeTruthy();
  });

  it('can stand aside quietly instead, for parts a page does without', async () => {
    const chunk = heldChunk();
    const Part = lazyPart(chunk.load, { failed: () => null });
    const { container } = render(<Part name="Jane" />);
    await act(async () => chunk.fail(new Error('offline')));
    expect(container.textContent).toBe('');
  });
});
