import { useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';
import { circleLabel } from '@/lib/contacts/labels';
import { CIRCLES, type Circle } from '@/lib/model/schema';
import { ErrorMessage } from '@/components/ui/status-message';
import { useAction } from '@/components/hooks/use-action';

/** One click puts a contact in a circle. The current circle is pressed. */
export function CirclePicker({ contactId, circle }: { contactId: string; circle: Circle }) {
  const [current, setCurrent] = useState(circle);
  const [changed, setChanged] = useState(false);
  const { busy, error, run } = useAction();

  async function choose(next: Circle) {
    if (next === current) return;
    const contact = await run(() => sendToBackground({ type: 'updateContact', id: contactId, patch: { circle: next } }));
    if (!contact) return;
    setCurrent(contact.circle);
    setChanged(true);
  }

  return (
    <div className="stack">
      <div className="row circle-picker" role="group" aria-label={t('circleLegend')}>
        {CIRCLES.map((option) => (
          <button key={option} type="button" aria-pressed={option === current} disabled={busy} onClick={() => void choose(option)}>
            {circleLabel(option)}
          </button>
        ))}
      </div>
      {changed && !error && <p role="status">{t('circleChanged', circleLabel(current))}</p>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
}
