import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { snoozeEnd, snoozeUntilDate, type SnoozePeriod } from '@/lib/nudges/snooze';
import { localDay } from '@/lib/time/local-day';
import { addLocalDays } from '@/lib/time/zoned';
import { localTimeZone, type Timestamp } from '@/lib/time/instant';
import { ErrorMessage, SuccessMessage } from '@/components/ui/status-message';
import { t, type MessageKey } from '@/lib/i18n';

const PERIODS = [
  ['day', 'snoozeDay'],
  ['week', 'snoozeWeek'],
  ['month', 'snoozeMonth'],
] as const satisfies readonly (readonly [SnoozePeriod, MessageKey])[];

// The clock is read when the user acts, never while rendering.
const endOf = (period: SnoozePeriod, timeZone: string) => snoozeEnd(period, Date.now(), timeZone);
const endOnDate = (date: string, timeZone: string) => snoozeUntilDate(date, Date.now(), timeZone);
const tomorrow = (timeZone: string) => localDay(addLocalDays(Date.now(), 1, timeZone), timeZone);

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; until: Timestamp } | { kind: 'error'; message: string };

/**
 * Snooze one person for a day, a week, a month, or until a chosen date. They
 * are neither due nor overdue (nor named in nudges) until the snooze ends.
 * For the due list and the side panel.
 */
export function SnoozeMenu({ contactId, name }: { contactId: string; name: string }) {
  /** Open: the earliest date the custom snooze accepts (tomorrow, when it was opened). */
  const [open, setOpen] = useState<{ minDate: string } | null>(null);
  const [date, setDate] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const dateId = useId();

  const close = () => {
    setOpen(null);
    toggle.current?.focus();
  };

  async function snooze(until: Timestamp) {
    setStatus({ kind: 'busy' });
    try {
      await sendToBackground({ type: 'snoozeContact', id: contactId, until });
      setStatus({ kind: 'done', until });
      close();
    } catch (error) {
      setStatus({ kind: 'error', message: toRapportError(error).message });
    }
  }

  function snoozeToDate(event: FormEvent) {
    event.preventDefault();
    const until = endOnDate(date, localTimeZone());
    if (!until) {
      setDateError(t('snoozeDateInvalid'));
      return;
    }
    setDateError(null);
    void snooze(until);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };

  const busy = status.kind === 'busy';
  return (
    <div className="snooze-menu" onKeyDown={onKeyDown}>
      <button ref={toggle} type="button" aria-expanded={open !== null} aria-controls={open ? panelId : undefined} aria-label={t('snoozeForLabel', name)} onClick={() => setOpen(open ? null : { minDate: tomorrow(localTimeZone()) })}>
        {t('snooze')}
      </button>
      {open && (
        <div id={panelId} role="group" aria-label={t('snoozeForLabel', name)} className="snooze-choices stack">
          <div className="row">
            {PERIODS.map(([period, label]) => (
              <button key={period} type="button" disabled={busy} onClick={() => void snooze(endOf(period, localTimeZone()))}>
                {t(label)}
              </button>
            ))}
          </div>
          <form className="row" onSubmit={snoozeToDate} noValidate>
            <label htmlFor={dateId}>{t('snoozeUntilLabel')}</label>
            <input
              id={dateId}
              type="date"
              value={date}
              min={open.minDate}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? `${dateId}-error` : undefined}
              onChange={(event) => setDate(event.target.value)}
            />
            <button type="submit" disabled={busy}>
              {t('snoozeUntilButton')}
            </button>
            {dateError && (
              <p id={`${dateId}-error`} className="field-error">
                {dateError}
              </p>
            )}
          </form>
        </div>
      )}
      <div aria-live="polite">
        {status.kind === 'done' && <SuccessMessage>{t('snoozedUntil', formatDate(status.until))}</SuccessMessage>}
        {status.kind === 'error' && <ErrorMessage>{status.message}</ErrorMessage>}
      </div>
    </div>
  );
}
