import { z } from 'zod/mini';

/**
 * Errors that cross a context boundary (background → page) carry a code the UI
 * can act on and a message written for the user.
 */
export const ERROR_CODES = [
  /** A message failed validation. */
  'invalid-message',
  /** The sender may not ask for this (e.g. a content script asking to delete). */
  'forbidden',
  'not-found',
  /** Somebody else changed the record first (e.g. a note edited in two windows). */
  'conflict',
  /** The browser refused to store more data. */
  'storage-full',
  /** Any other storage failure. */
  'storage',
  /** An import file is malformed; nothing was written. */
  'invalid-import',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const SerializedError = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string().check(z.maxLength(4000)),
});
export type SerializedError = z.infer<typeof SerializedError>;

export class RapportError extends Error {
  override name = 'RapportError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The first problem Zod found, as a phrase to put in a sentence: "Invalid input
 * at contacts.0.circle". The first only: one named problem is something a user
 * can fix; a list of fifty is not.
 */
export function describeZodIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  // zod/mini words an unknown field "Invalid input": name it, or the user cannot find it.
  const keys = issue.code === 'unrecognized_keys' ? `: ${issue.keys.map((key) => `"${key.slice(0, 80)}"`).join(', ')}` : '';
  return `${issue.message}${keys}${issue.path.length ? ` at ${issue.path.join('.')}` : ''}`;
}

function isQuotaError(error: unknown): boolean {
  // Dexie wraps it: AbortError with inner QuotaExceededError (dexie/Dexie.js#776).
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}

/** Turns anything thrown into a {@link RapportError} whose message a user can act on. */
export function toRapportError(error: unknown): RapportError {
  if (error instanceof RapportError) return error;
  if (isQuotaError(error)) {
    return new RapportError(
      'storage-full',
      'Your browser has no room left for Rapport’s data. Free some disk space and try again; nothing was saved.',
      { cause: error },
    );
  }
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof name === 'string' && /Dexie|IDB|Database|Transaction|Constraint|Abort|Version|Open/i.test(name)) {
    return new RapportError('storage', `Rapport could not save your change (${name}: ${message}). Nothing was lost; please try again.`, {
      cause: error,
    });
  }
  return new RapportError('internal', message || 'Something went wrong.', { cause: error });
}

export function serializeError(error: unknown): SerializedError {
  const rapportError = toRapportError(error);
  return { code: rapportError.code, message: rapportError.message.slice(0, 4000) };
}
