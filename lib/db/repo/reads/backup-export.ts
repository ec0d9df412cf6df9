import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import type { Backup } from '@/lib/backup/backup-format';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/backup/backup-kinds';
import type { Timestamp } from '@/lib/time/instant';

function withoutDerived({
  lastTouchAt: _l,
  dueAt: _d,
  overdueAt: _o,
  searchWords: _s,
  quietSince: _q,
  strength: _st,
  strengthFacts: _sf,
  strengthChangesAt: _sc,
  ...contact
}: Contact): Contact {
  return contact;
}

/** Every contact, touchpoint, note and job change, derived fields left out (they are recomputed on import). */
export async function exportBackup(db: AppDB, now: Timestamp): Promise<Backup> {
  return db.transaction('r', [db.contacts, db.touchpoints, db.notes, db.jobChanges], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    contacts: (await db.contacts.toArray()).map(withoutDerived),
    touchpoints: await db.touchpoints.toArray(),
    notes: await db.notes.toArray(),
    jobChanges: await db.jobChanges.toArray(),
  }));
}

