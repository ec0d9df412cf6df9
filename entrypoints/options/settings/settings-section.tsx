import { useEffect, useRef, useState, type FormEvent } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { settingsItem } from '@/lib/storage/items';
import { DEFAULT_SETTINGS, MessageCapture, SettingsSchema, ToolbarOpens, type Settings } from '@/lib/storage/settings';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/ui/status-message';
import { t, tCount } from '@/lib/i18n';
import { parseForm, sameForm, toForm, type FieldErrors, type SettingsForm } from './settings-form';
import { CadenceFields } from './cadence-fields';
import { NotificationFields } from './notification-fields';
import { Checkbox } from './controls';

const MESSAGE_CAPTURE_LABELS = { 'one-to-one': 'messageCaptureOneToOne', 'also-groups': 'messageCaptureAlsoGroups', off: 'messageCaptureOff' } as const;

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid'; count: number } | { kind: 'error'; message: string };

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
  const editNotifications = (change: Partial<Settings['notifications']>) => edit((f) => ({ ...f, notifications: { ...f.notifications, ...change } }));

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

  return (
    <section aria-labelledby="settings-heading" className="card">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <form ref={formRef} className="settings stack" onSubmit={(event) => void save(event)} noValidate>
        <CadenceFields cadences={form.cadences} errors={errors} onChange={(cadences) => edit((f) => ({ ...f, cadences }))} />
        <NotificationFields notifications={form.notifications} errors={errors} onChange={editNotifications} />

        <h3>{t('captureHeading')}</h3>
        <Checkbox label={t('autoCaptureLabel')} checked={form.autoCapture} onChange={(autoCapture) => edit((f) => ({ ...f, autoCapture }))} />
        <fieldset className="stack">
          <legend>{t('messageCaptureLegend')}</legend>
          {MessageCapture.options.map((value) => (
            <label key={value}>
              <input type="radio" name="message-capture" value={value} checked={form.messageCapture === value} onChange={() => edit((f) => ({ ...f, messageCapture: value }))} />{' '}
              {t(MESSAGE_CAPTURE_LABELS[value])}
            </label>
          ))}
        </fieldset>

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
