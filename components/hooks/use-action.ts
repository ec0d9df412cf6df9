import { useCallback, useState } from 'react';
import { toRapportError } from '@/lib/errors';

/**
 * A user action that talks to the background: `busy` while it runs (to
 * disable its controls), and the error message a user can act on when it
 * fails (cleared by the next success). `run` resolves to the task's result,
 * or undefined when it failed.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(task: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await task();
      setError(null);
      return result;
    } catch (caught) {
      setError(toRapportError(caught).message);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
