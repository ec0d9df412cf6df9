import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { formatNumber, t, tCount } from '@/lib/i18n';
import { downloadText, fileDate } from '@/lib/download';
import { ErrorMessage, SuccessMessage } from '@/components/ui/status-message';
import type { SkipReason } from '@/lib/linkedin/export/skip-reasons';
import type { ExportFileKind } from '@/lib/linkedin/export/file-kinds';
import { dataWorker } from './data-worker-client';
import type { ImportOverview } from './data-worker-protocol';
import { KeepInTouchStep } from './keep-in-touch-step';

interface Totals {
  contactsAdded: number;
  contactsUpdated: number;
  touchpointsAdded: number;
  contactsNotFound: number;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string; parsed: number; total: number }
  | { kind: 'writing'; overview: ImportOverview; contactsDone: number; touchpointsDone: number }
  | { kind: 'error'; message: string }
  | { kind: 'done'; overview: ImportOverview; totals: Totals };

/** Marks for the benchmark (tests/bench): the import from choosing files to the summary. */
export const IMPORT_MEASURE = 'rapport:linkedin-import';

export function skipReasonText(reason: SkipReason): string {
  const texts: Record<SkipReason, string> = {
    noProfileUrl: t('skipNoProfileUrl'),
    notAProfileUrl: t('skipNotAProfileUrl'),
    noName: t('skipNoName'),
    noDate: t('skipNoDate'),
    ownProfile: t('skipOwnProfile'),
    ownProfileUnknown: t('skipOwnProfileUnknown'),
    draft: t('skipDraft'),
    spam: t('skipSpam'),
    noOtherParticipant: t('skipNoOtherParticipant'),
    nameUnknown: t('skipNameUnknown'),
    noMatchByName: t('skipNoMatchByName'),
    ambiguousName: t('skipAmbiguousName'),
  };
  return texts[reason];
}

function fileKindText(kind: ExportFileKind | 'unknown'): string {
  const texts: Record<ExportFileKind | 'unknown', string> = {
    connections: t('fileKindConnections'),
    messages: t('fileKindMessages'),
    messages2018: t('fileKindMessages'),
    invitations: t('fileKindInvitations'),
    endorsementsGiven: t('fileKindEndorsements'),
    recommendationsGiven: t('fileKindRecommendations'),
    ownActivity: t('fileKindOwnActivity'),
    received: t('fileKindReceived'),
    assistantMessages: t('fileKindAssistant'),
    unknown: t('fileKindUnknown'),
  };
  return texts[kind];
}

/**
 * Brings the user's LinkedIn history in: the worker reads and validates the
 * whole export first (nothing is written if any file is bad), then the page
 * hands the background one chunk at a time, showing progress.
 */
