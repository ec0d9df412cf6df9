import { z } from 'zod/mini';
import { ContactSchema, TouchpointSchema } from '@/lib/model/schema';

/**
 * What the writers return, as schemas: the repositories return their
 * inferred types and the background's reply schemas are these same objects,
 * so a result and the reply the pages validate cannot drift apart.
 */

/** A log: the contact (added first if needed) and the touchpoint. */
export const LogResult = z.strictObject({
  contact: ContactSchema,
  touchpoint: TouchpointSchema,
  /** The contact was added by this log. */
  contactCreated: z.boolean(),
  /** False when a touchpoint with the same derived id already existed (nothing written). */
  touchpointCreated: z.boolean(),
});
export type LogResult = z.infer<typeof LogResult>;

export const BackupImportSummary = z.strictObject({
  contactsAdded: z.int(),
  contactsUpdated: z.int(),
  touchpointsAdded: z.int(),
  touchpointsUpdated: z.int(),
  notesAdded: z.int(),
  notesUpdated: z.int(),
  jobChangesAdded: z.int(),
  /** Records kept as they were because the stored copy was edited more recently. */
  keptNewer: z.int(),
  /** Open loops and key dates written (added or replaced). */
  loopsImported: z.int(),
  keyDatesImported: z.int(),
  /** Introductions written (added or replaced; their gives are touchpoints). */
  introductionsImported: z.int(),
  /** Needs written (added or replaced). */
  needsImported: z.int(),
});
export type BackupImportSummary = z.infer<typeof BackupImportSummary>;

export const ImportChunkResult = z.strictObject({
  contactsAdded: z.int(),
  contactsUpdated: z.int(),
  touchpointsAdded: z.int(),
  /** People named only in Invitations.csv who are not in Rapport: nothing was created for them. */
  contactsNotFound: z.int(),
});
export type ImportChunkResult = z.infer<typeof ImportChunkResult>;
