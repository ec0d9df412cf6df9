import { getDb } from '@/lib/db/db';
import { refreshStrengthDue } from '@/lib/db/repo/upkeep/strength';
import { currentWriteContext } from './write-context';
import { notifyDataChanged } from './data-changed';

/**
 * Relationship strength changes with time alone (a touch leaves the 90 days,
 * a quiet spell turns cooling into cold): at every alarm, the people whose
 * `strengthChangesAt` has passed are judged again, through its index.
 */
export async function refreshStrengthIfDue(): Promise<number> {
  const db = getDb();
  const context = await currentWriteContext();
  const changed = await db.transaction('rw', db.contacts, db.touchpoints, async () => refreshStrengthDue(db, context));
  if (changed > 0) notifyDataChanged();
  return changed;
}
