import type { AppDB } from '@/lib/db/app-db';
import { NeedSchema, type Need, type NeedDraft, type NeedPatch } from '@/lib/model/need';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { Timestamp } from '@/lib/time/instant';

/** Your current needs: added, edited, closed as met or dropped (or reopened), deleted. Each one transaction. */

export async function addNeed(db: AppDB, draft: NeedDraft, now: Timestamp): Promise<Need> {
  const need = NeedSchema.parse({ id: crypto.randomUUID(), text: draft.text, status: 'open', createdAt: now, updatedAt: now });
  await db.needs.add(need);
  return need;
}

export async function requireNeed(db: AppDB, id: string): Promise<Need> {
  const need = await db.needs.get(id);
  if (!need) throw new RapportError('not-found', t('errorNeedGone'));
  return need;
}

/**
 * A new text, outcome or status. Closing (met or dropped) stamps `closedAt`
 * once: closing again keeps the first date; reopening clears it.
 */
export async function updateNeed(db: AppDB, id: string, patch: NeedPatch, now: Timestamp): Promise<Need> {
  return db.transaction('rw', db.needs, async () => {
    const need = await requireNeed(db, id);
    const { outcome, closedAt: _closed, ...rest } = need;
    const status = patch.status ?? need.status;
    const nextOutcome = outcome === undefined && patch.outcome === undefined ? undefined : patch.outcome === undefined ? outcome : patch.outcome || undefined;
    const next = NeedSchema.parse({
      ...rest,
      text: patch.text ?? need.text,
      status,
      ...(nextOutcome ? { outcome: nextOutcome } : {}),
      ...(status === 'open' ? {} : { closedAt: need.status === 'open' ? now : (need.closedAt ?? now) }),
      updatedAt: now,
    });
    await db.needs.put(next);
    return next;
  });
}

/** Deletes a need; the asks and conversations tied to it stay, untied. */
export async function deleteNeed(db: AppDB, id: string): Promise<void> {
  await db.transaction('rw', db.needs, db.touchpoints, async () => {
    await requireNeed(db, id);
    await db.touchpoints
      .where('needId')
      .equals(id)
      .modify((touchpoint) => {
        delete touchpoint.needId;
      });
    await db.needs.delete(id);
  });
}
