import { z } from 'zod/mini';
import { readSettings, settingsItem } from '@/lib/storage/items';
import { starterTemplatesItem } from '@/lib/storage/starter-templates-item';
import { Cadences, MessageCapture } from '@/lib/storage/settings';
import { StarterTemplates } from '@/lib/starters/templates';
import { SHARED_DEFAULTS, type SettingsPort, type SharedSettingsValues } from '@/lib/sync/shared-settings';

/**
 * The shared settings in extension storage, for the sync engine (background
 * only). What arrives is validated field by field: a value this version cannot
 * read (a newer version's shape) is skipped and the device keeps its own.
 */
const SCHEMAS = { cadences: Cadences, autoCapture: z.boolean(), messageCapture: MessageCapture, templates: StarterTemplates } as const;

export const storageSettingsPort: SettingsPort = {
  defaults: SHARED_DEFAULTS,
  async read() {
    const settings = await readSettings();
    return { cadences: settings.cadences, autoCapture: settings.autoCapture, messageCapture: settings.messageCapture, templates: await starterTemplatesItem.getValue() };
  },
  async write(values: SharedSettingsValues) {
    const valid: SharedSettingsValues = {};
    for (const [key, schema] of Object.entries(SCHEMAS) as [keyof typeof SCHEMAS, (typeof SCHEMAS)[keyof typeof SCHEMAS]][]) {
      if (values[key] === undefined) continue;
      const parsed = schema.safeParse(values[key]);
      if (parsed.success) valid[key] = parsed.data;
      else console.warn(`[rapport] synced setting ${key} not readable by this version; kept this device's`);
    }
    const { templates, ...rest } = valid;
    if (Object.keys(rest).length > 0) await settingsItem.setValue({ ...(await readSettings()), ...(rest as object) });
    if (templates !== undefined) await starterTemplatesItem.setValue(templates as StarterTemplates);
  },
};
