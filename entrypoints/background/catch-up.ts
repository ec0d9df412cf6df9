import type { Browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { refreshAllDerived } from '@/lib/db/repo/upkeep/derived';
import { currentWriteContext } from './write-context';
import { notifyDataChanged } from './data-changed';

/**
 * After an update, recomputes every due date with the current rules, in one
 * transaction: the update that brought schema v6 moved the clock from "the
 * day you chose the circle" to "the last touch", and the people that makes
 * due at once are spread over the coming days (docs/nudges.md). Idempotent:
 * a later update finds the stored dates already right and writes nothing.
 * Returns how many people changed.
 */
export async function recomputeDueDatesAfterUpdate({ reason }: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<number> {
  if (reason !== 'update') return 0;
  const db = getDb();
  const context = await currentWriteContext();
  const changed = await db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () =>
    refreshAllDerived(db, context, undefined, { catchUp: true }),
  );
  if (changed > 0) notifyDataChanged();
  return changed;
}
