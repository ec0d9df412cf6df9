import { getDb } from '@/lib/db/db';
import { recountTouchDays } from '@/lib/db/repo/touch-days';
import { currentWriteContext } from './write-context';

/**
 * Counts the dashboard's per-day touch counts from the touchpoints after an
 * install or update: the update that added them (schema v4) starts them, and
 * every later one re-checks them, in one transaction. Writes keep them up to
 * date in between.
 */
export async function recountTouchDaysAfterUpdate(): Promise<void> {
  const db = getDb();
  const context = await currentWriteContext();
  await db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, () => recountTouchDays(db, context));
}
