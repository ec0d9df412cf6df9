import { useEffect, useMemo, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { lastBackupAtItem } from '@/lib/storage/items';
import { formatDate, formatRelativeDay } from '@/lib/format';
import { DAY_MS, type Timestamp } from '@/lib/time/instant';
import { t } from '@/lib/i18n';

/** A backup older than this gets a reminder. */
export const BACKUP_REMINDER_DAYS = 30;

/** Whether Rapport holds anyone yet (notes and touchpoints belong to people): an empty install has nothing to lose. */
const hasPeople = () => getDb().contacts.limit(1).count().then((count) => count > 0);

/**
 * When the last JSON backup was made (the background records it), with a
 * reminder when it is old, or missing once there is data worth losing (never
 * a warning on an empty install). Follows the database as imports and logs add people.
 */
export function LastBackupStatus({ now = Date.now }: { now?: () => number }) {
  const [lastBackupAt, setLastBackupAt] = useState<Timestamp | null | undefined>(undefined);
  const people = useLiveQueryStore(useMemo(() => createLiveQueryStore(hasPeople), []));
  useEffect(() => {
    void lastBackupAtItem.getValue().then(setLastBackupAt);
    return lastBackupAtItem.watch(setLastBackupAt);
  }, []);
  if (lastBackupAt === undefined) return null;
  if (lastBackupAt === null) return people.status === 'ready' && people.data ? <p className="alert warning">{t('backupNever')}</p> : null;
  const days = Math.floor((now() - Date.parse(lastBackupAt)) / DAY_MS);
  const when = t('backupLast', formatDate(lastBackupAt), formatRelativeDay(lastBackupAt, now()));
  return days > BACKUP_REMINDER_DAYS ? <p className="alert warning">{`${when} ${t('backupOld', days)}`}</p> : <p className="muted">{when}</p>;
}
