import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { ContactSchema, LIMITS, type Circle, type Contact } from '@/lib/model/schema';
import type { BulkContactChange, ContactPatch, PersonRef } from '@/lib/model/commands';
import type { WriteContext } from '@/lib/model/write-context';
import { readTouchTimesSince, refreshAllDerived, refreshDerived, withCatchUpDays, withDerived } from '@/lib/db/repo/upkeep/derived';
import { joinsCatchUp } from '@/lib/db/repo/upkeep/catch-up';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import { searchWordsFor } from '@/lib/search/search-words';
import { RapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { countTouches, moveTouches, moveTouchesOfMany, readCountedTouches, readCountedTouchesOfMany } from '@/lib/db/repo/upkeep/touch-days';
import { DAY_MS, type Timestamp } from '@/lib/time/instant';
import { readTouchesNewestFirst } from '@/lib/db/repo/upkeep/strength';
import { withStrength } from '@/lib/relationship/strength';

export async function requireContact(db: AppDB, id: string): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new RapportError('not-found', t('errorPersonGone'));
  return contact;
}

/**
 * Fields a LinkedIn page shows that job changes compare, with when a page last
 * showed the stored value: only such a value is compared (one from the data
 * export or typed by hand may differ without anything having changed).
 */
export const PAGE_SEEN_AT = { headline: 'headlineSeenAt', company: 'companySeenAt' } as const satisfies Partial<Record<keyof Contact, keyof Contact>>;
export const PAGE_SEEN_FIELDS = ['headline', 'company'] as const;

function changedPersonFields(contact: Contact, person: Partial<PersonRef>): Partial<Contact> {
  const changes: Partial<Contact> = {};
  for (const key of ['name', 'headline', 'company', 'location', 'avatarUrl'] as const) {
    const value = person[key];
    if (value !== undefined && value !== '' && value !== contact[key]) changes[key] = value;
  }
  return changes;
}

/**
 * Finds the contact for a person, creating it in `circle` when new, and
 * refreshing the name, headline, company, location and avatar when the page
 * shows newer values. Call inside a rw transaction over contacts and touchpoints.
 */
export async function upsertPerson(
  db: AppDB,
  person: PersonRef,
  circle: Circle,
  context: WriteContext,
): Promise<{ contact: Contact; created: boolean }> {
  const id = contactIdFromProfileUrl(person.profileUrl);
  if (id === null) throw new RapportError('invalid-message', t('errorNotAProfileUrl'));
  const existing = await db.contacts.get(id);
  if (existing) {
    const changes = changedPersonFields(existing, person);
    if (Object.keys(changes).length === 0) return { contact: existing, created: false };
    // A headline or company given here comes from a LinkedIn page: the one job changes are compared with.
    for (const field of PAGE_SEEN_FIELDS) if (changes[field] !== undefined) changes[PAGE_SEEN_AT[field]] = context.now;
    const updated = { ...existing, ...changes, updatedAt: context.now, searchWords: searchWordsFor({ ...existing, ...changes }) };
    await db.contacts.put(updated);
    return { contact: updated, created: false };
  }
  const draft: Contact = ContactSchema.parse({
    id,
    ...person,
    ...Object.fromEntries(PAGE_SEEN_FIELDS.filter((field) => person[field]).map((field) => [PAGE_SEEN_AT[field], context.now])),
    circle,
    tags: [],
    createdAt: context.now,
    updatedAt: context.now,
    circleSince: context.now,
  });
  const contact = withDerived(draft, { lastTouchAt: undefined, touchesSinceCircleStart: [] }, context);
  await db.contacts.add(contact);
  return { contact, created: true };
}

/**
 * Applies a user's edit. A new circle's clock runs from the last touch (or
 * from now for someone never touched); someone that makes past due joins the catch-up.
 */
