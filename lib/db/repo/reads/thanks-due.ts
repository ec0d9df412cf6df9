import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { Contact, Touchpoint } from '@/lib/model/schema';

export interface ThanksDue {
  ask: Touchpoint;
  contact: Contact;
}

/** Helped asks not yet thanked, from every ask (the `[type+at]` index: asks only). */
async function unthankedHelpedAsks(db: AppDB): Promise<Touchpoint[]> {
  const asks = await db.touchpoints.where('[type+at]').between(['ask', Dexie.minKey], ['ask', Dexie.maxKey]).reverse().toArray();
  return asks.filter((touchpoint) => touchpoint.outcome === 'helped' && touchpoint.thanked !== true);
}

/** Who is owed a thank-you (a helped ask not yet thanked), each once, at most `cap` people (the badge). */
export async function thanksDueContactIds(db: AppDB, cap: number): Promise<string[]> {
  return [...new Set((await unthankedHelpedAsks(db)).map((ask) => ask.contactId))].slice(0, cap);
}

/**
 * Helped asks not yet thanked, newest first: each is a thank-you due
 * ("Thank Chloé for their help") until the user marks it thanked. A range
 * read of the `[type+at]` index over asks only (a small set: asks are rare
 * next to likes and messages), never a scan of all touchpoints.
 */
export async function listThanksDue(db: AppDB, limit = 10): Promise<ThanksDue[]> {
  // Every ask is read, then filtered here: a live query follows the records it returned, and an outcome set to
  // "helped" changes no index key, so an ask filtered out inside the query would not wake it.
  const asks = (await unthankedHelpedAsks(db)).slice(0, limit);
  const contacts = await db.contacts.bulkGet([...new Set(asks.map((ask) => ask.contactId))]);
  const byId = new Map(contacts.filter((contact): contact is Contact => contact !== undefined).map((contact) => [contact.id, contact]));
  return asks.flatMap((ask) => {
    const contact = byId.get(ask.contactId);
    return contact ? [{ ask, contact }] : [];
  });
}
