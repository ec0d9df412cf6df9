import { IMPORT_CHUNK_LIMITS, type ImportChunk, type ImportedContact, type ImportedTouchpoint } from '@/lib/model/commands';
import { contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';

export interface ChunkSize {
  contacts: number;
  touchpoints: number;
}

/** About 100–300 KB of JSON per message: short transactions, short main-thread turns on the page. */
export const DEFAULT_CHUNK_SIZE: ChunkSize = { contacts: 1000, touchpoints: 2500 };

/**
 * Slices a plan into chunks the background writes one transaction each.
 * Contacts go in id order, each with its touchpoints, so a chunk touches one
 * contiguous range of the `[contactId+at]` index and every contact is written
 * once with its derived fields. A contact with more touchpoints than fit in
 * one chunk is repeated in the next (merging is idempotent).
 */
export function chunkPlan(contacts: readonly ImportedContact[], touchpoints: readonly ImportedTouchpoint[], size: ChunkSize = DEFAULT_CHUNK_SIZE): ImportChunk[] {
  const limits = { contacts: Math.min(size.contacts, IMPORT_CHUNK_LIMITS.contacts), touchpoints: Math.min(size.touchpoints, IMPORT_CHUNK_LIMITS.touchpoints) };
  const byContact = new Map<string, ImportedTouchpoint[]>();
  for (const touchpoint of touchpoints) {
    let list = byContact.get(touchpoint.contactId);
    if (!list) byContact.set(touchpoint.contactId, (list = []));
    list.push(touchpoint);
  }
  const sorted = contacts.map((contact) => ({ id: contactIdFromProfileUrl(contact.profileUrl)!, contact })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chunks: ImportChunk[] = [];
  let current: ImportChunk = { contacts: [], touchpoints: [] };
  const flush = () => {
    if (current.contacts.length > 0) chunks.push(current);
    current = { contacts: [], touchpoints: [] };
  };
  for (const { id, contact } of sorted) {
    let own = byContact.get(id) ?? [];
    if (current.contacts.length >= limits.contacts || current.touchpoints.length + own.length > limits.touchpoints) flush();
    while (own.length > limits.touchpoints) {
      current.contacts.push(contact);
      current.touchpoints.push(...own.slice(0, limits.touchpoints));
      own = own.slice(limits.touchpoints);
      flush();
    }
    current.contacts.push(contact);
    current.touchpoints.push(...own);
  }
  flush();
  return chunks;
}
