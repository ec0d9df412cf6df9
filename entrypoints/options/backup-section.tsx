import { useId, useRef, useState, type ChangeEvent } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { downloadText, fileDate } from '@/components/download';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/ui/status-message';
import type { ToBackgroundResult } from '@/lib/messaging/to-background';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | { kind: 'error'; message: string }
  | { kind: 'done'; message: string };

function describeImport(summary: ToBackgroundResult<'importBackup'>): string {
  const parts = [
    `${summary.contactsAdded} contacts added`,
    `${summary.contactsUpdated} updated`,
    `${summary.touchpointsAdded} touchpoints added`,
    `${summary.notesAdded} notes added`,
  ];
  if (summary.keptNewer > 0) parts.push(`${summary.keptNewer} kept because your copy was newer`);
  return `Backup imported: ${parts.join(', ')}.`;
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
    run('Preparing your backup…', async () => {
      const backup = await sendToBackground({ type: 'exportBackup' });
      downloadText(`rapport-backup-${fileDate()}.json`, 'application/json', JSON.stringify(backup, null, 2));
      return `Backup saved: ${backup.contacts.length} contacts, ${backup.touchpoints.length} touchpoints, ${backup.notes.length} notes.`;
    });

  const importBackup = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(`Importing ${file.name}…`, async () => {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch (error) {
        throw new Error(`“${file.name}” is not a Rapport backup: it is not valid JSON (${(error as Error).message}). Nothing was imported.`, {
          cause: error,
        });
      }
      return describeImport(await sendToBackground({ type: 'importBackup', backup: json }));
    });
  };

  const deleteAll = () => {
    dialog.current?.close();
    void run('Deleting…', async () => {
      await sendToBackground({ type: 'deleteAllData' });
      return 'All contacts, touchpoints and notes were deleted. Your settings were kept.';
    });
  };

  return (
    <section aria-labelledby="backup-heading" className="card">
      <h2 id="backup-heading">Backup</h2>
      <p className="muted">A backup is one JSON file with all your contacts, touchpoints and notes. Keep one somewhere safe.</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void exportBackup()} disabled={busy}>
          Export backup
        </button>
        <label htmlFor={inputId} className="file-button">
          Import backup
        </label>
        <input id={inputId} ref={fileInput} type="file" accept="application/json,.json" onChange={importBackup} disabled={busy} />
      </div>
      <div>
        <button type="button" className="danger" onClick={() => dialog.current?.showModal()} disabled={busy}>
          Delete all data
        </button>
      </div>
      <div aria-live="polite">
        {status.kind === 'busy' && <Loading label={status.label} />}
        {status.kind === 'error' && <ErrorMessage>{status.message}</ErrorMessage>}
        {status.kind === 'done' && <SuccessMessage>{status.message}</SuccessMessage>}
      </div>
      <dialog ref={dialog} aria-labelledby="delete-heading" aria-describedby="delete-description">
        <h2 id="delete-heading">Delete all data?</h2>
        <p id="delete-description">
          This deletes every contact, touchpoint and note from this browser. It cannot be undone: export a backup first if you may want them back.
        </p>
        <div className="row">
          <button type="button" className="danger" onClick={deleteAll}>
            Delete everything
          </button>
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}
