import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { LINKEDIN_EXPORT_URL } from '@/lib/linkedin/export/request-url';
import { ErrorMessage, Loading } from '@/components/ui/status-message';

interface Shortcut {
  name: string;
  description: string;
  keys: string;
}

/**
 * Opened once, on install: the few steps to first value. The export comes
 * first because LinkedIn takes up to a day to deliver it; the link opens only
 * on the user's click, and the background reminds them tomorrow if it has not
 * been imported by then (entrypoints/background/onboarding.ts).
 */
export function App() {
  return (
    <main className="welcome stack">
      <h1>{t('welcomeHeading')}</h1>
      <p>{t('welcomeIntro')}</p>
      <ol className="welcome-steps">
        <li className="stack" aria-labelledby="welcome-export">
          <h2 id="welcome-export">{t('welcomeExportHeading')}</h2>
          <p>{t('welcomeExportText')}</p>
          <p>
            <a className="button primary" href={LINKEDIN_EXPORT_URL} target="_blank" rel="noreferrer">
              {t('welcomeExportLink')}
            </a>
          </p>
          <p className="muted">{t('welcomeExportReminder')}</p>
          <p>
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('welcomeExportImport')}
            </button>
          </p>
        </li>
        <li className="stack" aria-labelledby="welcome-pin">
          <h2 id="welcome-pin">{t('welcomePinHeading')}</h2>
          <p>{t('welcomePinText')}</p>
          <Shortcuts />
        </li>
        <li className="stack" aria-labelledby="welcome-log">
          <h2 id="welcome-log">{t('welcomeLogHeading')}</h2>
          <p>{t('welcomeLogText')}</p>
        </li>
      </ol>
    </main>
  );
}

/** The keyboard shortcuts as the browser has them now (the user may have changed them), read from `commands.getAll()`. */
function Shortcuts() {
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; shortcuts: Shortcut[] } | { status: 'error'; error: string }>({ status: 'loading' });
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) =>
        setState({
          status: 'ready',
          shortcuts: commands.filter((command) => command.description).map((command) => ({ name: command.name ?? '', description: command.description ?? '', keys: command.shortcut ?? '' })),
        }),
      (error: unknown) => setState({ status: 'error', error: String(error) }),
    );
  }, []);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage>{t('welcomeShortcutsFailed', state.error)}</ErrorMessage>;
  return (
    <table className="welcome-shortcuts">
      <caption className="visually-hidden">{t('welcomeShortcutsCaption')}</caption>
      <tbody>
        {state.shortcuts.map((shortcut) => (
          <tr key={shortcut.name}>
            <th scope="row">{shortcut.description}</th>
            <td>{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span className="muted">{t('welcomeShortcutNotSet')}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
