/**
 * Subscribers that must react after any write (the badge, nudges). Listeners
 * are registered synchronously in `main()` on every worker start, so the list
 * is rebuilt from code each time and holds no data.
 */
type Listener = () => void | Promise<void>;

const listeners = new Set<Listener>();

export function onDataChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyDataChanged(): void {
  for (const listener of listeners) {
    void Promise.resolve()
      .then(listener)
      .catch((error: unknown) => console.error('[rapport] after-write task failed', error));
  }
}
