import { useId, useState, type FormEvent } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { touchpointTypeLabel } from '@/lib/contacts/labels';
import { isTheirs, LIMITS, TOUCHPOINT_TYPES, type Focus, type Touchpoint, type TouchpointType } from '@/lib/model/schema';
import type { TouchpointPatch } from '@/lib/model/commands';
import { toTimestamp } from '@/lib/time/instant';
import { localDay } from '@/lib/time/local-day';
import { ErrorMessage } from '@/components/ui/status-message';

/** Edits a touchpoint's type, give/ask, day and note. Only what changed is sent. */
export function TouchpointEditor({ touchpoint, onDone }: { touchpoint: Touchpoint; onDone(): void }) {
  const ids = { type: useId(), date: useId(), note: useId(), focus: useId() };
  const [type, setType] = useState<TouchpointType>(touchpoint.type);
  const [focus, setFocus] = useState<Focus | undefined>(touchpoint.focus);
  const [day, setDay] = useState(localDay(touchpoint.at));
  const [note, setNote] = useState(touchpoint.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = localDay(new Date().toISOString());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day > today) return setError(t('touchpointDayInvalid'));
    const patch: TouchpointPatch = {};
    if (type !== touchpoint.type) patch.type = type;
    if (focus !== undefined && focus !== touchpoint.focus) patch.focus = focus;
    if (day !== localDay(touchpoint.at)) patch.at = onDay(touchpoint.at, day);
    if (note.trim() !== (touchpoint.note ?? '')) patch.note = note.trim() || null;
    if (Object.keys(patch).length === 0) return onDone();
    setBusy(true);
    try {
      await sendToBackground({ type: 'updateTouchpoint', id: touchpoint.id, patch });
      onDone();
    } catch (caught) {
      setError(toRapportError(caught).message);
      setBusy(false);
    }
  }

  return (
    <form className="stack touchpoint-editor card" onSubmit={(event) => void submit(event)}>
      <div className="row">
        <label htmlFor={ids.type}>{t('touchpointTypeLabel')}</label>
        <select id={ids.type} value={type} onChange={(event) => setType(event.target.value as TouchpointType)}>
          {TOUCHPOINT_TYPES.map((option) => (
            <option key={option} value={option}>
              {touchpointTypeLabel(option)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.date}>{t('touchpointDayLabel')}</label>
        <input id={ids.date} type="date" value={day} max={today} required onChange={(event) => setDay(event.target.value)} />
      </div>
      {/* The other person's message is never give or ask: no switch to classify it. */}
      {!isTheirs(touchpoint) && (
        <fieldset className="row focus-switch">
          <legend>{t('focusLegend')}</legend>
          {(['give', 'ask'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={ids.focus} value={value} checked={focus === value} onChange={() => setFocus(value)} /> {value === 'give' ? t('focusGive') : t('focusAsk')}
            </label>
          ))}
          {focus === undefined && <span className="muted">{t('focusNoneHint')}</span>}
        </fieldset>
      )}
      <label htmlFor={ids.note} className="stack note-field">
        {t('noteLabel')}
        <textarea id={ids.note} rows={2} value={note} maxLength={LIMITS.touchpointNote} onChange={(event) => setNote(event.target.value)} />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" onClick={onDone} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </form>
  );
}

/** The same local time of day on another day, never later than now. */
function onDay(at: string, day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moved = new Date(at);
  moved.setFullYear(year, month - 1, date);
  return toTimestamp(Math.min(moved.getTime(), Date.now()));
}
