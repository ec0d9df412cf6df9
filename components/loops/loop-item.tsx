import { useId, useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import type { OpenLoop } from '@/lib/model/open-loop';
import { LOOP_TEXT_MAX } from '@/lib/model/open-loop';
import { daysLate, snoozedDay, today, type LoopSnooze } from '@/lib/loops/loop-days';
import { formatCalendarDay } from '@/lib/loops/format-day';
import { localTimeZone } from '@/lib/time/instant';
import { useAction } from '@/components/hooks/use-action';
import { ErrorMessage } from '@/components/ui/status-message';

/** When it is due, in words: "Today", "2 days late", or its date. */
export function loopDayLabel(loop: Pick<OpenLoop, 'dueDay'>, now: number): string {
  const todayDay = today(now, localTimeZone());
  if (loop.dueDay === todayDay) return t('loopDueToday');
  if (loop.dueDay < todayDay) return t('loopDaysLate', daysLate(loop, todayDay));
  return t('loopDueOn', formatCalendarDay(loop.dueDay));
}

/**
 * One open loop: its text (the user's own, shown as text), its day, and
 * Done, Snooze, Edit, Delete. `onDone` hears of a closed loop, so the list
 * can offer to log the touchpoint after the loop has left it.
 */
export function LoopItem({ loop, name, onDone }: { loop: OpenLoop; name?: string; onDone: (loop: OpenLoop) => void }) {
  const { busy, error, run } = useAction();
  const [mode, setMode] = useState<'view' | 'snooze' | 'edit'>('view');
  const [now] = useState(() => Date.now());

  async function done() {
    const closed = await run(() => sendToBackground({ type: 'closeLoop', id: loop.id }));
    if (closed) onDone(closed);
  }
  async function snooze(period: LoopSnooze) {
    if (await run(() => sendToBackground({ type: 'updateLoop', id: loop.id, patch: { dueDay: snoozedDay(Date.now(), localTimeZone(), period) } }))) setMode('view');
  }
  const remove = () => run(() => sendToBackground({ type: 'deleteLoop', id: loop.id }));

  return (
    <li className="loop-item stack">
      <div className="row contact-row-main">
        <div className="contact-row-text">
          {name && <strong>{name}</strong>}
          {name && t('statusSeparator')}
          <span className="loop-text">{loop.text}</span>
          <span className="muted"> {loopDayLabel(loop, now)}</span>
        </div>
        <div className="row contact-row-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void done()} aria-label={t('loopDoneLabel', loop.text)}>
            {t('loopDone')}
          </button>
          <button type="button" disabled={busy} aria-expanded={mode === 'snooze'} onClick={() => setMode(mode === 'snooze' ? 'view' : 'snooze')}>
            {t('loopSnooze')}
          </button>
          <button type="button" disabled={busy} aria-expanded={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
            {t('loopEdit')}
          </button>
          <button type="button" disabled={busy} onClick={() => void remove()} aria-label={t('loopDeleteLabel', loop.text)}>
            {t('loopDelete')}
          </button>
        </div>
      </div>
      {mode === 'snooze' && (
        <div className="row" role="group" aria-label={t('loopSnooze')}>
          <button type="button" disabled={busy} onClick={() => void snooze('day')}>
            {t('loopSnoozeDay')}
          </button>
          <button type="button" disabled={busy} onClick={() => void snooze('week')}>
            {t('loopSnoozeWeek')}
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <LoopForm
          initial={{ text: loop.text, dueDay: loop.dueDay }}
          submitLabel={t('save')}
          onCancel={() => setMode('view')}
          onSubmit={async (fields) => {
            if (await run(() => sendToBackground({ type: 'updateLoop', id: loop.id, patch: fields }))) setMode('view');
          }}
          busy={busy}
        />
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </li>
  );
}

/** The text and the day of a loop: for a new one ("Follow up") and for editing. */
export function LoopForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  busy,
}: {
  initial: { text: string; dueDay: string };
  submitLabel: string;
  onSubmit: (fields: { text: string; dueDay: string }) => Promise<void>;
  onCancel?: () => void;
  busy: boolean;
}) {
  const [text, setText] = useState(initial.text);
  const [dueDay, setDueDay] = useState(initial.dueDay);
  const ids = { text: useId(), day: useId() };
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || !dueDay) return;
    void onSubmit({ text: text.trim(), dueDay });
  }
  return (
    <form className="stack loop-form" onSubmit={submit}>
      <label htmlFor={ids.text}>{t('loopTextLabel')}</label>
      <input id={ids.text} type="text" required maxLength={LOOP_TEXT_MAX} value={text} placeholder={t('loopTextPlaceholder')} onChange={(e) => setText(e.target.value)} />
      <label htmlFor={ids.day}>{t('loopDayLabel')}</label>
      <input id={ids.day} type="date" required value={dueDay} onChange={(e) => setDueDay(e.target.value)} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy || !text.trim() || !dueDay}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
