import type { z } from 'zod/mini';
import { SettingsSchema, type CircleCadence, type Settings } from '@/lib/storage/settings';
import { t } from '@/lib/i18n';

/**
 * The settings form's values and their conversion to and from stored
 * settings. Day counts stay text while the user types (an empty box is a
 * state, not a zero); the stored schema stays the one source of the rules,
 * and its issues are turned into messages next to the fields they concern.
 */

export interface CadenceFields {
  idealDays: string;
  maxDays: string;
}

export interface SettingsForm {
  cadences: {
    inner: CadenceFields;
    key: CadenceFields;
    wider: CadenceFields;
    new: { steps: [CadenceFields, CadenceFields, CadenceFields]; graduateTo: Settings['cadences']['new']['graduateTo'] };
  };
  notifications: Settings['notifications'];
  autoCapture: boolean;
  toolbarOpens: Settings['toolbarOpens'];
  messageCapture: Settings['messageCapture'];
}

/** Field path (`cadences.inner.maxDays`, `cadences.new.steps`, …) → what is wrong with it. */
export type FieldErrors = Record<string, string>;

const fields = ({ idealDays, maxDays }: CircleCadence): CadenceFields => ({ idealDays: String(idealDays), maxDays: String(maxDays) });

export function toForm(settings: Settings): SettingsForm {
  const { inner, key, wider, new: newConnections } = settings.cadences;
  return {
    cadences: {
      inner: fields(inner),
      key: fields(key),
      wider: fields(wider),
      new: { steps: newConnections.steps.map(fields) as SettingsForm['cadences']['new']['steps'], graduateTo: newConnections.graduateTo },
    },
    notifications: { ...settings.notifications, quietDays: [...settings.notifications.quietDays] },
    autoCapture: settings.autoCapture,
    toolbarOpens: settings.toolbarOpens,
    messageCapture: settings.messageCapture,
  };
}

/** "14" → 14; an empty or non-numeric box becomes NaN, which the schema rejects. */
const days = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const cadence = ({ idealDays, maxDays }: CadenceFields) => ({ idealDays: days(idealDays), maxDays: days(maxDays) });

function messageFor(issue: z.core.$ZodIssue): string {
  const last = issue.path.at(-1);
  if (issue.code === 'custom' && last === 'maxDays') return t('overdueBeforeDue');
  if (issue.code === 'custom' && last === 'steps') return t('stepsOutOfOrder');
  if (last === 'idealDays' || last === 'maxDays') return t('daysInvalid');
  if (last === 'digestTime') return t('timeInvalid');
  return issue.message;
}

export type ParsedForm = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

export function parseForm(form: SettingsForm): ParsedForm {
  const { inner, key, wider, new: newConnections } = form.cadences;
  const candidate = {
    cadences: {
      inner: cadence(inner),
      key: cadence(key),
      wider: cadence(wider),
      new: { steps: newConnections.steps.map(cadence), graduateTo: newConnections.graduateTo },
    },
    notifications: { ...form.notifications, quietDays: [...form.notifications.quietDays].sort((a, b) => a - b) },
    autoCapture: form.autoCapture,
    toolbarOpens: form.toolbarOpens,
    messageCapture: form.messageCapture,
  };
  const parsed = SettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= messageFor(issue);
  }
  return { ok: false, errors };
}

export function sameForm(a: SettingsForm, b: SettingsForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
