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
import { createSettingsAutosave, type SettingsSaveState } from './settings-autosave';

const MESSAGE_CAPTURE_LABELS = { 'one-to-one': 'messageCaptureOneToOne', 'also-groups': 'messageCaptureAlsoGroups', off: 'messageCaptureOff' } as const;

/**
 * Circles and cadences (with the 24-7-30 follow-up), notifications, then
 * capture and the toolbar button: three cards of one form that saves itself,
 * as notes do. Every valid edit is stored after a short pause (at once for a
 * checkbox, a choice, or a field left), and at once when the page is hidden
 * or closed; "Saved." says it is. An invalid value is marked at its field and
 * nothing is stored until it is fixed. The background stores the settings
 * (versioned) and recomputes every due date when a cadence changed.
 */
export function SettingsSection() {
  /** What is stored and what the form shows. */
  const [state, setState] = useState<{ stored: Settings; form: SettingsForm } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<SettingsSaveState>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const [saver] = useState(() =>
    createSettingsAutosave({
      save: (settings) => sendToBackground({ type: 'updateSettings', settings }),
      onSaved: (stored) => setState((previous) => previous && { ...previous, stored }),
      onState: setStatus,
    }),
  );

  useEffect(() => {
    let active = true;
    // Read through the background, which validates what is stored.
    sendToBackground({ type: 'getSettings' }).then(
      (settings) => active && setState({ stored: settings, form: toForm(settings) }),
      (error: unknown) => active && setLoadError(toRapportError(error).message),
    );
    // Saved from another window: follow it, unless this form has an edit not stored yet (waiting, or invalid).
    const unwatch = settingsItem.watch((value) => {
      const parsed = SettingsSchema.safeParse(value);
      if (!active || !parsed.success) return;
      const settings = parsed.data;
      setState((previous) => {
        if (!previous) return { stored: settings, form: toForm(settings) };
        const ownEdit = !saver.settled || !parseForm(previous.form).ok;
        return ownEdit ? { ...previous, stored: settings } : { stored: settings, form: toForm(settings) };
      });
    });
    // Never lose an edit: save at once when the page is hidden, closed or navigated away, and when this unmounts.
    const onVisibility = () => document.visibilityState === 'hidden' && saver.flush();
    const onPageHide = () => saver.flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      active = false;
      unwatch();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      saver.flush();
      saver.dispose();
    };
  }, [saver]);

  if (loadError) return <ErrorMessage>{t('readSettingsFailed', loadError)}</ErrorMessage>;
  if (!state) return <Loading />;
  const { stored, form } = state;

  /** The form changed: check it, mark what is wrong, and save it if it is valid (now, or after a pause while typing). */
  const edit = (change: (form: SettingsForm) => SettingsForm, { now = true } = {}) => {
    const next = change(form);
    setState({ stored, form: next });
    const parsed = parseForm(next);
    setErrors(parsed.ok ? {} : parsed.errors);
    saver.edit(parsed.ok ? parsed.settings : null);
    if (now) saver.flush();
  };
  const editNotifications = (change: Partial<Settings['notifications']>) =>
    edit((f) => ({ ...f, notifications: { ...f.notifications, ...change } }), { now: change.digestTime === undefined });
  const invalidCount = Object.keys(errors).length;

  // Enter in a field saves at once, as in any form (a field with an error takes the focus).
  function submit(event: FormEvent) {
    event.preventDefault();
    if (invalidCount > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    else saver.flush();
  }

  return (
    <form ref={formRef} className="settings stack" onSubmit={submit} noValidate aria-describedby="settings-save-status">
      <section aria-labelledby="cadences-heading" className="card">
        <h2 id="cadences-heading">{t('cadencesHeading')}</h2>
        <CadenceFields
          cadences={form.cadences}
          stored={stored.cadences}
          errors={errors}
          onChange={(cadences) => edit((f) => ({ ...f, cadences }), { now: false })}
          onCommit={() => saver.flush()}
        />
      </section>

      <section aria-labelledby="notifications-heading" className="card">
        <h2 id="notifications-heading">{t('notificationsHeading')}</h2>
        <NotificationFields notifications={form.notifications} errors={errors} onChange={editNotifications} />
      </section>

      <section aria-labelledby="capture-heading" className="card">
        <h2 id="capture-heading">{t('captureHeading')}</h2>
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
      </section>

      <div className="row save-bar">
        <div id="settings-save-status" aria-live="polite" className="save-status">
          {invalidCount > 0 ? (
            <ErrorMessage>{tCount('settingsInvalid', invalidCount)}</ErrorMessage>
          ) : status.kind === 'saving' ? (
            <Loading label={t('settingsSaving')} />
          ) : status.kind === 'pending' ? (
            <p className="muted">{t('settingsUnsaved')}</p>
          ) : status.kind === 'saved' ? (
            <SuccessMessage>{t('settingsSaved')}</SuccessMessage>
          ) : status.kind === 'error' ? (
            <ErrorMessage>{t('settingsSaveFailed', status.message)}</ErrorMessage>
          ) : (
            <p className="muted">{t('settingsAutosaveHint')}</p>
          )}
        </div>
        {status.kind === 'error' && invalidCount === 0 && (
          <button type="button" onClick={() => saver.flush()}>
            {t('retry')}
          </button>
        )}
        <button type="button" disabled={sameForm(form, toForm(DEFAULT_SETTINGS))} onClick={() => edit(() => toForm(DEFAULT_SETTINGS))}>
          {t('restoreDefaults')}
        </button>
      </div>
    </form>
  );
}
