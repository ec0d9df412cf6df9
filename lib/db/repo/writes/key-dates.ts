import type { AppDB } from '@/lib/db/app-db';
import { KeyDateSchema, monthDayKey, type KeyDate, type KeyDateDraft } from '@/lib/model/key-date';
import { requireContact } from '@/lib/db/repo/writes/contacts';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { Timestamp } from '@/lib/time/instant';

/** Adds a key date, or replaces the one with the draft's `id` (same person only). */
export async function saveKeyDate(db: AppDB, draft: KeyDateDraft, now: Timestamp): Promise<KeyDate> {
  return db.transaction('rw', db.contacts, db.keyDates, async () => {
    await requireContact(db, draft.contactId);
    const existing = draft.id === undefined ? undefined : await db.keyDates.get(draft.id);
    if (draft.id !== undefined && (!existing || existing.contactId !== draft.contactId)) throw new RapportError('not-found', t('errorKeyDateGone'));
    const { id: _id, ...fields } = draft;
    const keyDate = KeyDateSchema.parse({
      ...fields,
      id: existing?.id ?? crypto.randomUUID(),
      monthDay: monthDayKey(draft.month, draft.day),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.keyDates.put(keyDate);
    return keyDate;
  });
}

export async function deleteKeyDate(db: AppDB, id: string): Promise<void> {
  await db.transaction('rw', db.keyDates, async () => {
    if (!(await db.keyDates.get(id))) throw new RapportError('not-found', t('errorKeyDateGone'));
    await db.keyDates.delete(id);
  });
}
