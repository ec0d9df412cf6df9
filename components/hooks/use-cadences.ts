import { useEffect, useState } from 'react';
import { settingsItem } from '@/lib/storage/items';
import { Cadences as CadencesSchema, DEFAULT_SETTINGS, type Cadences } from '@/lib/storage/settings';

/** The user's cadences, following every change (the defaults until read, or when what is stored is invalid). */
export function useCadences(): Cadences {
  const [cadences, setCadences] = useState<Cadences>(DEFAULT_SETTINGS.cadences);
  useEffect(() => {
    let live = true;
    const take = (value: unknown) => {
      const parsed = CadencesSchema.safeParse((value as { cadences?: unknown } | null)?.cadences);
      if (live && parsed.success) setCadences(parsed.data);
    };
    void settingsItem.getValue().then(take, () => undefined);
    const unwatch = settingsItem.watch(take);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return cadences;
}
