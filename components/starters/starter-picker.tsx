import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { STARTER_MOMENTS, type StarterMoment } from '@/lib/starters/templates';
import { momentLabel } from '@/lib/starters/default-templates';
import StarterText from '@/components/starters/starter-text';

/** In the person view: any moment's suggestion for this person, starting with the one that fits them now. */
export function StarterPicker({ name, initial }: { name: string; initial: StarterMoment }) {
  const [moment, setMoment] = useState<StarterMoment>(initial);
  const headingId = useId();
  const pickerId = useId();
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('startersHeading')}</h3>
      <label htmlFor={pickerId}>{t('starterMomentLabel')}</label>
      <select id={pickerId} value={moment} onChange={(e) => setMoment(e.target.value as StarterMoment)}>
        {STARTER_MOMENTS.map((option) => (
          <option key={option} value={option}>
            {momentLabel(option)}
          </option>
        ))}
      </select>
      <StarterText key={moment} moment={moment} name={name} />
    </section>
  );
}
