import type { TouchpointType } from '@/lib/model/schema';
import type { TouchpointTarget } from '@/lib/model/commands';
import { getDb } from '@/lib/db/db';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { sendToTab } from '@/lib/messaging/client';
import { loggedSentence } from '@/lib/contacts/labels';
import { currentWriteContext } from './write-context';
import { notifyDataChanged } from './data-changed';
import { grantUndo } from './undo-tokens';
import { showNotice } from './notices';

/**
 * Logs a touchpoint on behalf of a tab (keyboard shortcut, context menu) and
 * confirms it where the user sees it: in the page with Undo, as the in-page
 * button does, or as a notification when the page cannot show it.
 */
export async function logForTab(tabId: number, target: TouchpointTarget, type: TouchpointType): Promise<void> {
  try {
    const result = await logTouchpoint(getDb(), target, { type }, await currentWriteContext());
    notifyDataChanged();
    const text = loggedSentence(type, result.contact.name, result.contactCreated);
    if (!result.touchpointCreated) return noticeToTab(tabId, text);
    await grantUndo(result.touchpoint.id, tabId, result.contactCreated);
    const shown = await sendToTab(tabId, { type: 'touchpointLogged', touchpointId: result.touchpoint.id, text }).then(
      () => true,
      () => false,
    );
    if (!shown) await showNotice(text);
  } catch (error) {
    await noticeToTab(tabId, error instanceof Error ? error.message : String(error));
  }
}

/** A notice in the tab's page; a notification when the page has no Rapport to show it (another site, a page gone). */
export async function noticeToTab(tabId: number, text: string): Promise<void> {
  const shown = await sendToTab(tabId, { type: 'showNotice', text }).then(
    () => true,
    () => false,
  );
  if (!shown) await showNotice(text);
}
