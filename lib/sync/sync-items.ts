import { defineItem } from '@/lib/storage/storage-item';
import type { SyncConfig, SyncStatus } from '@/lib/sync/sync-settings';

/** Sync's storage items, apart from their schemas so the popup's status line carries no validation code. */
export const syncConfigItem = defineItem<SyncConfig>('local:syncConfig', { fallback: { enabled: false, server: null }, version: 1 });
export const syncStatusItem = defineItem<SyncStatus>('local:syncStatus', {
  fallback: { lastSyncedAt: null, pending: 0, running: false, error: null },
  version: 1,
});
