import { useEffect, useState } from 'react';
import { lastBackupAtItem } from '@/lib/storage/items';
import { formatDate, formatRelativeDay } from '@/lib/format';
import { DAY_MS, type Timestamp } from '@/lib/time/instant';
import { t } from '@/lib/i18n';

/** A backup older than this gets a reminder. */
export const BACKUP_REMINDER_DAYS = 30;

/** When the last JSON backup was made (the background records it), with a reminder when it is old or missing. */
export function LastBackupStatus({ now = Date.now }: { now?: () => number }) {
  const [lastBackupAt, setLastBackupAt] = useState<Timestamp | null | undefined>(undefined);
  useEffect(() => {
    void lastBackupAtItem.getValue().then(setLastBackupAt);
    return lastBackupAtItem.watch(setLastBackupAt);
  }, []);
  if (lastBackupAt === undefined) return null;
  if (lastBackupAt === null) return <p className="alert warning">{t('backupNever')}</p>;
  const days = Math.floor((now() - Date.parse(lastBackupAt)) / DAY_MS);
  const when = t('backupLast', formatDate(lastBackupAt), formatRelativeDay(lastBackupAt, now()));
  return days > BACKUP_REMINDER_DAYS ? <p className="alert warning">{`${when} ${t('backupOld', days)}`}</p> : <p className="muted">{when}</p>;
}
