import { useId, useRef, useState, type ChangeEvent } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/ui/status-message';
import { t } from '@/lib/i18n';
import { LastBackupStatus } from './last-backup-status';
import { exportBackupFile, importBackupFile, type BackupImportSummary } from './backup-transfer';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | { kind: 'error'; message: string }
  | { kind: 'done'; message: string };

function describeImport(summary: BackupImportSummary): string {
  const imported = t('backupImported', summary.contactsAdded, summary.contactsUpdated, summary.touchpointsAdded, summary.notesAdded);
  return summary.keptNewer > 0 ? `${imported} ${t('backupKeptNewer', summary.keptNewer)}` : imported;
}

/** Export, import and delete: the user's own copy of their data, always one click away. */
export function BackupSection() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  const busy = status.kind === 'busy';

  async function run(label: string, task: () => Promise<string>) {
    setStatus({ kind: 'busy', label });
    try {
      setStatus({ kind: 'done', message: await task() });
    } catch (error) {
      setStatus({ kind: 'error', message: toRapportError(error).message });
    }
  }

  const exportBackup = () =>
    run(t('preparingBackup'), async () => {
      const counts = await exportBackupFile();
      return t('backupSaved', counts.contacts, counts.touchpoints, counts.notes);
    });

  const importBackup = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(t('importing', file.name), async () => {
      const summary = await importBackupFile(file, (sent, total) => setStatus({ kind: 'busy', label: t('backupWriting', file.name, sent, total) }));
      return describeImport(summary);
    });
  };

  const deleteAll = () => {
    dialog.current?.close();
    void run(t('deleting'), async () => {
      await sendToBackground({ type: 'deleteAllData' });
      return t('allDataDeleted');
    });
  };

  return (
    <section aria-labelledby="backup-heading" className="card">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p className="muted">{t('backupIntro')}</p>
      <LastBackupStatus />
      <div className="row">
        <button type="button" className="primary" onClick={() => void exportBackup()} disabled={busy}>
          {t('exportBackup')}
        </button>
        <label htmlFor={inputId} className="file-button">
          {t('importBackup')}
        </label>
        <input id={inputId} ref={fileInput} type="file" accept="application/json,.json" onChange={importBackup} disabled={busy} />
      </div>
      <div>
        <button type="button" className="danger" onClick={() => dialog.current?.showModal()} disabled={busy}>
          {t('deleteAllData')}
        </button>
      </div>
      <div aria-live="polite">
        {status.kind === 'busy' && <Loading label={status.label} />}
        {status.kind === 'error' && <ErrorMessage>{status.message}</ErrorMessage>}
        {status.kind === 'done' && <SuccessMessage>{status.message}</SuccessMessage>}
      </div>
      <dialog ref={dialog} aria-labelledby="delete-heading" aria-describedby="delete-description">
        <h2 id="delete-heading">{t('deleteAllConfirmHeading')}</h2>
        <p id="delete-description">{t('deleteAllConfirmText')}</p>
        <div className="row">
          <button type="button" className="danger" onClick={deleteAll}>
            {t('deleteEverything')}
          </button>
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
