import type { ReactNode } from 'react';
import type { LiveState } from '@/lib/stores/live-query-store';
import { ErrorMessage, Loading } from '@/components/ui/status-message';

/**
 * What a live query's view shows while it loads, when it fails, and once it
 * has data: the one switch over {@link LiveState}, so every page says
 * "Loading…" and reports a failed read the same way. `failed` words the error
 * for its page ("Could not read the dashboard: …").
 */
export function LiveView<T>({ state, failed, children }: { state: LiveState<T>; failed: (error: string) => string; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage>{failed(state.error)}</ErrorMessage>;
  return <>{children(state.data)}</>;
}
