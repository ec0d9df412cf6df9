import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { settingsItem } from '@/lib/storage/items';
import { DEFAULT_SETTINGS, SettingsSchema, ToolbarOpens, type Settings } from '@/lib/storage/settings';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/ui/status-message';
import { t, tCount, uiLocale, type MessageKey } from '@/lib/i18n';
import { parseForm, sameForm, toForm, type CadenceFields, type FieldErrors, type SettingsForm } from './settings-form';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid'; count: number } | { kind: 'error'; message: string };

const CIRCLES = [
  ['inner', 'circle_inner'],
  ['key', 'circle_key'],
  ['wider', 'circle_wider'],
] as const satisfies readonly (readonly [string, MessageKey])[];
const STEPS = ['followUpStep1', 'followUpStep2', 'followUpStep3'] as const satisfies readonly MessageKey[];
const GRADUATE_TO = [
  ['inner', 'circle_inner'],
  ['key', 'circle_key'],
  ['wider', 'circle_wider'],
  ['untracked', 'circle_untracked'],
] as const satisfies readonly (readonly [string, MessageKey])[];
/** Monday first; values are `Date.getDay()` numbers. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function weekdayName(day: number): string {
  // 23 November 2026 was a Monday.
  return new Intl.DateTimeFormat(uiLocale(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + (day === 0 ? 7 : day)));
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

interface DaysInputProps {
  label: string;
  value: string;
  error: string | undefined;
  /** An error shown elsewhere that concerns this field too (the steps' order). */
  sharedErrorId?: string | undefined;
  onChange: (value: string) => void;
}

