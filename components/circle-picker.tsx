import { useId, useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';
import { circleLabel, circleMeaning } from '@/lib/contacts/labels';
import { CIRCLES, type Circle } from '@/lib/model/schema';
import { ErrorMessage } from '@/components/ui/status-message';
import { useAction } from '@/components/hooks/use-action';
import { useCadences } from '@/components/hooks/use-cadences';

/**
 * One click puts a contact in a circle. Labelled "Circle", the current circle
 * pressed, and one line saying what it means from the user's own cadences
 * ("Key · every 30 days").
 */
export function CirclePicker({ contactId, circle }: { contactId: string; circle: Circle }) {
  const [current, setCurrent] = useState(circle);
  const [changed, setChanged] = useState(false);
  const { busy, error, run } = useAction();
  const cadences = useCadences();
  const labelId = useId();
  const meaningId = useId();

  async function choose(next: Circle) {
    if (next === current) return;
    const contact = await run(() => sendToBackground({ type: 'updateContact', id: contactId, patch: { circle: next } }));
    if (!contact) return;
    setCurrent(contact.circle);
    setChanged(true);
  }

  return (
    <div className="stack circle-field">
      <span id={labelId} className="field-label">
        {t('circleLegend')}
      </span>
      <div className="row circle-picker" role="group" aria-labelledby={labelId} aria-describedby={meaningId}>
        {CIRCLES.map((option) => (
          <button key={option} type="button" aria-pressed={option === current} disabled={busy} onClick={() => void choose(option)}>
            {circleLabel(option)}
          </button>
        ))}
      </div>
      <p id={meaningId} className="muted circle-meaning">
        {circleMeaning(current, cadences)}
      </p>
      {changed && !error && <p role="status">{t('circleChanged', circleLabel(current))}</p>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
}
