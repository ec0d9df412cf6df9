import type { WriteContext } from '@/lib/model/write-context';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';

/** A write context at a fixed instant, with the default cadences, in Paris time. */
export function contextAt(now: string, overrides: Partial<WriteContext> = {}): WriteContext {
  return { now, cadences: DEFAULT_SETTINGS.cadences, timeZone: 'Europe/Paris', ...overrides };
}

export const person = (slug: string, name = 'Jane Doe') => ({
  profileUrl: `https://www.linkedin.com/in/${slug}/`,
  name,
});
