import { storageValue } from '@/lib/storage/storage-item';

/**
 * Undo rights: whoever made a log may take it back for a short while, and
 * only they. A content script may undo only what the background just logged
 * for its tab (auto-capture, the injected button, the shortcut): a compromised
 * page cannot delete arbitrary touchpoints. Rapport's own pages hold the right
 * for their logs too, which is what lets Undo remove a person the log added.
 *
 * Bookkeeping, not data: a token that cannot be recorded (storage.session
 * full) costs the Undo's right to remove an added person, never the log. All
 * tokens live in one storage.session item (a restarted worker still honours
 * them), pruned of expired ones on every write and capped in number.
 */
export const UNDO_WINDOW_MS = 15_000;
/** More than anyone can click Undo on within the window; bounds the item if logs come in bursts. */
export const UNDO_TOKENS_KEPT = 50;

const KEY = 'session:undoTokens';

/** Who made the log: a tab's content script, or Rapport's own pages. */
export type UndoHolder = number | 'pages';

export interface UndoToken {
  holder: UndoHolder;
  expiresAt: number;
  /** The log also added the contact: undo may remove it too. */
  contactCreated: boolean;
}

type Tokens = Record<string, UndoToken>;

// One change at a time: two logs in quick succession must not overwrite each other's token.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

function live(tokens: Tokens | undefined, now: number): Tokens {
  const kept = Object.entries(tokens ?? {})
    .filter(([, token]) => token.expiresAt >= now)
    .sort(([, a], [, b]) => b.expiresAt - a.expiresAt)
    .slice(0, UNDO_TOKENS_KEPT - 1);
  return Object.fromEntries(kept);
}

/** Records the right to undo a log; best-effort: false (and a warning) when it could not be recorded. */
export async function grantUndo(touchpointId: string, holder: UndoHolder, contactCreated: boolean, now = Date.now()): Promise<boolean> {
  try {
    await serially(async () => {
      const tokens = live(await storageValue.get<Tokens>(KEY), now);
      tokens[touchpointId] = { holder, expiresAt: now + UNDO_WINDOW_MS, contactCreated };
      await storageValue.set(KEY, tokens);
    });
    return true;
  } catch (error) {
    console.warn('[rapport] Could not record the Undo for a log (the log itself is saved):', error);
    return false;
  }
}

/** Consumes the token if it is valid for this holder; null when there is none (or it expired, or it is someone else's). */
export async function takeUndo(touchpointId: string, holder: UndoHolder, now = Date.now()): Promise<UndoToken | null> {
  return serially(async () => {
    const stored = await storageValue.get<Tokens>(KEY);
    const token = stored?.[touchpointId];
    if (!token || token.holder !== holder) return null;
    const { [touchpointId]: _taken, ...rest } = stored;
    await storageValue.set(KEY, live(rest, now));
    return token.expiresAt >= now ? token : null;
  });
}
