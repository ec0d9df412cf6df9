import type { TouchpointType } from '@/lib/model/schema';
import type { TouchpointTarget } from '@/lib/model/commands';
import { getDb } from '@/lib/db/db';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { sendToTab } from '@/lib/messaging/client';
import { touchpointTypeLabel } from '@/lib/contacts/labels';
import { t } from '@/lib/i18n';
import { currentWriteContext } from './write-context';
import { notifyDataChanged } from './data-changed';
import { grantUndo } from './undo-tokens';

/**
 * Logs a touchpoint on behalf of a tab (keyboard shortcut, context menu) and
 * confirms it in the page with Undo, as the in-page button does.
 */
export async function logForTab(tabId: number, target: TouchpointTarget, type: TouchpointType): Promise<void> {
  try {
    const result = await logTouchpoint(getDb(), target, { type }, await currentWriteContext());
    notifyDataChanged();
    if (!result.touchpointCreated) return;
    await grantUndo(result.touchpoint.id, tabId, result.contactCreated);
    await sendToTab(tabId, {
      type: 'touchpointLogged',
      touchpointId: result.touchpoint.id,
      text: t('logged', touchpointTypeLabel(type), result.contact.name),
    }).catch(() => {
      // The page may have gone; the touchpoint is logged either way.
    });
  } catch (error) {
    await noticeToTab(tabId, error instanceof Error ? error.message : String(error));
  }
}

export async function noticeToTab(tabId: number, text: string): Promise<void> {
  await sendToTab(tabId, { type: 'showNotice', text }).catch(() => {});
}
