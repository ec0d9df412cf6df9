import { useEffect, useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { syncConfigItem, syncStatusItem } from '@/lib/sync/sync-items';
import type { SyncConfig, SyncErrorCode, SyncStatus } from '@/lib/sync/sync-settings';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';

const ERROR_TEXT: Record<SyncErrorCode, () => string> = {
  unreachable: () => t('syncErrorUnreachable'),
  unauthorized: () => t('syncErrorUnauthorized'),
  passphrase: () => t('syncErrorPassphrase'),
  passphraseChanged: () => t('syncErrorPassphraseChanged'),
  permission: () => t('syncErrorPermission'),
  failed: () => t('syncErrorFailed'),
};

/** Sync's status as the background last wrote it, kept current. `undefined` while loading. */
export function useSyncStatus(): { config: SyncConfig; status: SyncStatus } | undefined {
  const [state, setState] = useState<{ config: SyncConfig; status: SyncStatus }>();
  useEffect(() => {
    let config: SyncConfig | undefined;
    let status: SyncStatus | undefined;
    const update = () => config && status && setState({ config, status });
    void Promise.all([syncConfigItem.getValue(), syncStatusItem.getValue()]).then(([c, s]) => {
      config = c;
      status = s;
      update();
    });
    const stopConfig = syncConfigItem.watch((c) => ((config = c), update()));
    const stopStatus = syncStatusItem.watch((s) => ((status = s), update()));
    return () => {
      stopConfig();
      stopStatus();
    };
  }, []);
  return state;
}

/**
 * Last synced, changes waiting and any error in plain words, with Sync now.
 * Shows nothing while sync is off (`showOff` for the options page, which says so).
 */
export function SyncStatusLine({ showOff = false }: { showOff?: boolean }) {
  const state = useSyncStatus();
  if (!state) return null;
  const { config, status } = state;
  if (!config.enabled) return showOff ? <p className="muted">{t('syncOff')}</p> : null;
  return (
    <div className="sync-status" role="status">
      {status.error && <p className="alert error">{ERROR_TEXT[status.error]()}</p>}
      <p className="muted">
        {status.running ? t('syncRunning') : status.lastSyncedAt ? t('syncLastSynced', formatDateTime(status.lastSyncedAt)) : t('syncNever')}
        {status.pending > 0 && ` ${t('syncPending', status.pending)}`}{' '}
        <button type="button" className="link" disabled={status.running} onClick={() => void sendToBackground({ type: 'syncNow' })}>
          {t('syncNow')}
        </button>
      </p>
    </div>
  );
}
