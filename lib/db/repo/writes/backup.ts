import type { EntityTable, IDType } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { Contact, JobChange, Note, Touchpoint } from '@/lib/model/schema';
import type { WriteContext } from '@/lib/model/write-context';
import { refreshAllDerived } from '@/lib/db/repo/upkeep/derived';
import type { Backup } from '@/lib/backup/backup-format';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { countTouches, moveTouchesOfMany } from '@/lib/db/repo/upkeep/touch-days';
import type { Timestamp } from '@/lib/time/instant';
import type { BackupImportSummary } from '@/lib/model/results';
import type { OpenLoop } from '@/lib/model/open-loop';
import { monthDayKey } from '@/lib/model/key-date';

// Reading a backup is its own file: the options page's worker reads with it and must not bundle i18n.
export { exportBackup } from '@/lib/db/repo/reads/backup-export';

function isNewer(stored: { updatedAt: Timestamp } | undefined, incoming: { updatedAt: Timestamp }): boolean {
  return stored !== undefined && stored.updatedAt > incoming.updatedAt;
}

/**
 * Imports a validated backup in one transaction, merging by id: a record
 * replaces the stored one with the same id unless the stored one was edited
 * more recently (then the stored one is kept, so nothing newer is lost; a job
 * change you already settled stays settled). Touchpoints, notes and job
 * changes must belong to a contact in the backup or already stored;
 * otherwise nothing is written.
 */
export async function importBackup(db: AppDB, backup: Backup, context: WriteContext): Promise<BackupImportSummary> {
  return db.transaction('rw', [db.contacts, db.touchpoints, db.notes, db.touchDays, db.jobChanges, db.loops, db.keyDates, db.introductions, db.needs], async () => {
    const summary: BackupImportSummary = {
      contactsAdded: 0,
      contactsUpdated: 0,
      touchpointsAdded: 0,
      touchpointsUpdated: 0,
      notesAdded: 0,
      notesUpdated: 0,
      jobChangesAdded: 0,
      keptNewer: 0,
      loopsImported: 0,
      keyDatesImported: 0,
      introductionsImported: 0,
      needsImported: 0,
    };
    const incomingIds = new Set(backup.contacts.map((contact) => contact.id));
    const referenced = new Set(
      [...backup.touchpoints, ...backup.notes, ...backup.jobChanges, ...backup.loops, ...backup.keyDates].map((record) => record.contactId).filter((id) => !incomingIds.has(id)),
    );
    if (referenced.size > 0) {
      const found = await db.contacts.bulkGet([...referenced]);
      const missingIndex = found.findIndex((contact) => contact === undefined);
      if (missingIndex >= 0) {
        const missing = [...referenced][missingIndex]!;
        const [kind, record] = ([
          ['errorBackupRecordTouchpoint', backup.touchpoints.find((touchpoint) => touchpoint.contactId === missing)],
          ['errorBackupRecordNote', backup.notes.find((note) => note.contactId === missing)],
          ['errorBackupRecordJobChange', backup.jobChanges.find((change) => change.contactId === missing)],
          ['errorBackupRecordLoop', backup.loops.find((loop) => loop.contactId === missing)],
          ['errorBackupRecordKeyDate', backup.keyDates.find((date) => date.contactId === missing)],
        ] as const).find(([, found]) => found !== undefined)!;
        throw new RapportError('invalid-import', t('errorBackupInconsistent', t(kind), record!.id, missing));
      }
    }

    await requireNeedsOf(db, backup);

    const storedContacts = await db.contacts.bulkGet(backup.contacts.map((contact) => contact.id));
    const contactsToWrite: Contact[] = [];
    const moved: { contactId: string; from: Contact['circle']; to: Contact['circle'] }[] = [];
    backup.contacts.forEach((contact, index) => {
      const stored = storedContacts[index];
      if (isNewer(stored, contact)) summary.keptNewer++;
      else {
        contactsToWrite.push(contact);
        if (stored && stored.circle !== contact.circle) moved.push({ contactId: contact.id, from: stored.circle, to: contact.circle });
        if (stored) summary.contactsUpdated++;
        else summary.contactsAdded++;
      }
    });
    await db.contacts.bulkPut(contactsToWrite);
    // People whose circle the backup changes: their touches already stored now count in the new circle.
    await moveTouchesOfMany(db, moved, context);

    const storedTouchpoints = await db.touchpoints.bulkGet(backup.touchpoints.map((touchpoint) => touchpoint.id));
    storedTouchpoints.forEach((stored) => (stored ? summary.touchpointsUpdated++ : summary.touchpointsAdded++));
    await db.touchpoints.bulkPut(backup.touchpoints);
    const replaced = storedTouchpoints.filter((stored): stored is Touchpoint => stored !== undefined);
    const circles = await circlesOf(db, [...backup.touchpoints, ...replaced].map((touchpoint) => touchpoint.contactId));
    await countTouches(db, replaced, (id) => circles.get(id)!, -1, context);
    await countTouches(db, backup.touchpoints, (id) => circles.get(id)!, 1, context);

    const storedNotes = await db.notes.bulkGet(backup.notes.map((note) => note.id));
    const notesToWrite: Note[] = [];
    backup.notes.forEach((note, index) => {
      const stored = storedNotes[index];
      if (isNewer(stored, note)) summary.keptNewer++;
      else {
        notesToWrite.push(note);
        if (stored) summary.notesUpdated++;
        else summary.notesAdded++;
      }
    });
    await db.notes.bulkPut(notesToWrite);
    await importJobChanges(db, backup.jobChanges, summary);
    // Their indexed fields are derived (a file may leave them out): set here, whatever the file said.
    summary.loopsImported = await putUnlessNewer(db.loops, backup.loops.map(withOpenDay), summary);
    summary.needsImported = await putUnlessNewer(db.needs, backup.needs, summary);
    summary.keyDatesImported = await putUnlessNewer(db.keyDates, backup.keyDates.map((date) => ({ ...date, monthDay: monthDayKey(date.month, date.day) })), summary);
    // A side may be outside Rapport, so introductions name no contact that must exist; `contactIds` was recomputed by the parser.
    summary.introductionsImported = await putUnlessNewer(db.introductions, backup.introductions, summary);

    // A touchpoint the backup gives to someone else changes its former owner's last touch too.
    const affected = new Set<string>([...incomingIds, ...[...backup.touchpoints, ...replaced].map((touchpoint: Touchpoint) => touchpoint.contactId)]);
    await refreshAllDerived(db, context, affected);
    return summary;
  });
}

