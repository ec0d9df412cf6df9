import { t } from '@/lib/i18n';
import type { StarterMoment, StarterTemplates } from '@/lib/starters/templates';

const DEFAULT_KEYS = {
  newConnectionDay1: 'starter_newConnectionDay1',
  newConnectionWeek: 'starter_newConnectionWeek',
  newConnectionMonth: 'starter_newConnectionMonth',
  newRole: 'starter_newRole',
  anniversary: 'starter_anniversary',
  birthday: 'starter_birthday',
  thanks: 'starter_thanks',
  catchUp: 'starter_catchUp',
} as const satisfies Record<StarterMoment, string>;

/** The default template of a moment, in the user's language. */
export const defaultTemplate = (moment: StarterMoment): string => t(DEFAULT_KEYS[moment]);

/** The template in use: the user's own if set (and not blank), else the default. */
export function templateFor(moment: StarterMoment, templates: StarterTemplates | null | undefined): string {
  const own = templates?.[moment];
  return own && own.trim() ? own : defaultTemplate(moment);
}

const MOMENT_LABEL_KEYS = {
  newConnectionDay1: 'starterMoment_newConnectionDay1',
  newConnectionWeek: 'starterMoment_newConnectionWeek',
  newConnectionMonth: 'starterMoment_newConnectionMonth',
  newRole: 'starterMoment_newRole',
  anniversary: 'starterMoment_anniversary',
  birthday: 'starterMoment_birthday',
  thanks: 'starterMoment_thanks',
  catchUp: 'starterMoment_catchUp',
} as const satisfies Record<StarterMoment, string>;

export const momentLabel = (moment: StarterMoment): string => t(MOMENT_LABEL_KEYS[moment]);
