import type { WriteContext } from '@/lib/model/write-context';
import { readSettings } from '@/lib/storage/items';
import { localTimeZone, toTimestamp } from '@/lib/time/instant';

/** Clock and settings for one write, read fresh each time: the worker keeps no state between events. */
export async function currentWriteContext(now: () => number = Date.now): Promise<WriteContext> {
  const { cadences } = await readSettings();
  return { now: toTimestamp(now()), cadences, timeZone: localTimeZone() };
}
