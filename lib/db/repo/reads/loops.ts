import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import type { OpenLoop } from '@/lib/model/open-loop';
import type { CalendarDay } from '@/lib/time/calendar-day';

/** An open loop with the person it is with (absent only if they were deleted meanwhile). */
export interface LoopWithContact {
  loop: OpenLoop;
  contact: Contact;
}

/** Open loops due on or before `today`, earliest day first: one range read of the `openDay` index. */
export async function listDueLoops(db: AppDB, today: CalendarDay, limit = 200): Promise<LoopWithContact[]> {
  return db.transaction('r', db.loops, db.contacts, async () => {
    const loops = await db.loops.where('openDay').belowOrEqual(today).limit(limit).toArray();
    const contacts = await db.contacts.bulkGet([...new Set(loops.map((loop) => loop.contactId))]);
    const byId = new Map(contacts.filter((contact) => contact !== undefined).map((contact) => [contact.id, contact]));
    return loops.flatMap((loop) => {
      const contact = byId.get(loop.contactId);
      return contact ? [{ loop, contact }] : [];
    });
  });
}

/** Who has an open loop due by `today`, counting at most `cap` loops (the badge). Index keys only. */
export async function dueLoopContactIds(db: AppDB, today: CalendarDay, cap: number): Promise<string[]> {
  const loops = await db.loops.where('openDay').belowOrEqual(today).limit(cap).toArray();
  return [...new Set(loops.map((loop) => loop.contactId))];
}

/** A person's open loops, soonest first. */
export async function listOpenLoops(db: AppDB, contactId: string): Promise<OpenLoop[]> {
  const loops = await db.loops.where('contactId').equals(contactId).toArray();
  return loops.filter((loop) => loop.openDay !== undefined).sort((a, b) => (a.dueDay < b.dueDay ? -1 : a.dueDay > b.dueDay ? 1 : a.createdAt < b.createdAt ? -1 : 1));
}

/** A person's closed loops (Done), most recently done first: their `contactId` index, never a scan of every loop. */
export async function listDoneLoops(db: AppDB, contactId: string): Promise<OpenLoop[]> {
  const loops = await db.loops.where('contactId').equals(contactId).toArray();
  return loops.filter((loop) => loop.doneAt !== undefined).sort((a, b) => (a.doneAt! < b.doneAt! ? 1 : a.doneAt! > b.doneAt! ? -1 : 0));
}
