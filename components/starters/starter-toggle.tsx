import { useState } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { t } from '@/lib/i18n';
import type { StarterMoment } from '@/lib/starters/templates';
import { Loading } from '@/components/ui/status-message';

const StarterText = lazyPart(() => import('@/components/starters/starter-text').then((module) => module.default), { fallback: <Loading /> });

/** "Words to start with": a button that opens the moment's suggestion (a lazy chunk, loaded on the first click). */
export function StarterToggle({ moment, name }: { moment: StarterMoment; name: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-expanded={open} aria-label={t('starterToggleLabel', name)} onClick={() => setOpen((value) => !value)}>
        {t('starterToggle')}
      </button>
      {open && (
        <div className="starter-panel">
          <StarterText moment={moment} name={name} />
        </div>
      )}
    </>
  );
}
