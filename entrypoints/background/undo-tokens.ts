import { storageValue } from '@/lib/storage/storage-item';

/**
 * A content script may undo only what the background just logged for it
 * (auto-capture, the injected button, the shortcut), and only for a short
 * while: a compromised page cannot delete arbitrary touchpoints. Tokens live in
 * storage.session so a restarted worker still honours them.
 */
export const UNDO_WINDOW_MS = 15_000;

const key = (touchpointId: string) => `session:undo:${touchpointId}` as const;

interface UndoToken {
  tabId: number;
  expiresAt: number;
  /** The log also added the contact: undo removes it too. */
  contactCreated: boolean;
}

export async function grantUndo(touchpointId: string, tabId: number, contactCreated: boolean, now = Date.now()): Promise<void> {
  await storageValue.set(key(touchpointId), { tabId, expiresAt: now + UNDO_WINDOW_MS, contactCreated });
}

/** Consumes the token if it is valid for this tab; null when there is none (or it expired). */
export async function takeUndo(touchpointId: string, tabId: number, now = Date.now()): Promise<UndoToken | null> {
  const token = await storageValue.get<UndoToken>(key(touchpointId));
  await storageValue.remove(key(touchpointId));
  return token && token.tabId === tabId && token.expiresAt >= now ? token : null;
}