export async function updateContact(db: AppDB, id: string, patch: ContactPatch, context: WriteContext): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => {
    const contact = await requireContact(db, id);
    const { kind, circle, triageSkipped, ...rest } = patch;
    const next: Contact = { ...contact, ...rest, updatedAt: context.now };
    // A headline or company typed by hand is not what a page shows: the next visit takes the page's silently.
    for (const field of PAGE_SEEN_FIELDS) if (rest[field] !== undefined && rest[field] !== contact[field]) delete next[PAGE_SEEN_AT[field]];
    if (triageSkipped === true) next.triageSkippedAt = context.now;
    else if (triageSkipped === false) delete next.triageSkippedAt;
    if (kind === null) delete next.kind;
    else if (kind !== undefined) next.kind = kind;
    const circleChanged = circle !== undefined && circle !== contact.circle;
    if (circleChanged) {
      next.circle = circle;
      next.circleSince = circleStart(contact, circle, context);
      // A new circle, a new place in any catch-up: given again below if they are still past due.
      delete next.catchUpAt;
    }
    // Validate what the user changed, with search words recomputed: words stored by an older version may break today's bounds.
    await db.contacts.put(ContactSchema.parse({ ...next, searchWords: searchWordsFor(next) }));
    await moveTouches(db, id, contact.circle, next.circle, context);
    const derived = (await refreshDerived(db, id, context))!;
    if (!circleChanged || !joinsCatchUp(contact, derived, context.now)) return derived;
    // Entering a circle long after the last touch: due on their day of the catch-up, not all at once.
    const [queued] = await withCatchUpDays(db, [derived], context);
    await db.contacts.put(queued!);
    return queued!;
  });
}

/**
 * When a contact's clock in a new circle starts: now, so choosing a circle is
 * a fresh start; except for a new connection whose connection date Rapport
 * knows (from the LinkedIn export) and which is still within the 24-7-30
 * follow-up: its steps count from the day you connected, not from the day you
 * told Rapport.
 */
function circleStart(contact: Pick<Contact, 'connectedAt'>, circle: Circle, context: WriteContext): Timestamp {
  const { connectedAt } = contact;
  if (circle !== 'new' || connectedAt === undefined || connectedAt > context.now) return context.now;
  const followUpDays = context.cadences.new.steps[2].maxDays;
  return Date.parse(context.now) - Date.parse(connectedAt) <= followUpDays * DAY_MS ? connectedAt : context.now;
}

/** Snoozes a contact until `until`, or ends the snooze with null. */
export async function snoozeContact(db: AppDB, id: string, until: Timestamp | null, context: WriteContext): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => {
    const contact = await requireContact(db, id);
    const next: Contact = { ...contact, updatedAt: context.now };
    if (until === null || until <= context.now) delete next.snoozedUntil;
    else next.snoozedUntil = until;
    await db.contacts.put(next);
    return (await refreshDerived(db, id, context))!;
  });
}

/**
 * Puts everyone skipped in the dashboard's triage back in it; returns how
 * many. Rare (a button once triage is through), so a pass over contacts.
 */
export async function resetTriageSkips(db: AppDB, context: WriteContext): Promise<number> {
  return db.transaction('rw', db.contacts, async () =>
    db.contacts
      .filter((contact) => contact.triageSkippedAt !== undefined)
      .modify((contact) => {
        delete contact.triageSkippedAt;
        contact.updatedAt = context.now;
      }),
  );
}

/** Deletes a contact with all its touchpoints and notes, in one transaction. */
export async function deleteContact(db: AppDB, id: string, context: WriteContext): Promise<void> {
  await db.transaction('rw', [db.contacts, db.touchpoints, db.notes, db.jobChanges, db.touchDays, db.loops, db.keyDates], async () => {
    const contact = await requireContact(db, id);
    await countTouches(db, await readCountedTouches(db, id, context), contact.circle, -1, context);
    await db.touchpoints.where('[contactId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
    await db.notes.where('contactId').equals(id).delete();
    await db.jobChanges.where('contactId').equals(id).delete();
    await db.loops.where('contactId').equals(id).delete();
    await db.keyDates.where('contactId').equals(id).delete();
    await db.contacts.delete(id);
  });
}

/** Adds a person (or refreshes their details if already there) and returns the contact. */
export async function addPerson(db: AppDB, person: PersonRef, circle: Circle, context: WriteContext): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.touchpoints, async () => (await upsertPerson(db, person, circle, context)).contact);
}

/**
 * Snoozes everyone due at `context.now` until `until` (the notification's
 * "Snooze all 1 day"), recomputing their due dates in the same transaction.
 * Returns how many people were snoozed.
 */
export async function snoozeAllDue(db: AppDB, until: Timestamp, context: WriteContext): Promise<number> {
  return db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => {
    const due = await db.contacts.where('dueAt').belowOrEqual(context.now).toArray();
    if (due.length === 0 || until <= context.now) return 0;
    await db.contacts.bulkPut(due.map((contact) => ({ ...contact, snoozedUntil: until, updatedAt: context.now })));
    await refreshAllDerived(db, context, new Set(due.map((contact) => contact.id)));
    return due.length;
  });
}

