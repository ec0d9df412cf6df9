import { useId, useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { touchpointTypeLabel } from '@/lib/contacts/labels';
import { defaultFocus, type Focus, type TouchpointType } from '@/lib/model/schema';
import type { TouchpointTarget } from '@/lib/model/commands';
import type { ToBackgroundResult } from '@/lib/messaging/to-background';
import { CirclePicker } from '@/components/circle-picker';
import { ErrorMessage } from '@/components/ui/status-message';

/** The five one-click types shown first; the rest sit behind "More". */
export const QUICK_TYPES = ['like', 'comment', 'share', 'message', 'meeting'] as const satisfies readonly TouchpointType[];
export const MORE_TYPES = ['call', 'email', 'intro', 'congrats', 'ask', 'other'] as const satisfies readonly TouchpointType[];

export interface QuickLogSubject {
  target: TouchpointTarget;
  /** The person's name, shown in confirmations (text only). */
  name: string;
  post?: { urn: string | null; url: string | null };
}

type LogResult = ToBackgroundResult<'logTouchpoint'>;

type Outcome = { kind: 'logged'; result: LogResult } | { kind: 'undone' } | { kind: 'error'; message: string } | null;

/**
 * One-click logging: a give/ask switch first (give by default; asks default
 * to ask), a button per common type, "More" for the rest, and an optional
 * note. The confirmation says which it was.
 * After a log it confirms with Undo, and offers a circle for a new contact.
 */
export function QuickLog({
  subject,
  mainType = 'message',
  offerCircle = true,
}: {
  subject: QuickLogSubject;
  mainType?: TouchpointType;
  /** Offer a circle picker after a log adds the person (off where the page shows one anyway: the side panel). */
  offerCircle?: boolean;
}) {
  const [focus, setFocus] = useState<Focus | null>(null);
  const [note, setNote] = useState('');
  const [moreOpen, setMoreOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const ids = { note: useId(), more: useId(), focus: useId() };

  async function log(type: TouchpointType) {
    setBusy(true);
    try {
      performance.mark('rapport:log-click');
      const result = await sendToBackground({
        type: 'logTouchpoint',
        target: subject.target,
        touchpoint: {
          type,
          focus: focus ?? defaultFocus(type),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(subject.post?.urn ? { postUrn: subject.post.urn } : {}),
          ...(subject.post?.url ? { postUrl: subject.post.url } : {}),
        },
      });
      performance.mark('rapport:log-committed');
      setOutcome({ kind: 'logged', result });
      setNote('');
      setMoreOpen(false);
    } catch (error) {
      setOutcome({ kind: 'error', message: toRapportError(error).message });
    } finally {
      setBusy(false);
    }
  }

  async function undo(result: LogResult) {
    setBusy(true);
    try {
      // Takes back this log only: the person the log added goes too only if nothing else was recorded for them since.
      await sendToBackground({ type: 'undoTouchpoint', id: result.touchpoint.id });
      setOutcome({ kind: 'undone' });
    } catch (error) {
      setOutcome({ kind: 'error', message: toRapportError(error).message });
    } finally {
      setBusy(false);
    }
  }

  const typeButton = (type: TouchpointType) => (
    <button key={type} type="button" onClick={() => void log(type)} disabled={busy}>
      {touchpointTypeLabel(type)}
    </button>
  );

  return (
    <div className="quick-log stack" role="group" aria-label={t('quickLogGroup', subject.name)}>
      {/* First, not hidden under the buttons: whether this touch is about them or about you is part of every log (the 90% rule). */}
      <fieldset className="row focus-switch">
        <legend>{t('focusLegend')}</legend>
        {(['give', 'ask'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={ids.focus}
              value={value}
              checked={(focus ?? 'give') === value}
              onChange={() => setFocus(value)}
            />{' '}
            {value === 'give' ? t('focusGive') : t('focusAsk')}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="button" className="primary" onClick={() => void log(mainType)} disabled={busy} aria-label={t('logTouchpointWithType', touchpointTypeLabel(mainType))}>
          {t('logTouchpoint')}
        </button>
        {QUICK_TYPES.map(typeButton)}
        <button type="button" aria-expanded={moreOpen} aria-controls={ids.more} onClick={() => setMoreOpen((open) => !open)} disabled={busy}>
          {t('moreTypes')}
        </button>
      </div>
      {moreOpen && (
        <div id={ids.more} className="row">
          {MORE_TYPES.map(typeButton)}
        </div>
      )}
      <label htmlFor={ids.note} className="stack note-field">
        {t('noteLabel')}
        <textarea id={ids.note} rows={2} value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      </label>
      <div aria-live="polite">
        {outcome?.kind === 'logged' && (
          <div className="stack">
            <p className="row">
              <span role="status">
                {t('logged', touchpointTypeLabel(outcome.result.touchpoint.type), outcome.result.contact.name)}{' '}
                {outcome.result.touchpoint.focus && (
                  <span className={`focus-badge focus-${outcome.result.touchpoint.focus}`}>
                    {outcome.result.touchpoint.focus === 'give' ? t('focusGive') : t('focusAsk')}
                  </span>
                )}
              </span>
              <button type="button" onClick={() => void undo(outcome.result)} disabled={busy}>
                {t('undo')}
              </button>
            </p>
            {outcome.result.contactCreated && offerCircle && (
              <>
                <p>{t('addedToCircle', outcome.result.contact.name)}</p>
                <CirclePicker contactId={outcome.result.contact.id} circle={outcome.result.contact.circle} />
              </>
            )}
          </div>
        )}
        {outcome?.kind === 'undone' && <p role="status">{t('undone')}</p>}
        {outcome?.kind === 'error' && <ErrorMessage>{outcome.message}</ErrorMessage>}
      </div>
    </div>
  );
}
