import { z } from 'zod/mini';
import { text } from '@/lib/model/schema';

/**
 * "Words to start with": a short suggestion for each nurture moment, with the
 * person's first name filled in where a template says `{firstName}`. The
 * defaults are i18n messages (`starter_<moment>`); the user's own versions are
 * a setting (lib/storage/items.ts `starterTemplatesItem`), edited in Settings.
 * Everything stays local; nothing is sent.
 */

export const STARTER_MOMENTS = ['newConnectionDay1', 'newConnectionWeek', 'newConnectionMonth', 'newRole', 'anniversary', 'birthday', 'thanks', 'catchUp'] as const;
export const StarterMoment = z.enum(STARTER_MOMENTS);
export type StarterMoment = z.infer<typeof StarterMoment>;

export const STARTER_TEMPLATE_MAX = 600;

/** The user's own templates; a moment left out uses the default. */
export const StarterTemplates = z.strictObject(
  Object.fromEntries(STARTER_MOMENTS.map((moment) => [moment, z.optional(text(STARTER_TEMPLATE_MAX))])) as Record<StarterMoment, z.ZodMiniOptional<ReturnType<typeof text>>>,
);
export type StarterTemplates = z.infer<typeof StarterTemplates>;

export const FIRST_NAME_TOKEN = '{firstName}';

/**
 * The first name to greet someone by: the first word of their name, without
 * a leading title ("Dr. Ada Lovelace" → "Ada"). Names are page content: this
 * is text, never markup.
 */
export function firstNameOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const titled = /^(dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/i;
  const first = words.find((word) => !titled.test(word)) ?? words[0] ?? '';
  return first.replace(/[,;:]+$/, '');
}

/** The template with every `{firstName}` replaced. */
export function fillTemplate(template: string, name: string): string {
  return template.split(FIRST_NAME_TOKEN).join(firstNameOf(name));
}
