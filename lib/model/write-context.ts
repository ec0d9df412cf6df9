import type { Cadences } from '@/lib/storage/settings';
import type { Timestamp } from '@/lib/time/instant';

/** What every write needs to keep derived fields right, injected so writes are testable. */
export interface WriteContext {
  now: Timestamp;
  cadences: Cadences;
  timeZone: string;
}
