import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import type { Backup } from '@/lib/backup/backup-format';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/backup/backup-kinds';
import type { Timestamp } from '@/lib/time/instant';
import type { OpenLoop } from '@/lib/model/open-loop';
import type { KeyDate } from '@/lib/model/key-date';
import type { Introduction } from '@/lib/model/introduction';
import type { StarterTemplates } from '@/lib/starters/templates';

function withoutDerived({
  lastTouchAt: _l,
  dueAt: _d,
  overdueAt: _o,
  searchWords: _s,
  quietSince: _q,
  strength: _st,
  strengthFacts: _sf,
  strengthChangesAt: _sc,
  connectedMonthDay: _c,
  nameKey: _n,
  ...contact
}: Contact): Contact {
  return contact;
}

function loopWithoutDerived({ openDay: _open, ...loop }: OpenLoop): OpenLoop {
  return loop;
}

function keyDateWithoutDerived({ monthDay: _m, ...date }: KeyDate): Omit<KeyDate, 'monthDay'> {
  return date;
}

function introductionWithoutDerived({ contactIds: _ids, ...introduction }: Introduction): Omit<Introduction, 'contactIds'> {
  return introduction;
}

/**
 * Every contact, touchpoint, note, job change, open loop, key date,
 * introduction and need, derived fields left out (they are recomputed on import), and
 * the user's templates (read from extension storage by the caller: the data worker has no storage).
 */
export async function exportBackup(db: AppDB, now: Timestamp, templates?: StarterTemplates): Promise<Backup> {
  return db.transaction('r', [db.contacts, db.touchpoints, db.notes, db.jobChanges, db.loops, db.keyDates, db.introductions, db.needs], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    contacts: (await db.contacts.toArray()).map(withoutDerived),
    touchpoints: await db.touchpoints.toArray(),
    notes: await db.notes.toArray(),
    jobChanges: await db.jobChanges.toArray(),
    loops: (await db.loops.toArray()).map(loopWithoutDerived),
    // The file leaves out what import recomputes; the type says what import reads back.
    keyDates: (await db.keyDates.toArray()).map(keyDateWithoutDerived) as KeyDate[],
    introductions: (await db.introductions.toArray()).map(introductionWithoutDerived) as Introduction[],
    needs: await db.needs.toArray(),
    // Only templates the user edited: a file without any leaves the importing Rapport's own alone.
    ...(templates && Object.keys(templates).length > 0 ? { templates } : {}),
  }));
}

