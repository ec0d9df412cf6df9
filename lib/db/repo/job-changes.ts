import type { AppDB } from '@/lib/db/app-db';
import { JobChangeSchema, TouchpointSchema, type Contact, type JobChange, type Touchpoint } from '@/lib/db/schema';
import type { WriteContext } from '@/lib/db/write-context';
import { refreshDerived } from '@/lib/db/repo/derived';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { searchWordsFor } from '@/lib/search/search-words';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { openJobChange } from '@/lib/db/repo/queries';
import { countTouches } from '@/lib/db/repo/touch-days';
import { requireContact } from '@/lib/db/repo/contacts';

/** A profile as a visited page showed it: who, and the headline the page carries now. */
export interface VisitedProfile {
  profileUrl: string;
  headline: string | null;
}

const normalized = (headline: string | undefined | null) => (headline ?? '').replace(/\s+/g, ' ').trim();

/**
 * Compares a visited profile's headline with the stored one. A different
 * headline is recorded as a job change (a chance to congratulate) and becomes
 * the stored headline, in one transaction. Nothing happens for people not in
 * Rapport or for a page without a headline. A headline no page has shown yet
 * (none stored, or one from the data export, which holds a job title rather
 * than the profile's headline) is replaced silently: nothing changed that we
 * knew of. While a change is open, a further change updates it instead of
 * adding one; a headline changed back closes it.
 */
export async function recordVisitedProfile(db: AppDB, visited: VisitedProfile, context: WriteContext): Promise<JobChange | null> {
  const id = contactIdFromProfileUrl(visited.profileUrl);
  const seen = normalized(visited.headline);
  if (id === null || seen === '') return null;
  return db.transaction('rw', db.contacts, db.jobChanges, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return null;
    const stored = normalized(contact.headline);
    const comparable = stored !== '' && contact.headlineSeenAt !== undefined;
    if (stored === seen && comparable) return null;
    const updated: Contact = { ...contact, headline: seen, headlineSeenAt: context.now, updatedAt: context.now };
    await db.contacts.put({ ...updated, searchWords: searchWordsFor(updated) });
    if (!comparable) return null;

    const open = await openJobChange(db, id);
    if (open) {
      if (normalized(open.from) === seen) {
        await db.jobChanges.delete(open.id);
        return null;
      }
      const next = { ...open, to: seen, detectedAt: context.now };
      await db.jobChanges.put(next);
      return next;
    }
    const change = JobChangeSchema.parse({
      id: crypto.randomUUID(),
      contactId: id,
      field: 'headline',
      from: stored,
      to: seen,
      detectedAt: context.now,
    });
    await db.jobChanges.add(change);
    return change;
  });
}

/**
 * Settles a job change: `congratulated` logs a `congrats` touchpoint (a give)
 * in the same transaction, so the suggestion and the log never disagree;
 * `dismissed` only closes it.
 */
export async function settleJobChange(
  db: AppDB,
  id: string,
  outcome: 'congratulated' | 'dismissed',
  context: WriteContext,
): Promise<{ change: JobChange; touchpoint: Touchpoint | null }> {
  return db.transaction('rw', [db.contacts, db.touchpoints, db.jobChanges, db.touchDays], async () => {
    const change = await db.jobChanges.get(id);
    if (!change) throw new RapportError('not-found', t('errorJobChangeGone'));
    if (change.settled !== undefined) return { change, touchpoint: null };
    const settled = { ...change, settled: outcome };
    await db.jobChanges.put(settled);
    if (outcome === 'dismissed') return { change: settled, touchpoint: null };
    const touchpoint = TouchpointSchema.parse({
      id: crypto.randomUUID(),
      contactId: change.contactId,
      type: 'congrats',
      focus: 'give',
      at: context.now,
      source: 'manual',
    });
    await db.touchpoints.add(touchpoint);
    await countTouches(db, [touchpoint], (await requireContact(db, change.contactId)).circle, 1, context);
    await refreshDerived(db, change.contactId, context);
    return { change: settled, touchpoint };
  });
}
