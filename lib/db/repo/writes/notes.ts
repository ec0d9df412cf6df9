import type { AppDB } from '@/lib/db/app-db';
import { NoteSchema, type Note } from '@/lib/model/schema';
import type { NoteDraft } from '@/lib/model/commands';
import { requireContact } from '@/lib/db/repo/writes/contacts';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { Timestamp } from '@/lib/time/instant';

export async function saveNote(db: AppDB, draft: NoteDraft, now: Timestamp): Promise<Note> {
  return db.transaction('rw', db.contacts, db.notes, async () => {
    await requireContact(db, draft.contactId);
    const existing = await db.notes.get(draft.id);
    if (existing && existing.contactId !== draft.contactId) {
      throw new RapportError('conflict', t('errorNoteOfSomeoneElse'));
    }
    if (existing && existing.updatedAt !== draft.baseUpdatedAt) {
      throw new RapportError('conflict', t('errorNoteChangedElsewhere'));
    }
    if (!existing && draft.baseUpdatedAt !== null) {
      throw new RapportError('conflict', t('errorNoteDeletedElsewhere'));
    }
    // Keep timestamps strictly increasing so the conflict check can't be fooled by two saves in one millisecond.
    const updatedAt = existing && now <= existing.updatedAt ? new Date(Date.parse(existing.updatedAt) + 1).toISOString() : now;
    const note = NoteSchema.parse({
      id: draft.id,
      contactId: draft.contactId,
      body: draft.body,
      createdAt: existing?.createdAt ?? now,
      updatedAt,
    });
    await db.notes.put(note);
    return note;
  });
}

export async function deleteNote(db: AppDB, id: string): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    if (!(await db.notes.get(id))) throw new RapportError('not-found', t('errorNoteGone'));
    await db.notes.delete(id);
  });
}
