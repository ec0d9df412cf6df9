import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { SerializedError, serializeError } from '@/lib/errors';

/** A message: a strict object discriminated by `type` (so its fields may not be called `type`). */
export const message = <T extends string, S extends z.core.$ZodLooseShape & { type?: never }>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/** Every reply is `{ ok: true, value }` or `{ ok: false, error }`, validated by the caller. */
export function replyEnvelope<S extends $ZodType>(value: S) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: SerializedError }),
  ]);
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/**
 * Runs a message's handler and wraps what comes of it in the reply envelope:
 * its value (null for none), or the error as a code and a sentence. Never
 * throws, so every message gets an answer. `onError` sees each failure.
 */
export async function envelope(run: () => Promise<unknown>, onError?: (serialized: SerializedError, error: unknown) => void): Promise<Reply<unknown>> {
  try {
    return { ok: true, value: (await run()) ?? null };
  } catch (error) {
    const serialized = serializeError(error);
    onError?.(serialized, error);
    return { ok: false, error: serialized };
  }
}