export function LinkedInImportSection() {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const inputId = useId();
  const busy = phase.kind === 'reading' || phase.kind === 'writing';

  async function run(files: File[]) {
    performance.clearMarks(IMPORT_MEASURE);
    performance.mark(IMPORT_MEASURE);
    const worker = dataWorker();
    setPhase({ kind: 'reading', file: files[0]!.name, parsed: 0, total: 1 });
    let overview: ImportOverview;
    try {
      ({ overview } = await worker.request<'readExport'>({ type: 'readExport', files }, (progress) => setPhase({ kind: 'reading', ...progress })));
    } catch (error) {
      setPhase({ kind: 'error', message: toRapportError(error).message });
      return;
    }
    performance.measure(`${IMPORT_MEASURE}:read`, IMPORT_MEASURE);
    const totals: Totals = { contactsAdded: 0, contactsUpdated: 0, touchpointsAdded: 0, contactsNotFound: 0 };
    let contactsDone = 0;
    let touchpointsDone = 0;
    setPhase({ kind: 'writing', overview, contactsDone, touchpointsDone });
    let written = 0;
    try {
      // Fetch the next chunk from the worker while the background writes this one.
      let next = overview.chunks > 0 ? worker.request<'chunk'>({ type: 'chunk', index: 0 }) : undefined;
      for (let index = 0; index < overview.chunks; index++) {
        // The chunk stays JSON text on this thread: parsing and re-serialising thousands of rows here would block the page.
        const { chunk } = await next!;
        next = index + 1 < overview.chunks ? worker.request<'chunk'>({ type: 'chunk', index: index + 1 }) : undefined;
        const result = await sendToBackground({ type: 'importLinkedInChunk', chunk: chunk.json });
        for (const key of Object.keys(totals) as (keyof Totals)[]) totals[key] += result[key];
        written++;
        contactsDone += chunk.contacts;
        touchpointsDone += chunk.touchpoints;
        setPhase({ kind: 'writing', overview, contactsDone: Math.min(contactsDone, overview.contacts), touchpointsDone });
      }
    } catch (error) {
      const message = toRapportError(error).message;
      setPhase({ kind: 'error', message: written === 0 ? message : t('importStoppedPartway', written, overview.chunks, message) });
      return;
    }
    setPhase({ kind: 'done', overview, totals });
    performance.measure(IMPORT_MEASURE, IMPORT_MEASURE);
  }

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) void run(files);
  };

  // Files dropped on the zone take the same path as files chosen in the input (which keyboard users reach with Tab).
  const [dragging, setDragging] = useState(false);
  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event) || busy) return;
    event.preventDefault(); // accept the drop
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (!busy && files.length > 0) void run(files);
  };

  return (
    <section aria-labelledby="linkedin-import-heading" className="card">
      <h2 id="linkedin-import-heading">{t('linkedInImportHeading')}</h2>
      <p className="muted">{t('linkedInImportIntro')}</p>
      <div
        className={dragging ? 'drop-zone stack dragging' : 'drop-zone stack'}
        data-testid="linkedin-drop-zone"
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p id={`${inputId}-hint`}>{dragging ? t('linkedInDropZoneActive') : t('linkedInDropZone')}</p>
        <div className="row">
          <label htmlFor={inputId} className="file-button">
            {t('importLinkedInExport')}
          </label>
          <input id={inputId} type="file" multiple accept=".zip,.csv,application/zip,text/csv" aria-describedby={`${inputId}-hint`} onChange={onChange} disabled={busy} />
        </div>
      </div>
      <div aria-live="polite">
        {phase.kind === 'reading' && <Progress label={t('importReading', phase.file)} value={phase.parsed} max={phase.total} />}
        {phase.kind === 'writing' && (
          <Progress
            label={t('importWriting', formatNumber(phase.contactsDone), formatNumber(phase.overview.contacts), formatNumber(phase.touchpointsDone), formatNumber(phase.overview.touchpoints))}
            value={phase.contactsDone + phase.touchpointsDone}
            max={Math.max(1, phase.overview.contacts + phase.overview.touchpoints)}
          />
        )}
        {phase.kind === 'error' && <ErrorMessage>{phase.message}</ErrorMessage>}
        {phase.kind === 'done' && <ImportSummary overview={phase.overview} totals={phase.totals} />}
      </div>
      {phase.kind === 'done' && (
        <KeepInTouchStep suggestions={phase.overview.suggestions} recentConnections={phase.overview.recentConnections} endorsed={phase.overview.endorsed} />
      )}
    </section>
  );
}

function Progress({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div className="stack" role="status">
      <progress value={value} max={max} aria-label={label} />
      <span className="muted">{label}</span>
    </div>
  );
}

function ImportSummary({ overview, totals }: { overview: ImportOverview; totals: Totals }) {
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const nothingNew = totals.contactsAdded + totals.contactsUpdated + totals.touchpointsAdded === 0;
  const reasons = Object.entries(overview.skippedByReason) as [SkipReason, number][];

  async function downloadSkipped() {
    try {
      const reasonTexts = Object.fromEntries(reasons.map(([reason]) => [reason, skipReasonText(reason)])) as Record<SkipReason, string>;
      const { text } = await dataWorker().request<'csv'>({
        type: 'skippedCsv',
        columns: [t('skippedColumnFile'), t('skippedColumnRow'), t('skippedColumnReason'), t('skippedColumnDetail')],
        reasons: reasonTexts,
      });
      downloadText(`rapport-linkedin-skipped-${fileDate()}.csv`, 'text/csv', text);
    } catch (error) {
      setDownloadError(toRapportError(error).message);
    }
  }

  return (
    <div className="stack">
      <SuccessMessage>
        {overview.contacts + overview.touchpoints === 0
          ? t('importNothingToImport')
          : nothingNew
          ? t('importNothingNew')
          : t('importDone', formatNumber(totals.contactsAdded), formatNumber(totals.contactsUpdated), formatNumber(totals.touchpointsAdded))}
      </SuccessMessage>
      {overview.messageRows > 0 && <p className="muted">{tCount('importMessageRows', overview.messageRows, formatNumber(overview.messageTouchpoints))}</p>}
      {totals.contactsNotFound > 0 && <p className="muted">{tCount('importNotFound', totals.contactsNotFound)}</p>}
      {overview.skipped > 0 && (
        <div className="stack">
          <p>{tCount('importSkipped', overview.skipped)}</p>
          <ul>
            {reasons.map(([reason, count]) => (
              <li key={reason}>{t('importSkippedReason', skipReasonText(reason), formatNumber(count))}</li>
            ))}
          </ul>
          <div>
            <button type="button" onClick={() => void downloadSkipped()}>
              {t('downloadSkippedRows')}
            </button>
          </div>
          {downloadError && <ErrorMessage>{downloadError}</ErrorMessage>}
        </div>
      )}
      <details>
        <summary>{tCount('importFilesRead', overview.files.length)}</summary>
        <ul>
          {overview.files.map((file) => (
            <li key={file.name}>{t('importFileLine', file.name, fileKindText(file.kind), formatNumber(file.rows))}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
