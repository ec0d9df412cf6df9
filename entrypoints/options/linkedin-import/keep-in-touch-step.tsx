import { useMemo, useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { createKnownContactsStore } from '@/lib/stores/person-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { ErrorMessage } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { formatDate } from '@/lib/format';
import { t, tCount } from '@/lib/i18n';
import type { Circle } from '@/lib/model/schema';
import { TRACKED_CIRCLES, type TrackedCircle } from '@/lib/model/enums';
import type { Suggestion } from '@/lib/linkedin/export/plan';
import { circleLabel, circleMeaning } from '@/lib/contacts/labels';
import { useCadences } from '@/components/hooks/use-cadences';


/** One spelling of every circle everywhere: the same names as the pickers (lib/contacts/labels.ts). */
const circleName = (circle: Circle): string => circleLabel(circle);

/**
 * After an import everyone is untracked, because nobody wants 3,000 nudges.
 * This step suggests the people the user actually talks to (messages both
 * ways in the 180 days before the export's latest message) and puts each in
 * a circle with one click.
 */
export function KeepInTouchStep({ suggestions }: { suggestions: readonly Suggestion[] }) {
  const ids = useMemo(() => suggestions.map((s) => s.contactId), [suggestions]);
  const store = useMemo(() => createKnownContactsStore(ids), [ids]);
  const state = useLiveQueryStore(store);
  const [circle, setCircle] = useState<TrackedCircle>('wider');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cadences = useCadences();

  async function track(contactIds: string[]) {
    setBusy(true);
    setError(null);
    try {
      for (const id of contactIds) await sendToBackground({ type: 'updateContact', id, patch: { circle } });
    } catch (caught) {
      setError(toRapportError(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="keep-in-touch-heading" className="stack">
      <h3 id="keep-in-touch-heading">{t('keepInTouchHeading')}</h3>
      <p className="muted">{t('keepInTouchIntro')}</p>
      {suggestions.length === 0 ? (
        <p className="muted">{t('keepInTouchNone')}</p>
      ) : (
        <LiveView state={state} failed={(message) => message}>
          {(contacts) => {
            // A suggested person deleted since the import is absent here, and shows as gone.
            const circles = new Map<string, Circle>(contacts.map((contact) => [contact.id, contact.circle]));
            const untracked = suggestions.filter((s) => circles.get(s.contactId) === 'untracked').map((s) => s.contactId);
            return (
              <>
                <div className="row">
                  <label htmlFor="keep-in-touch-circle">{t('keepInTouchCircleLabel')}</label>
                  <select id="keep-in-touch-circle" value={circle} onChange={(event) => setCircle(event.target.value as TrackedCircle)}>
                    {TRACKED_CIRCLES.map((value) => (
                      <option key={value} value={value}>
                        {circleMeaning(value, cadences)}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="primary" disabled={busy || untracked.length === 0} onClick={() => void track(untracked)}>
                    {tCount('keepInTouchAddAll', untracked.length)}
                  </button>
                </div>
                <ul className="suggestions">
                  {suggestions.map((suggestion) => {
                    const current = circles.get(suggestion.contactId);
                    return (
                      <li key={suggestion.contactId} className="row">
                        <span className="suggestion-name">{suggestion.name}</span>
                        <span className="muted">{tCount('keepInTouchMessages', suggestion.messages, formatDate(suggestion.lastMessageAt))}</span>
                        {current === 'untracked' ? (
                          <button
                            type="button"
                            disabled={busy}
                            onClick={() => void track([suggestion.contactId])}
                            aria-label={t('keepInTouchAddOneLabel', suggestion.name, circleName(circle))}
                          >
                            {t('keepInTouchAddOne', circleName(circle))}
                          </button>
                        ) : (
                          <span>{current ? t('keepInTouchInCircle', circleName(current)) : t('keepInTouchGone')}</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            );
          }}
        </LiveView>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </section>
  );
}