/**
 * Job changes merge by id, but a change you already congratulated or
 * dismissed stays settled; then each person keeps at most one open change
 * (the latest detected), as detection assumes.
 */
async function importJobChanges(db: AppDB, incoming: readonly JobChange[], summary: BackupImportSummary): Promise<void> {
  if (incoming.length === 0) return;
  const stored = await db.jobChanges.bulkGet(incoming.map((change) => change.id));
  const toWrite = incoming.filter((change, i) => {
    const kept = stored[i]?.settled !== undefined && change.settled === undefined;
    if (kept) summary.keptNewer++;
    else if (!stored[i]) summary.jobChangesAdded++;
    return !kept;
  });
  await db.jobChanges.bulkPut(toWrite);
  const people = [...new Set(incoming.map((change) => change.contactId))];
  const open = (await db.jobChanges.where('contactId').anyOf(people).toArray()).filter((change) => change.settled === undefined);
  const latest = new Map<string, JobChange>();
  for (const change of open) {
    const other = latest.get(change.contactId);
    if (!other || change.detectedAt > other.detectedAt) latest.set(change.contactId, change);
  }
  await db.jobChanges.bulkDelete(open.filter((change) => latest.get(change.contactId) !== change).map((change) => change.id));
}

/** A touchpoint tied to a need names a need in the backup or already stored; otherwise nothing is written. */
async function requireNeedsOf(db: AppDB, backup: Backup): Promise<void> {
  const incoming = new Set(backup.needs.map((need) => need.id));
  const referenced = [...new Set(backup.touchpoints.flatMap((touchpoint) => (touchpoint.needId !== undefined && !incoming.has(touchpoint.needId) ? [touchpoint.needId] : [])))];
  if (referenced.length === 0) return;
  const found = await db.needs.bulkGet(referenced);
  const missing = found.findIndex((need) => need === undefined);
  if (missing < 0) return;
  const touchpoint = backup.touchpoints.find((candidate) => candidate.needId === referenced[missing])!;
  throw new RapportError('invalid-import', t('errorBackupNeedMissing', touchpoint.id, referenced[missing]!));
}

function withOpenDay({ openDay: _open, ...loop }: OpenLoop): OpenLoop {
  return loop.doneAt === undefined ? { ...loop, openDay: loop.dueDay } : loop;
}

/** Loops and key dates merge by id like notes: a stored copy edited more recently is kept. Returns how many were written. */
async function putUnlessNewer<R extends { id: string; updatedAt: Timestamp }>(table: EntityTable<R, 'id'>, incoming: readonly R[], summary: BackupImportSummary): Promise<number> {
  if (incoming.length === 0) return 0;
  const stored = await table.bulkGet(incoming.map((record) => record.id as IDType<R, 'id'>));
  const toWrite = incoming.filter((record, i) => {
    const kept = isNewer(stored[i], record);
    if (kept) summary.keptNewer++;
    return !kept;
  });
  await table.bulkPut(toWrite);
  return toWrite.length;
}

/** The circles of the given people (all in Rapport), by id. */
async function circlesOf(db: AppDB, ids: readonly string[]): Promise<Map<string, Contact['circle']>> {
  const unique = [...new Set(ids)];
  const contacts = await db.contacts.bulkGet(unique);
  return new Map(unique.map((id, i) => [id, contacts[i]!.circle]));
}

/** Deletes every contact, touchpoint, note, job change, open loop, key date, introduction and need (and the counts made from them). Settings are kept. */
export async function deleteAllData(db: AppDB): Promise<void> {
  await db.transaction('rw', [db.contacts, db.touchpoints, db.notes, db.jobChanges, db.touchDays, db.loops, db.keyDates, db.introductions, db.needs], async () => {
    await Promise.all([
      db.contacts.clear(),
      db.touchpoints.clear(),
      db.notes.clear(),
      db.jobChanges.clear(),
      db.touchDays.clear(),
      db.loops.clear(),
      db.keyDates.clear(),
      db.introductions.clear(),
      db.needs.clear(),
    ]);
  });
}
