import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { SerializedError } from '@/lib/errors';

/** A message: a strict object discriminated by `type`. */
export const message = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/** Every reply is `{ ok: true, value }` or `{ ok: false, error }`, validated by the caller. */
export function replyEnvelope<S extends $ZodType>(value: S) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: SerializedError }),
  ]);
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: SerializedError };
