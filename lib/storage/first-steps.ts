import { defineItem } from '@/lib/storage/storage-item';
import type { Timestamp } from '@/lib/time/instant';

/**
 * The popup's first-steps checklist: what only the user's clicks can tell
 * (they opened LinkedIn's export page; they dismissed the list), and when all
 * steps were done, after which the list never shows (nor reads) again. A UI
 * preference written by the popup, like the last log type.
 */
export interface FirstSteps {
  exportRequestedAt: Timestamp | null;
  dismissed: boolean;
  doneAt: Timestamp | null;
}

export const firstStepsItem = defineItem<FirstSteps>('local:firstSteps', { fallback: { exportRequestedAt: null, dismissed: false, doneAt: null }, version: 1 });
