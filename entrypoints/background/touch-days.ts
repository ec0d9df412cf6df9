import { getDb } from '@/lib/db/db';
import { recountTouchDays } from '@/lib/db/repo/upkeep/touch-days';
import { touchDaysTimeZoneItem } from '@/lib/storage/items';
import { localTimeZone } from '@/lib/time/instant';
import { currentWriteContext } from './write-context';

/**
 * Counts the dashboard's per-day touch counts from the touchpoints, in one
 * transaction: after every install or update (the update that added them,
 * schema v4, starts them; later ones re-check them), and whenever the time
 * zone differs from the one they were counted in (their days are local days).
 * Writes keep them up to date in between.
 */
export async function recountTouchDaysIfNeeded({ always = false } = {}): Promise<void> {
  if (!always && (await touchDaysTimeZoneItem.getValue()) === localTimeZone()) return;
  const db = getDb();
  const context = await currentWriteContext();
  await db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => recountTouchDays(db, context));
  await touchDaysTimeZoneItem.setValue(context.timeZone);
}