function DaysInput({ label, value, error, sharedErrorId, onChange }: DaysInputProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : sharedErrorId;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={3650}
        step={1}
        value={value}
        aria-invalid={describedBy ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

interface CadenceRowProps {
  legend: string;
  value: CadenceFields;
  path: string;
  errors: FieldErrors;
  sharedErrorId?: string | undefined;
  onChange: (value: CadenceFields) => void;
}

function CadenceRow({ legend, value, path, errors, sharedErrorId, onChange }: CadenceRowProps) {
  return (
    <fieldset className="cadence-row">
      <legend>{legend}</legend>
      <DaysInput
        label={t('dueAfterDays')}
        value={value.idealDays}
        error={errors[`${path}.idealDays`]}
        sharedErrorId={sharedErrorId}
        onChange={(idealDays) => onChange({ ...value, idealDays })}
      />
      <DaysInput label={t('overdueAfterDays')} value={value.maxDays} error={errors[`${path}.maxDays`]} onChange={(maxDays) => onChange({ ...value, maxDays })} />
    </fieldset>
  );
}

function Checkbox({ label, checked, onChange, children }: { label: string; checked: boolean; onChange: (checked: boolean) => void; children?: ReactNode }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/**
 * Cadences, the 24-7-30 follow-up, notifications, auto-capture and what the
 * toolbar button opens. Edits stay
 * in the form until saved; the background stores them (versioned) and
 * recomputes every due date when a cadence changed.
 */
export function SettingsSection() {
  /** What is stored and what the form shows; kept together so a change from elsewhere can tell whether the form has edits. */
  const [state, setState] = useState<{ stored: Settings; form: SettingsForm } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const digestTimeId = useId();
  const stepsErrorId = useId();
  const graduateId = useId();

  useEffect(() => {
    let active = true;
    // Read through the background, which validates what is stored.
    sendToBackground({ type: 'getSettings' }).then(
      (settings) => active && setState({ stored: settings, form: toForm(settings) }),
      (error: unknown) => active && setLoadError(toRapportError(error).message),
    );
    // Saved from another window: follow it, unless this form has edits of its own.
    const unwatch = settingsItem.watch((value) => {
      const parsed = SettingsSchema.safeParse(value);
      if (!active || !parsed.success) return;
      const settings = parsed.data;
      setState((previous) =>
        previous && !sameForm(previous.form, toForm(previous.stored)) ? { ...previous, stored: settings } : { stored: settings, form: toForm(settings) },
      );
    });
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  if (loadError) return <ErrorMessage>{t('readSettingsFailed', loadError)}</ErrorMessage>;
  if (!state) return <Loading />;
  const { stored, form } = state;
  const dirty = !sameForm(form, toForm(stored));
  const setForm = (next: SettingsForm) => setState({ stored, form: next });

  const edit = (change: (form: SettingsForm) => SettingsForm) => {
    setForm(change(form));
    if (status.kind === 'saved' || status.kind === 'error') setStatus({ kind: 'idle' });
  };
  const editCadence = (circle: 'inner' | 'key' | 'wider') => (value: CadenceFields) => edit((f) => ({ ...f, cadences: { ...f.cadences, [circle]: value } }));
  const editStep = (index: number) => (value: CadenceFields) =>
    edit((f) => {
      const steps = [...f.cadences.new.steps] as SettingsForm['cadences']['new']['steps'];
      steps[index] = value;
      return { ...f, cadences: { ...f.cadences, new: { ...f.cadences.new, steps } } };
    });
  const editNotifications = (change: Partial<Settings['notifications']>) => edit((f) => ({ ...f, notifications: { ...f.notifications, ...change } }));
  const toggleQuietDay = (day: number, quiet: boolean) =>
    editNotifications({ quietDays: WEEK.filter((d) => (d === day ? quiet : form.notifications.quietDays.includes(d))).sort((a, b) => a - b) });

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = parseForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setStatus({ kind: 'invalid', count: Object.keys(parsed.errors).length });
      // Take keyboard users to the first problem.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setStatus({ kind: 'saving' });
    try {
      const saved = await sendToBackground({ type: 'updateSettings', settings: parsed.settings });
      setState({ stored: saved, form: toForm(saved) });
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: toRapportError(error).message });
    }
  }

  const { cadences, notifications } = form;
  return (
    <section aria-labelledby="settings-heading" className="card">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <form ref={formRef} className="settings stack" onSubmit={(event) => void save(event)} noValidate>
        <h3>{t('cadencesHeading')}</h3>
        <p className="muted">{t('cadencesIntro')}</p>
        {CIRCLES.map(([circle, label]) => (
          <CadenceRow key={circle} legend={t(label)} value={cadences[circle]} path={`cadences.${circle}`} errors={errors} onChange={editCadence(circle)} />
        ))}

        <h3>{t('newConnectionsHeading')}</h3>
        <p className="muted">{t('newConnectionsIntro')}</p>
        {STEPS.map((label, index) => (
          <CadenceRow
            key={label}
            legend={t(label)}
            value={cadences.new.steps[index]!}
            path={`cadences.new.steps.${index}`}
            errors={errors}
            sharedErrorId={errors['cadences.new.steps'] ? stepsErrorId : undefined}
            onChange={editStep(index)}
          />
        ))}
        <FieldError id={stepsErrorId} error={errors['cadences.new.steps']} />
        <div className="field">
          <label htmlFor={graduateId}>{t('graduateToLabel')}</label>
          <select
            id={graduateId}
            value={cadences.new.graduateTo}
            onChange={(event) => edit((f) => ({ ...f, cadences: { ...f.cadences, new: { ...f.cadences.new, graduateTo: event.target.value as SettingsForm['cadences']['new']['graduateTo'] } } }))}
          >
            {GRADUATE_TO.map(([circle, label]) => (
              <option key={circle} value={circle}>
                {t(label)}
              </option>
            ))}
          </select>
        </div>

        <h3>{t('notificationsHeading')}</h3>
        <Checkbox label={t('digestLabel')} checked={notifications.digest} onChange={(digest) => editNotifications({ digest })} />
        <div className="field">
          <label htmlFor={digestTimeId}>{t('digestTimeLabel')}</label>
          <input
            id={digestTimeId}
            type="time"
            value={notifications.digestTime}
            disabled={!notifications.digest}
            aria-invalid={errors['notifications.digestTime'] ? true : undefined}
            aria-describedby={errors['notifications.digestTime'] ? `${digestTimeId}-error` : undefined}
            onChange={(event) => editNotifications({ digestTime: event.target.value })}
          />
          <FieldError id={`${digestTimeId}-error`} error={errors['notifications.digestTime']} />
        </div>
        <fieldset className="quiet-days">
          <legend>{t('quietDaysLegend')}</legend>
          <div className="row">
            {WEEK.map((day) => (
              <Checkbox key={day} label={weekdayName(day)} checked={notifications.quietDays.includes(day)} onChange={(quiet) => toggleQuietDay(day, quiet)} />
            ))}
          </div>
        </fieldset>
        <Checkbox label={t('individualNudgesLabel')} checked={notifications.individualNudges} onChange={(individualNudges) => editNotifications({ individualNudges })} />

        <h3>{t('captureHeading')}</h3>
        <Checkbox label={t('autoCaptureLabel')} checked={form.autoCapture} onChange={(autoCapture) => edit((f) => ({ ...f, autoCapture }))} />

        <h3>{t('toolbarHeading')}</h3>
        <fieldset className="stack">
          <legend>{t('toolbarOpensLegend')}</legend>
          {ToolbarOpens.options.map((value) => (
            <label key={value}>
              <input type="radio" name="toolbar-opens" value={value} checked={form.toolbarOpens === value} onChange={() => edit((f) => ({ ...f, toolbarOpens: value }))} />{' '}
              {t(`toolbarOpens_${value}`)}
            </label>
          ))}
        </fieldset>

        <div className="row">
          <button type="submit" className="primary" disabled={!dirty || status.kind === 'saving'}>
            {t('saveSettings')}
          </button>
          <button type="button" disabled={!dirty || status.kind === 'saving'} onClick={() => (setForm(toForm(stored)), setErrors({}), setStatus({ kind: 'idle' }))}>
            {t('discardChanges')}
          </button>
          <button type="button" disabled={status.kind === 'saving' || sameForm(form, toForm(DEFAULT_SETTINGS))} onClick={() => (edit(() => toForm(DEFAULT_SETTINGS)), setErrors({}))}>
            {t('restoreDefaults')}
          </button>
        </div>
        <div aria-live="polite">
          {status.kind === 'saving' && <Loading label={t('settingsSaving')} />}
          {status.kind === 'saved' && <SuccessMessage>{t('settingsSaved')}</SuccessMessage>}
          {status.kind === 'invalid' && <ErrorMessage>{tCount('settingsInvalid', status.count)}</ErrorMessage>}
          {status.kind === 'error' && <ErrorMessage>{status.message}</ErrorMessage>}
          {status.kind === 'idle' && dirty && <p className="muted">{t('settingsUnsaved')}</p>}
        </div>
      </form>
    </section>
  );
}
