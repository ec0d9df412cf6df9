import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendToTab } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { downloadText, fileDate } from '@/lib/download';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/ui/status-message';

type State = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; error: string };

/**
 * "Save a page report" for a page Rapport could not read: asks the tab's
 * content script for the page's skeleton (lib/linkedin/page-report.ts, every
 * text, URL, name and id left out) and hands it to the browser's download
 * flow. Nothing leaves the machine. Loaded lazily: only degraded pages show it.
 */
export default function SavePageReport({ tabId }: { tabId: number }) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const hintId = useId();
  async function save() {
    setState({ status: 'saving' });
    try {
      const report = await sendToTab(tabId, { type: 'getPageReport' });
      downloadText(`rapport-page-report-${fileDate()}.txt`, 'text/plain;charset=utf-8', report);
      setState({ status: 'saved' });
    } catch (error) {
      setState({ status: 'error', error: t('pageReportFailed', toRapportError(error).message) });
    }
  }
  return (
    <div className="stack">
      <p id={hintId} className="muted">
        {t('savePageReportHint')}
      </p>
      <div>
        <button type="button" aria-describedby={hintId} disabled={state.status === 'saving'} onClick={() => void save()}>
          {t('savePageReport')}
        </button>
      </div>
      {state.status === 'saving' && <Loading label={t('savingPageReport')} />}
      {state.status === 'saved' && <SuccessMessage>{t('pageReportSaved')}</SuccessMessage>}
      {state.status === 'error' && <ErrorMessage>{state.error}</ErrorMessage>}
    </div>
  );
}
