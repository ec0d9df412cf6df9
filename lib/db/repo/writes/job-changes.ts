import type { AppDB } from '@/lib/db/app-db';
import { JobChangeSchema, MemberId, TouchpointSchema, type Contact, type JobChange, type Touchpoint } from '@/lib/model/schema';
import type { WriteContext } from '@/lib/model/write-context';
import { refreshDerived } from '@/lib/db/repo/upkeep/derived';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { searchWordsFor } from '@/lib/search/search-words';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { openJobChange } from '@/lib/db/repo/reads/pages';
import { countTouches } from '@/lib/db/repo/upkeep/touch-days';
import { PAGE_SEEN_AT, PAGE_SEEN_FIELDS, requireContact } from '@/lib/db/repo/writes/contacts';

/** A profile as a visited page showed it: who, the headline and current company the page carries now, and the member id its top card names. */
export interface VisitedProfile {
  profileUrl: string;
  headline: string | null;
  company?: string | null;
  memberId?: string;
}

const normalized = (value: string | undefined | null) => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * Compares a visited profile's headline and current company with the stored
 * ones. A difference is recorded as a job change (a chance to congratulate)
 * and the page's values become the stored ones, in one transaction. Nothing
 * happens for people not in Rapport or for values the page does not show. A
 * value no page has shown yet (none stored, or one from the data export, which
 * holds a job title rather than the profile's headline) is replaced silently:
 * nothing changed that we knew of. A person has at most one open change: a
 * further difference updates it, and a value changed back drops out of it
 * (the change closes when nothing is left).
 */
export async function recordVisitedProfile(db: AppDB, visited: VisitedProfile, context: WriteContext): Promise<JobChange | null> {
  const id = contactIdFromProfileUrl(visited.profileUrl);
  const seen = { headline: normalized(visited.headline), company: normalized(visited.company) };
  const memberId = visited.memberId !== undefined && MemberId.safeParse(visited.memberId).success ? visited.memberId : undefined;
  if (id === null || (seen.headline === '' && seen.company === '' && memberId === undefined)) return null;
  return db.transaction('rw', db.contacts, db.jobChanges, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return null;
    const open = await openJobChange(db, id);
    const updated: Contact = { ...contact, updatedAt: context.now };
    const next: JobChange = open ? { ...open } : { id: crypto.randomUUID(), contactId: id, detectedAt: context.now };
    let contactChanged = false;
    // The member id the message composer needs (Congratulate): kept as the page showed it, never compared as a change.
    if (memberId !== undefined && contact.memberId !== memberId) {
      updated.memberId = memberId;
      updated.memberIdSeenAt = context.now;
      contactChanged = true;
    }
    for (const field of PAGE_SEEN_FIELDS) {
      if (seen[field] === '') continue;
      const stored = normalized(contact[field]);
      // The value before this change: the open change's start, else the stored value, if a page showed it.
      const before = next[field]?.from ?? (stored !== '' && contact[PAGE_SEEN_AT[field]] !== undefined ? stored : undefined);
      if (before !== undefined && before !== seen[field]) next[field] = { from: before, to: seen[field] };
      else delete next[field];
      if (contact[field] !== seen[field] || contact[PAGE_SEEN_AT[field]] === undefined) {
        updated[field] = seen[field];
        updated[PAGE_SEEN_AT[field]] = context.now;
        contactChanged = true;
      }
    }
    if (contactChanged) await db.contacts.put({ ...updated, searchWords: searchWordsFor(updated) });

    if (next.headline === undefined && next.company === undefined) {
      if (open) await db.jobChanges.delete(open.id);
      return null;
    }
    if (open && JSON.stringify([open.headline, open.company]) === JSON.stringify([next.headline, next.company])) return null;
    const saved = JobChangeSchema.parse({ ...next, detectedAt: context.now });
    await db.jobChanges.put(saved);
    return saved;
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
