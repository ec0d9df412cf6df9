import type { z } from 'zod/mini';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/lib/storage/settings';

/**
 * Stored settings that fail validation (written by a newer Rapport before a
 * rollback, or damaged) must not block every write. Each invalid part falls
 * back to its default while every valid part is kept, at the finest level the
 * schema allows: a field of an object, or the whole object when a rule spans
 * its fields (a cadence's maximum before its ideal) or it is a tuple.
 */

export interface HealedSettings {
  settings: Settings;
  /** Dotted paths of the parts reset to their defaults (`cadences.inner`, `autoCapture`); empty when all was valid. */
  reset: string[];
}

type Schema = z.ZodMiniType;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function shapeOf(schema: Schema): Record<string, Schema> | null {
  const shape = (schema as { shape?: unknown }).shape;
  return isPlainObject(shape) ? (shape as Record<string, Schema>) : null;
}

function heal(schema: Schema, value: unknown, fallback: unknown, path: string, reset: string[]): unknown {
  if (schema.safeParse(value).success) return value;
  const shape = shapeOf(schema);
  if (shape && isPlainObject(value) && isPlainObject(fallback)) {
    const inner: string[] = [];
    // Only the schema's own keys: a newer version's extra keys are dropped, not reported as reset.
    const candidate = Object.fromEntries(Object.keys(shape).map((key) => [key, heal(shape[key]!, value[key], fallback[key], path ? `${path}.${key}` : key, inner)]));
    if (schema.safeParse(candidate).success) {
      reset.push(...inner);
      return candidate;
    }
  }
  reset.push(path);
  return fallback;
}

export function healSettings(stored: unknown): HealedSettings {
  const reset: string[] = [];
  const settings = heal(SettingsSchema, stored, DEFAULT_SETTINGS, '', reset) as Settings;
  // The root itself was replaced (not an object at all): every part was reset.
  return { settings, reset: reset.map((path) => path || '*') };
}
