import { z } from 'zod/mini';

/**
 * Sync's settings and status, in `browser.storage.local` (this device only).
 * Off by default: until the user turns sync on, nothing here makes Rapport use the network.
 * The password is kept so runs need no prompt; the passphrase never is (only the keys derived from it, non-extractable, in IndexedDB).
 */
export const SyncServer = z.strictObject({
  /** The server's origin and path, e.g. https://couch.example.org (https, or http on loopback only). */
  url: z.string().check(
    z.maxLength(2048),
    z.refine((value: string) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
    }, 'must be an https URL (or http on this computer)'),
  ),
  database: z.string().check(z.regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/, 'must be a CouchDB database name (lowercase, starting with a letter)')),
  username: z.string().check(z.maxLength(200)),
  password: z.string().check(z.maxLength(1000)),
});
export type SyncServer = z.infer<typeof SyncServer>;

export const SyncConfig = z.strictObject({ enabled: z.boolean(), server: z.nullable(SyncServer) });
export type SyncConfig = z.infer<typeof SyncConfig>;

/** What went wrong, in words the pages turn into sentences. */
export const SyncErrorCode = z.enum(['unreachable', 'unauthorized', 'passphrase', 'passphraseChanged', 'permission', 'failed']);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export const SyncStatus = z.strictObject({
  lastSyncedAt: z.nullable(z.string()),
  pending: z.int(),
  running: z.boolean(),
  error: z.nullable(SyncErrorCode),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** The host permission pattern for a server: its origin only. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/**
 * Firefox's data-collection consent for sync: the optional types declared in
 * wxt.config.ts (`browser_specific_settings.gecko.data_collection_permissions`),
 * asked for with the server's origin when sync is turned on (Firefox only).
 */
export const SYNC_DATA_COLLECTION = ['personallyIdentifyingInfo', 'personalCommunications', 'websiteActivity', 'websiteContent'] as const;

/** What Settings ▸ Sync asks the browser for: the server's origin, and on Firefox the data-collection consent. */
export function syncPermissionRequest(url: string, firefox: boolean): { origins: string[]; data_collection?: string[] } {
  return firefox ? { origins: [originPattern(url)], data_collection: [...SYNC_DATA_COLLECTION] } : { origins: [originPattern(url)] };
}
