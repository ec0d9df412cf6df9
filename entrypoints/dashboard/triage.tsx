import { useRef, useState, type KeyboardEvent } from 'react';
import { t, tCount } from '@/lib/i18n';
import { circleLabel, kindLabel } from '@/lib/contacts/labels';
import type { Contact, ContactKind } from '@/lib/model/schema';
import { sendToBackground } from '@/lib/messaging/client';
import { createTriageStore } from '@/lib/stores/dashboard-store';
import { firstRead } from './first-reads';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { EmptyState, ErrorMessage, Loading } from '@/components/ui/status-message';
import { PersonLink } from '@/components/person-link';

/** One key per choice, shown on the buttons; letters rather than digits so they read as their words. */
export const TRIAGE_KEYS: Record<ContactKind | 'skip', string> = { strategic: 's', relational: 'r', both: 'b', skip: 'n' };
const CHOICES = ['strategic', 'relational', 'both', 'skip'] as const;

/**
 * A fast pass over people you keep in touch with but have not classified:
 * one key each for strategic, relational, both or skip, then the next person.
 * Keys work while the triage has focus, so typing elsewhere is never hijacked.
 * A skip is stored with the person, so they stay out of the triage after a
 * reload too, until you choose to go through the skipped people again.
 */
export function Triage({ remaining, tracked }: { remaining: number; tracked: number }) {
  const [store] = useState(firstRead('triage', createTriageStore));
  const state = useLiveQueryStore(store);
  const { busy, error, run } = useAction();
  const [announcement, setAnnouncement] = useState('');
  const regionRef = useRef<HTMLDivElement>(null);

  const current: Contact | undefined = state.status === 'ready' ? state.data.people[0] : undefined;
  const skipped = state.status === 'ready' ? state.data.skipped : 0;

  const choose = (choice: (typeof CHOICES)[number]) => {
    if (!current || busy) return;
    regionRef.current?.focus();
    const patch = choice === 'skip' ? { triageSkipped: true } : { kind: choice };
    void run(() => sendToBackground({ type: 'updateContact', id: current.id, patch })).then((contact) => {
      if (contact) setAnnouncement(choice === 'skip' ? t('triageSkipped', contact.name) : t('triageClassified', contact.name, kindLabel(choice)));
    });
  };

  const goThroughSkipped = () => {
    regionRef.current?.focus();
    void run(() => sendToBackground({ type: 'resetTriageSkips' }));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target instanceof HTMLInputElement) return;
    const choice = CHOICES.find((candidate) => TRIAGE_KEYS[candidate] === event.key.toLowerCase());
    if (!choice) return;
    event.preventDefault();
    choose(choice);
  };

  return (
    <div ref={regionRef} className="triage stack" tabIndex={-1} onKeyDown={onKeyDown} role="group" aria-label={t('triageHeading')}>
      <p className="muted">{t('triageIntro')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorMessage>{t('dashboardReadFailed', state.error)}</ErrorMessage>}
      {state.status === 'ready' && !current && skipped === 0 && <EmptyState>{tracked === 0 ? t('triageNobodyInCircles') : t('triageDone')}</EmptyState>}
      {state.status === 'ready' && !current && skipped > 0 && (
        <div className="stack">
          <EmptyState>{tCount('triageOnlySkippedLeft', skipped)}</EmptyState>
          <button type="button" disabled={busy} onClick={goThroughSkipped}>
            {t('triageGoThroughSkipped')}
          </button>
        </div>
      )}
      {current && (
        <>
          <p>{tCount('triageRemaining', remaining)}</p>
          <div className="triage-person stack">
            <p>
              <PersonLink contact={current} />
              <span className="muted">
                {t('statusSeparator')}
                {circleLabel(current.circle)}
              </span>
            </p>
            {current.headline && <p className="muted">{current.headline}</p>}
          </div>
          <div className="row triage-actions">
            {CHOICES.map((choice) => (
              <button
                key={choice}
                type="button"
                className={choice === 'skip' ? undefined : 'primary'}
                disabled={busy}
                aria-keyshortcuts={TRIAGE_KEYS[choice]}
                onClick={() => choose(choice)}
              >
                {choice === 'skip' ? t('triageSkip') : kindLabel(choice)}
                <kbd aria-hidden="true">{TRIAGE_KEYS[choice].toUpperCase()}</kbd>
              </button>
            ))}
          </div>
        </>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
