import { useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { ErrorMessage, Loading } from '@/components/ui/status-message';
import { SyncStatusLine, useSyncStatus } from '@/components/sync-status';
import { originPattern, SyncServer, syncPermissionRequest } from '@/lib/sync/sync-settings';
import { t } from '@/lib/i18n';

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; message: string } | { kind: 'recovery'; key: string } | { kind: 'changed' };

/** A recovery key: 52 letters and digits, dashes and spaces aside (lib/sync/crypto.ts). */
const looksLikeRecoveryKey = (text: string) => text.replace(/[\s-]/g, '').length === 52;

/**
 * Settings ▸ Sync: the server, the account and the passphrase. Turning sync on asks the browser
 * for access to that one server (permissions.request, from this click); turning it off stops all
 * network use and can give that access back.
 */
export function SyncSection() {
  const state = useSyncStatus();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [revoke, setRevoke] = useState(true);
  const id = useId();
  if (!state) return null;
  const { config } = state;

  async function turnOn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    const parsed = SyncServer.safeParse({ url: field('url'), database: field('database'), username: field('username'), password: String(form.get('password') ?? '') });
    if (!parsed.success) {
      setPhase({ kind: 'error', message: parsed.error.issues.map((issue) => issue.message).join('; ') });
      return;
    }
    // Requested first, in the click's gesture: the browser's prompt names only this server.
    const granted = await browser.permissions.request(
      syncPermissionRequest(parsed.data.url, import.meta.env.BROWSER === 'firefox') as Parameters<typeof browser.permissions.request>[0],
    );
    if (!granted) {
      setPhase({ kind: 'error', message: t('syncPermissionDenied') });
      return;
    }
    setPhase({ kind: 'busy' });
    try {
      const recoveryKey = field('recoveryKey');
      const { recoveryKey: shown } = await sendToBackground({
        type: 'setUpSync',
        server: parsed.data,
        passphrase: String(form.get('passphrase') ?? ''),
        ...(recoveryKey ? { recoveryKey } : {}),
      });
      setPhase(shown ? { kind: 'recovery', key: shown } : { kind: 'idle' });
    } catch (error) {
      setPhase({ kind: 'error', message: toRapportError(error).message });
    }
  }

  async function changePassphrase(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const current = String(form.get('current') ?? '');
    setPhase({ kind: 'busy' });
    try {
      await sendToBackground({
        type: 'changeSyncPassphrase',
        passphrase: current,
        ...(looksLikeRecoveryKey(current) ? { recoveryKey: current } : {}),
        newPassphrase: String(form.get('newPassphrase') ?? ''),
      });
      formElement.reset();
      setPhase({ kind: 'changed' });
    } catch (error) {
      setPhase({ kind: 'error', message: toRapportError(error).message });
    }
  }

  async function turnOff() {
    setPhase({ kind: 'busy' });
    await sendToBackground({ type: 'turnOffSync', forgetKeys: false });
    if (revoke && config.server) await browser.permissions.remove({ origins: [originPattern(config.server.url)] });
    setPhase({ kind: 'idle' });
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('syncTitle')}</h2>
      <p className="muted">{t('syncIntro')}</p>
      <SyncStatusLine showOff />
      {phase.kind === 'recovery' && (
        <div className="alert warning">
          <p>{t('syncRecoveryKeyShown')}</p>
          <p>
            <code>{phase.key}</code>
          </p>
        </div>
      )}
      {phase.kind === 'changed' && <p className="alert success">{t('syncPassphraseChanged')}</p>}
      {phase.kind === 'busy' && <Loading />}
      {phase.kind === 'error' && <ErrorMessage>{phase.message}</ErrorMessage>}
      {config.enabled ? (
        <div className="stack">
          <label>
            <input type="checkbox" checked={revoke} onChange={(event) => setRevoke(event.target.checked)} /> {t('syncRevoke')}
          </label>
          <p>
            <button type="button" onClick={() => void turnOff()} disabled={phase.kind === 'busy'}>
              {t('syncTurnOff')}
            </button>
          </p>
          <details>
            <summary>{t('syncChangePassphrase')}</summary>
            <form className="stack" onSubmit={(event) => void changePassphrase(event)}>
              <label>
                {t('syncCurrentPassphrase')} <input name="current" type="password" required autoComplete="current-password" />
              </label>
              <label>
                {t('syncNewPassphrase')} <input name="newPassphrase" type="password" required minLength={8} autoComplete="new-password" />
              </label>
              <p>
                <button type="submit" disabled={phase.kind === 'busy'}>
                  {t('syncChangePassphrase')}
                </button>
              </p>
            </form>
          </details>
        </div>
      ) : (
        <form className="stack" onSubmit={(event) => void turnOn(event)}>
          <label>
            {t('syncServerUrl')} <input name="url" type="url" required defaultValue={config.server?.url ?? ''} autoComplete="url" />
          </label>
          <label>
            {t('syncDatabase')} <input name="database" required defaultValue={config.server?.database ?? 'rapport'} autoComplete="off" />
          </label>
          <label>
            {t('syncUsername')} <input name="username" defaultValue={config.server?.username ?? ''} autoComplete="username" />
          </label>
          <label>
            {t('syncPassword')} <input name="password" type="password" autoComplete="current-password" />
          </label>
          <label>
            {t('syncPassphrase')} <input name="passphrase" type="password" autoComplete="new-password" minLength={8} />
          </label>
          <label>
            {t('syncRecoveryKeyInput')} <input name="recoveryKey" autoComplete="off" spellCheck={false} />
          </label>
          <p>
            <button type="submit" disabled={phase.kind === 'busy'}>
              {t('syncTurnOn')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
