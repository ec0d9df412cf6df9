import { useId, useMemo, useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { KEY_DATE_KINDS, KEY_DATE_LABEL_MAX, type KeyDateKind } from '@/lib/model/key-date';
import { daysInMonth } from '@/lib/time/calendar-day';
import { formatKeyDate, keyDateKindLabel, keyDateTitle, monthName } from '@/lib/key-dates/labels';
import { createPersonKeyDatesStore } from '@/lib/stores/loop-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { LiveView } from '@/components/ui/live-view';
import { EmptyState, ErrorMessage } from '@/components/ui/status-message';

/**
 * "Dates to remember": birthdays, work anniversaries and the user's own
 * labelled dates, with or without the year. A 29 February date is shown on
 * 28 February in other years (the dashboard and digest say so).
 */
export function PersonKeyDates({ contactId, name }: { contactId: string; name: string }) {
  const headingId = useId();
  const store = useMemo(() => createPersonKeyDatesStore(contactId), [contactId]);
  const state = useLiveQueryStore(store);
  const { busy, error, run } = useAction();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <section className="stack" aria-labelledby={headingId}>
      <div className="row contact-row-main">
        <h3 id={headingId}>{t('keyDatesHeading')}</h3>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            {t('keyDateAdd')}
          </button>
        )}
      </div>
      {adding && (
        <KeyDateForm
          busy={busy}
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            if (await run(() => sendToBackground({ type: 'saveKeyDate', keyDate: { contactId, ...fields } }))) setAdding(false);
          }}
        />
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <LiveView state={state} failed={(message) => t('readKeyDatesFailed', message)}>
        {(dates) =>
          dates.length === 0 ? (
            !adding && <EmptyState>{t('keyDatesEmpty', name)}</EmptyState>
          ) : (
            <ul className="contact-list">
              {dates.map((date) =>
                editing === date.id ? (
                  <li key={date.id} className="loop-item">
                    <KeyDateForm
                      initial={date}
                      busy={busy}
                      onCancel={() => setEditing(null)}
                      onSubmit={async (fields) => {
                        if (await run(() => sendToBackground({ type: 'saveKeyDate', keyDate: { id: date.id, contactId, ...fields } }))) setEditing(null);
                      }}
                    />
                  </li>
                ) : (
                  <li key={date.id} className="row contact-row-main loop-item">
                    <span>
                      <strong>{keyDateTitle(date)}</strong>
                      {t('statusSeparator')}
                      {formatKeyDate(date)}
                      {date.month === 2 && date.day === 29 && <span className="muted"> {t('leapDayNote')}</span>}
                    </span>
                    <span className="row">
                      <button type="button" disabled={busy} aria-label={t('keyDateEditLabel', keyDateTitle(date))} onClick={() => setEditing(date.id)}>
                        {t('loopEdit')}
                      </button>
                      <button type="button" disabled={busy} aria-label={t('keyDateDeleteLabel', keyDateTitle(date))} onClick={() => void run(() => sendToBackground({ type: 'deleteKeyDate', id: date.id }))}>
                        {t('loopDelete')}
                      </button>
                    </span>
                  </li>
                ),
              )}
            </ul>
          )
        }
      </LiveView>
    </section>
  );
}

type KeyDateFields = { kind: KeyDateKind; label?: string; month: number; day: number; year?: number };

/** Adds a date, or edits `initial` (its fields filled in). */
function KeyDateForm({ initial, busy, onSubmit, onCancel }: { initial?: KeyDateFields; busy: boolean; onSubmit: (fields: KeyDateFields) => Promise<void>; onCancel: () => void }) {
  const [kind, setKind] = useState<KeyDateKind>(initial?.kind ?? 'birthday');
  const [label, setLabel] = useState(initial?.label ?? '');
  const [month, setMonth] = useState(initial?.month ?? 1);
  const [day, setDay] = useState(initial ? String(initial.day) : '');
  const [year, setYear] = useState(initial?.year !== undefined ? String(initial.year) : '');
  const ids = { kind: useId(), label: useId(), month: useId(), day: useId(), year: useId() };
  const dayNumber = Number(day);
  const yearNumber = year === '' ? undefined : Number(year);
  const maxDay = daysInMonth(yearNumber ?? 2024, month);
  const valid =
    Number.isInteger(dayNumber) && dayNumber >= 1 && dayNumber <= maxDay && (yearNumber === undefined || (Number.isInteger(yearNumber) && yearNumber >= 1900 && yearNumber <= 2200)) && (kind !== 'other' || label.trim() !== '');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid) return;
    void onSubmit({ kind, month, day: dayNumber, ...(kind === 'other' ? { label: label.trim() } : {}), ...(yearNumber !== undefined ? { year: yearNumber } : {}) });
  }
  return (
    <form className="stack loop-form" onSubmit={submit}>
      <label htmlFor={ids.kind}>{t('keyDateKindLabel')}</label>
      <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as KeyDateKind)}>
        {KEY_DATE_KINDS.map((option) => (
          <option key={option} value={option}>
            {keyDateKindLabel(option)}
          </option>
        ))}
      </select>
      {kind === 'other' && (
        <>
          <label htmlFor={ids.label}>{t('keyDateLabelLabel')}</label>
          <input id={ids.label} type="text" required maxLength={KEY_DATE_LABEL_MAX} value={label} onChange={(e) => setLabel(e.target.value)} />
        </>
      )}
      <div className="row">
        <label htmlFor={ids.day}>{t('keyDateDayLabel')}</label>
        <input id={ids.day} type="number" min={1} max={maxDay} required value={day} onChange={(e) => setDay(e.target.value)} style={{ width: '4em' }} />
        <label htmlFor={ids.month}>{t('keyDateMonthLabel')}</label>
        <select id={ids.month} value={month} onChange={(e) => setMonth(Number(e.target.value))}>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {monthName(i + 1)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.year}>{t('keyDateYearLabel')}</label>
        <input id={ids.year} type="number" min={1900} max={2200} value={year} placeholder={t('keyDateYearOptional')} onChange={(e) => setYear(e.target.value)} style={{ width: '6em' }} />
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy || !valid}>
          {t('keyDateSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
