import { z } from 'zod/mini';
import { Circle, Id } from '@/lib/model/schema';

/**
 * How many touches one local calendar day saw with people of one circle, kept
 * up to date by every write: the dashboard's touch figures read a few hundred
 * of these instead of every touchpoint of the last 26 weeks.
 *
 * Its own module: the rows never cross contexts, so the bundles only need the
 * type, and a schema built at load time would cost the background bytes of its
 * size budget for nothing (the schema checks the migration fixtures).
 */
export const TouchDaySchema = z.strictObject({
  /** `<day>|<circle>`. */
  id: Id,
  /** The local calendar day, `YYYY-MM-DD`. */
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  circle: Circle,
  give: z.int().check(z.nonnegative()),
  ask: z.int().check(z.nonnegative()),
  public: z.int().check(z.nonnegative()),
  private: z.int().check(z.nonnegative()),
  other: z.int().check(z.nonnegative()),
  /** Your touches nobody classified as give or ask (the import's): counted as touches, left out of the ratio. Absent before v7. */
  unclassified: z.optional(z.int().check(z.nonnegative())),
});
export type TouchDay = z.infer<typeof TouchDaySchema>;
