import { useState } from 'react';
import { toRapportError } from '@/lib/errors';
import { localTimeZone } from '@/lib/time/instant';
import { t } from '@/lib/i18n';
import { downloadText, fileDate } from '@/lib/download';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/ui/status-message';
import { dataWorker } from '../linkedin-import/data-worker-client';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; message: string } | { kind: 'done'; message: string };

/** Contacts and touchpoints as CSV for spreadsheets, built in the worker from the database. */
export function CsvExportSection() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function exportTable(table: 'contacts' | 'touchpoints' | 'loops' | 'introductions' | 'needs') {
    setStatus({ kind: 'busy' });
    try {
      const { text, rows } = await dataWorker().request<'csv'>({ type: 'exportCsv', table, timeZone: localTimeZone() });
      downloadText(`rapport-${table}-${fileDate()}.csv`, 'text/csv', text);
      setStatus({ kind: 'done', message: t(table === 'contacts' ? 'csvContactsSaved' : table === 'introductions' ? 'csvIntroductionsSaved' : table === 'needs' ? 'csvNeedsSaved' : 'csvTouchpointsSaved', rows) });
    } catch (error) {
      setStatus({ kind: 'error', message: toRapportError(error).message });
    }
  }

  return (
    <section aria-labelledby="csv-export-heading" className="card">
      <h2 id="csv-export-heading">{t('csvExportHeading')}</h2>
      <p className="muted">{t('csvExportIntro')}</p>
      <div className="row">
        <button type="button" onClick={() => void exportTable('contacts')} disabled={status.kind === 'busy'}>
          {t('exportContactsCsv')}
        </button>
        <button type="button" onClick={() => void exportTable('touchpoints')} disabled={status.kind === 'busy'}>
          {t('exportTouchpointsCsv')}
        </button>
        <button type="button" onClick={() => void exportTable('loops')} disabled={status.kind === 'busy'}>
          {t('exportLoopsCsv')}
        </button>
        <button type="button" onClick={() => void exportTable('introductions')} disabled={status.kind === 'busy'}>
          {t('exportIntroductionsCsv')}
        </button>
        <button type="button" onClick={() => void exportTable('needs')} disabled={status.kind === 'busy'}>
          {t('exportNeedsCsv')}
        </button>
      </div>
      <div aria-live="polite">
        {status.kind === 'busy' && <Loading label={t('csvPreparing')} />}
        {status.kind === 'error' && <ErrorMessage>{status.message}</ErrorMessage>}
        {status.kind === 'done' && <SuccessMessage>{status.message}</SuccessMessage>}
      </div>
    </section>
  );
}
