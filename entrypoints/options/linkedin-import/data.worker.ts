import { getDb } from '@/lib/db/db';
import { contactsToCsv, introductionsToCsv, loopsToCsv, needsToCsv, tableToCsv, touchpointsToCsv } from '@/lib/backup/csv-export';
import { toRapportError } from '@/lib/errors';
import { chunkPlan } from '@/lib/linkedin/export/chunks';
import { buildImportPlan, type ImportPlan } from '@/lib/linkedin/export/plan';
import { checkInputSize, readExport } from '@/lib/linkedin/export/read-export';
import type { ImportChunk } from '@/lib/model/commands';
import type { ImportOverview, WorkerMessage, WorkerReply, WorkerRequest } from './data-worker-protocol';
import { exportBackup } from '@/lib/db/repo/reads/backup-export';
import { backupFileParts, countsOf, sliceBackupText, type BackupSlice } from '@/lib/backup/backup-chunks';
import { toTimestamp } from '@/lib/time/instant';
import { endorsedOrRecommended, recentConnections } from '@/lib/linkedin/export/more-suggestions';

/**
 * The options page's worker: parses LinkedIn's export (fflate, papaparse)
 * and builds CSV files, so the page's main thread never runs a long task.
 * It keeps the last import's plan and hands it out chunk by chunk; the page
 * sends each chunk to the background, the single writer.
 */

let plan: ImportPlan | undefined;
let chunks: ImportChunk[] = [];
/** The slices of the backup file read last, handed to the page one by one for the background. */
let backupSlicesRead: BackupSlice[] = [];

const post = (message: WorkerMessage) => postMessage(message);

async function handle(request: WorkerRequest, id: number): Promise<WorkerReply> {
  switch (request.type) {
    case 'readExport': {
      plan = undefined;
      chunks = [];
      // Sizes first: a file too large is refused before it is read into memory.
      for (const file of request.files) checkInputSize(file.name, file.size);
      const inputs = await Promise.all(request.files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
      let lastPost = 0;
      const { records, files } = readExport(inputs, (progress) => {
        const now = performance.now();
        if (now - lastPost > 100 || progress.parsed === progress.total) {
          lastPost = now;
          post({ id, progress });
        }
      });
      plan = buildImportPlan(records);
      chunks = chunkPlan(plan.contacts, plan.touchpoints);
      const skippedByReason: ImportOverview['skippedByReason'] = {};
      for (const row of plan.skipped) skippedByReason[row.reason] = (skippedByReason[row.reason] ?? 0) + 1;
      return {
        type: 'readExport',
        overview: {
          files,
          contacts: plan.contacts.length,
          touchpoints: plan.touchpoints.length,
          messageRows: plan.messageRows,
          messageTouchpoints: plan.touchpoints.filter((touchpoint) => touchpoint.type === 'message').length,
          chunks: chunks.length,
          skipped: plan.skipped.length,
          skippedByReason,
          ownProfileUrl: plan.ownProfileUrl,
          suggestions: plan.suggestions,
          recentConnections: recentConnections(plan.contacts, Date.now()),
          endorsed: endorsedOrRecommended(plan.contacts, plan.touchpoints),
        },
      };
    }
    case 'chunk': {
      const chunk = chunks[request.index];
      if (!chunk) throw new Error(`There is no import chunk ${request.index}: choose the files again.`);
      return { type: 'chunk', chunk: { json: JSON.stringify(chunk), contacts: chunk.contacts.length, touchpoints: chunk.touchpoints.length } };
    }
    case 'skippedCsv': {
      const rows = plan?.skipped ?? [];
      return { type: 'csv', rows: rows.length, text: tableToCsv(request.columns, rows.map((row) => [row.file, String(row.row), request.reasons[row.reason], row.detail])) };
    }
    case 'exportCsv': {
      const db = getDb();
      if (request.table === 'contacts') {
        const contacts = await db.contacts.toArray();
        return { type: 'csv', rows: contacts.length, text: contactsToCsv(contacts, request.timeZone) };
      }
      if (request.table === 'loops') {
        const loops = await db.loops.toArray();
        const contacts = (await db.contacts.bulkGet([...new Set(loops.map((loop) => loop.contactId))])).filter((contact) => contact !== undefined);
        return { type: 'csv', rows: loops.length, text: loopsToCsv(loops, contacts, request.timeZone) };
      }
      if (request.table === 'introductions') {
        const introductions = await db.introductions.toArray();
        return { type: 'csv', rows: introductions.length, text: introductionsToCsv(introductions, request.timeZone) };
      }
      if (request.table === 'needs') {
        // The touchpoints tied to a need, by the needId index (only they are in it), and their people.
        const [needs, tied] = await Promise.all([db.needs.toArray(), db.touchpoints.orderBy('needId').toArray()]);
        const contacts = (await db.contacts.bulkGet([...new Set(tied.map((touchpoint) => touchpoint.contactId))])).filter((contact) => contact !== undefined);
        return { type: 'csv', rows: needs.length, text: needsToCsv(needs, tied, contacts, request.timeZone) };
      }
      const [touchpoints, contacts] = await Promise.all([db.touchpoints.toArray(), db.contacts.toArray()]);
      return { type: 'csv', rows: touchpoints.length, text: touchpointsToCsv(touchpoints, contacts, request.timeZone) };
    }
    case 'exportBackup': {
      // Reading is allowed here (the background stays the single writer); the file is built from parts, never one string.
      const backup = await exportBackup(getDb(), toTimestamp(Date.now()), request.templates);
      return { type: 'backupFile', file: new Blob(backupFileParts(backup), { type: 'application/json' }), exportedAt: backup.exportedAt, counts: countsOf(backup) };
    }
    case 'readBackup': {
      backupSlicesRead = [];
      const read = sliceBackupText(await request.file.text());
      if (!read.ok) return { type: 'backupNotJson', message: read.notJson };
      backupSlicesRead = read.slices;
      return { type: 'backupRead', frame: read.frame, counts: read.counts, slices: read.slices.length };
    }
    case 'backupSlice': {
      const slice = backupSlicesRead[request.index];
      if (!slice) throw new Error(`There is no backup slice ${request.index}: choose the file again.`);
      return { type: 'backupSlice', slice };
    }
  }
}

addEventListener('message', (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  handle(request, id).then(
    (reply) => post({ id, ok: true, reply }),
    (error: unknown) => post({ id, ok: false, message: toRapportError(error).message }),
  );
});
