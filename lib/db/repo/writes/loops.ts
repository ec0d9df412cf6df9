import type { AppDB } from '@/lib/db/app-db';
import { OpenLoopSchema, type LoopDraft, type LoopPatch, type OpenLoop } from '@/lib/model/open-loop';
import { requireContact } from '@/lib/db/repo/writes/contacts';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { Timestamp } from '@/lib/time/instant';

/** Open loops: added, edited or snoozed (a later day), closed with Done, deleted. Each one transaction. */

export async function addLoop(db: AppDB, draft: LoopDraft, now: Timestamp): Promise<OpenLoop> {
  return db.transaction('rw', db.contacts, db.loops, async () => {
    await requireContact(db, draft.contactId);
    const loop = OpenLoopSchema.parse({ id: crypto.randomUUID(), ...draft, openDay: draft.dueDay, createdAt: now, updatedAt: now });
    await db.loops.add(loop);
    return loop;
  });
}

async function requireLoop(db: AppDB, id: string): Promise<OpenLoop> {
  const loop = await db.loops.get(id);
  if (!loop) throw new RapportError('not-found', t('errorLoopGone'));
  return loop;
}

/** A new text or day; only an open loop can be edited (a done one is history). */
export async function updateLoop(db: AppDB, id: string, patch: LoopPatch, now: Timestamp): Promise<OpenLoop> {
  return db.transaction('rw', db.loops, async () => {
    const loop = await requireLoop(db, id);
    if (loop.doneAt !== undefined) throw new RapportError('conflict', t('errorLoopDone'));
    const dueDay = patch.dueDay ?? loop.dueDay;
    const next = OpenLoopSchema.parse({ ...loop, text: patch.text ?? loop.text, dueDay, openDay: dueDay, updatedAt: now });
    await db.loops.put(next);
    return next;
  });
}

/** Done: the loop leaves every due list (its `openDay` goes) and stays as history. Done twice is done once. */
export async function closeLoop(db: AppDB, id: string, now: Timestamp): Promise<OpenLoop> {
  return db.transaction('rw', db.loops, async () => {
    const loop = await requireLoop(db, id);
    if (loop.doneAt !== undefined) return loop;
    const { openDay: _open, ...rest } = loop;
    const closed = OpenLoopSchema.parse({ ...rest, doneAt: now, updatedAt: now });
    await db.loops.put(closed);
    return closed;
  });
}

export async function deleteLoop(db: AppDB, id: string): Promise<void> {
  await db.transaction('rw', db.loops, async () => {
    await requireLoop(db, id);
    await db.loops.delete(id);
  });
}
