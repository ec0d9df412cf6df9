import { useId } from 'react';
import { t, uiLocale } from '@/lib/i18n';
import type { Settings } from '@/lib/storage/settings';
import { Checkbox, FieldError } from './controls';
import type { FieldErrors } from './settings-form';

type Notifications = Settings['notifications'];

/** Monday first; values are `Date.getDay()` numbers. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function weekdayName(day: number): string {
  // 23 November 2026 was a Monday.
  return new Intl.DateTimeFormat(uiLocale(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + (day === 0 ? 7 : day)));
}

/** The daily digest and its time, the quiet days, and the one-per-person nudges. */
export function NotificationFields({
  notifications,
  errors,
  onChange,
}: {
  notifications: Notifications;
  errors: FieldErrors;
  onChange: (change: Partial<Notifications>) => void;
}) {
  const digestTimeId = useId();
  const timeError = errors['notifications.digestTime'];
  const toggleQuietDay = (day: number, quiet: boolean) =>
    onChange({ quietDays: WEEK.filter((d) => (d === day ? quiet : notifications.quietDays.includes(d))).sort((a, b) => a - b) });
  return (
    <>
      <Checkbox label={t('digestLabel')} checked={notifications.digest} onChange={(digest) => onChange({ digest })} />
      <div className="field">
        <label htmlFor={digestTimeId}>{t('digestTimeLabel')}</label>
        <input
          id={digestTimeId}
          type="time"
          value={notifications.digestTime}
          disabled={!notifications.digest}
          aria-invalid={timeError ? true : undefined}
          aria-describedby={timeError ? `${digestTimeId}-error` : undefined}
          onChange={(event) => onChange({ digestTime: event.target.value })}
        />
        <FieldError id={`${digestTimeId}-error`} error={timeError} />
      </div>
      <fieldset className="quiet-days">
        <legend>{t('quietDaysLegend')}</legend>
        <div className="row">
          {WEEK.map((day) => (
            <Checkbox key={day} label={weekdayName(day)} checked={notifications.quietDays.includes(day)} onChange={(quiet) => toggleQuietDay(day, quiet)} />
          ))}
        </div>
      </fieldset>
      <Checkbox label={t('individualNudgesLabel')} checked={notifications.individualNudges} onChange={(individualNudges) => onChange({ individualNudges })} />
    </>
  );
}
