import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { chunk, useChunk } from '@/components/hooks/use-chunk';

describe('a lazy chunk as state', () => {
  it('is loading until its module arrives, then ready with it; requested once however many ask', async () => {
    const load = vi.fn(async () => ({ answer: 42 }));
    const part = chunk(load);
    const first = renderHook(() => useChunk(part));
    const second = renderHook(() => useChunk(part));
    expect(first.result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(first.result.current).toEqual({ status: 'ready', data: { answer: 42 } }));
    await waitFor(() => expect(second.result.current.status).toBe('ready'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is ready from the first render when the chunk arrived before (requested as the page started)', async () => {
    const part = chunk(async () => 'module');
    await part.load();
    const { result } = renderHook(() => useChunk(part));
    expect(result.current).toEqual({ status: 'ready', data: 'module' });
  });

  it('says why a chunk failed, and asks again next time', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module')).mockResolvedValueOnce('module');
    const part = chunk(load);
    const failed = renderHook(() => useChunk(part));
    await waitFor(() => expect(failed.result.current).toEqual({ status: 'error', error: 'Failed to fetch dynamically imported module' }));
    const again = renderHook(() => useChunk(part));
    await waitFor(() => expect(again.result.current).toEqual({ status: 'ready', data: 'module' }));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
