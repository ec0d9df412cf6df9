import { strToU8 } from 'fflate';
import { getDb } from '@/lib/db/db';
import { readExport, type ExportInput } from '@/lib/linkedin/export/read-export';
import { buildImportPlan } from '@/lib/linkedin/export/plan';
import { chunkPlan, type ChunkSize } from '@/lib/linkedin/export/chunks';
import { deliver } from './background';

export const csv = (name: string, text: string): ExportInput => ({ name, bytes: strToU8(text) });
export const inputs = (files: Record<string, string>) => Object.entries(files).map(([name, text]) => csv(name, text));

/**
 * Imports files the way the options page does: the worker's part (read,
 * plan, chunk) in full first, then each chunk as JSON through the
 * background's message handler. Returns the summed chunk results.
 */
export async function importThroughBackground(files: ExportInput[], size?: ChunkSize) {
  const { records } = readExport(files);
  const plan = buildImportPlan(records);
  const totals = { contactsAdded: 0, contactsUpdated: 0, touchpointsAdded: 0, contactsNotFound: 0, chunks: 0 };
  for (const chunk of chunkPlan(plan.contacts, plan.touchpoints, size)) {
    const reply = await deliver({ type: 'importLinkedInChunk', chunk: JSON.stringify(chunk) });
    if (!reply.ok) throw new Error(reply.error.message);
    const value = reply.value as Omit<typeof totals, 'chunks'>;
    for (const key of ['contactsAdded', 'contactsUpdated', 'touchpointsAdded', 'contactsNotFound'] as const) totals[key] += value[key];
    totals.chunks++;
  }
  return { plan, totals };
}

export async function snapshot() {
  const db = getDb();
  return { contacts: await db.contacts.toArray(), touchpoints: await db.touchpoints.toArray(), notes: await db.notes.toArray() };
}