/**
 * One change to many people (the People page's bulk actions), all or nothing
 * in one transaction: a circle (each clock restarting as `updateContact` does,
 * their touch counts moved, anyone it makes past due spread over the
 * catch-up), a kind, or a tag added. People already as asked are left alone;
 * ids no longer in Rapport are skipped (deleted meanwhile in another window).
 * Returns how many people changed.
 *
 * Only the changed people are read and written, each once, in bulk: their
 * new due dates come from the last touch already kept on them (a derived
 * field every touch write keeps), so no touchpoint is read for a plain
 * circle; a new connection's follow-up reads that person's touches since
 * the connection. Strength does not depend on the circle: it is recomputed
 * only where time has changed it since it was kept.
 */
export async function updateContacts(db: AppDB, ids: readonly string[], change: BulkContactChange, context: WriteContext): Promise<number> {
  return db.transaction('rw', db.contacts, db.touchpoints, db.touchDays, async () => {
    const found = (await db.contacts.bulkGet([...new Set(ids)])).filter((contact): contact is Contact => contact !== undefined);
    const pairs: { before: Contact; next: Contact }[] = [];
    for (const contact of found) {
      const next = changedByBulk(contact, change, context);
      if (next) pairs.push({ before: contact, next });
    }
    if (pairs.length === 0) return 0;
    if (!('circle' in change)) {
      await db.contacts.bulkPut(pairs.map(({ next }) => next));
      return pairs.length;
    }
    // Their counted touches (only for people touched within the counted window) are read while the rest is derived.
    const counted = readCountedTouchesOfMany(db, pairs.map(({ before }) => before), context);
    const derived = await Promise.all(
      pairs.map(async ({ before, next }) => ({ before, next: await withFreshStrength(db, withDerived(next, await cadenceTouchesOf(db, before, next), context), context) })),
    );
    // Someone the new circle makes past due joins the catch-up rather than everyone falling due today.
    const joining = derived.filter(({ before, next }) => joinsCatchUp(before, next, context.now)).map(({ next }) => next);
    const queued = new Map((await withCatchUpDays(db, joining, context)).map((contact) => [contact.id, contact]));
    const written = derived.map(({ next }) => queued.get(next.id) ?? next);
    await db.contacts.bulkPut(written);
    // Their counted touches move from each old circle to the new one (or the circle a completed follow-up graduated them to).
    const touches = await counted;
    await moveTouchesOfMany(db, derived.map(({ before }, i) => ({ contactId: before.id, from: before.circle, to: written[i]!.circle, touches: touches[i] })), context);
    return pairs.length;
  });
}

/**
 * What a contact's new due dates are computed from after a bulk circle
 * change: the last touch kept on them and, for a new connection, their touch
 * times since the circle's start (a few rows, through the index).
 */
/**
 * The circle leaves strength as it is, but time may have changed it since it
 * was kept (the tick catches up on those): such a person's strength is
 * recomputed from their touchpoints, as a single change would.
 */
async function withFreshStrength(db: AppDB, contact: Contact, context: WriteContext): Promise<Contact> {
  if (contact.strength !== undefined && (contact.strengthChangesAt === undefined || contact.strengthChangesAt > context.now)) return contact;
  return withStrength(contact, await readTouchesNewestFirst(db, contact.id), context.now);
}

async function cadenceTouchesOf(db: AppDB, before: Contact, next: Contact) {
  const touchesSinceCircleStart = next.circle === 'new' ? await readTouchTimesSince(db, next.id, next.circleSince) : [];
  return { lastTouchAt: before.lastTouchAt, touchesSinceCircleStart };
}

/** The contact after a bulk change, or null when it already is as asked. Pure. */
function changedByBulk(contact: Contact, change: BulkContactChange, context: WriteContext): Contact | null {
  const next: Contact = { ...contact, updatedAt: context.now };
  if ('circle' in change) {
    if (contact.circle === change.circle) return null;
    next.circle = change.circle;
    next.circleSince = circleStart(contact, change.circle, context);
    delete next.catchUpAt;
    return next;
  }
  if ('kind' in change) {
    if ((contact.kind ?? null) === change.kind) return null;
    if (change.kind === null) delete next.kind;
    else next.kind = change.kind;
    return next;
  }
  const tag = change.addTag;
  if (contact.tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) return null;
  if (contact.tags.length >= LIMITS.tags) throw new RapportError('invalid-message', t('errorTooManyTags', contact.name, LIMITS.tags));
  next.tags = [...contact.tags, tag];
  next.searchWords = searchWordsFor(next);
  return next;
}
