import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { touchpointTypeLabel } from '@/lib/contacts/labels';
import type { OpenLoop } from '@/lib/model/open-loop';
import type { TouchpointType } from '@/lib/model/schema';
import { useAction } from '@/components/hooks/use-action';
import { ErrorMessage } from '@/components/ui/status-message';

const OFFERED_TYPES = ['message', 'email', 'call', 'meeting', 'other'] as const satisfies readonly TouchpointType[];

/**
 * After Done: "Log it as a touchpoint?" with the loop's text as the note, so
 * following up counts as a touch (and moves the person's due date). Optional:
 * "Not now" leaves the loop closed and logs nothing.
 */
export function LogOffer({ loop, name, onClose }: { loop: OpenLoop; name: string; onClose: () => void }) {
  const { busy, error, run } = useAction();
  const [logged, setLogged] = useState<TouchpointType | null>(null);
  async function log(type: TouchpointType) {
    const result = await run(() => sendToBackground({ type: 'logTouchpoint', target: { contactId: loop.contactId }, touchpoint: { type, note: loop.text } }));
    if (result) setLogged(type);
  }
  if (logged) {
    return (
      <div className="alert success row" role="status">
        <span>{t('loopLogged', touchpointTypeLabel(logged), name)}</span>
        <button type="button" onClick={onClose}>
          {t('dismiss')}
        </button>
      </div>
    );
  }
  return (
    <div className="card stack loop-log-offer" role="group" aria-label={t('loopLogOfferLabel', name)}>
      <p role="status">{t('loopClosedOffer', name)}</p>
      <div className="row">
        {OFFERED_TYPES.map((type) => (
          <button key={type} type="button" disabled={busy} onClick={() => void log(type)}>
            {touchpointTypeLabel(type)}
          </button>
        ))}
        <button type="button" disabled={busy} onClick={onClose}>
          {t('loopNotNow')}
        </button>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
}
