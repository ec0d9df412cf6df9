import { defineItem } from '@/lib/storage/storage-item';
import type { StarterTemplates } from '@/lib/starters/templates';

/**
 * The user's own "words to start with" templates (lib/starters/templates.ts):
 * a setting of its own, apart from the settings form's item so the pages that
 * only read it do not bundle the settings schema. Written by the background
 * (`updateStarterTemplates`); an empty object means every default.
 */
export const starterTemplatesItem = defineItem<StarterTemplates>('local:starterTemplates', { fallback: {}, version: 1 });
