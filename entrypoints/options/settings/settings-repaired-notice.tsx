import { useEffect, useState } from 'react';
import { settingsRepairedItem, type SettingsRepair } from '@/lib/storage/items';
import { t, type MessageKey } from '@/lib/i18n';

/** The setting a reset path belongs to, as the settings form names it. */
const PART_LABELS: [prefix: string, label: MessageKey][] = [
  ['cadences.new', 'newConnectionsHeading'],
  ['cadences', 'cadencesHeading'],
  ['notifications.digestTime', 'digestTimeLabel'],
  ['notifications.quietDays', 'quietDaysLegend'],
  ['notifications.individualNudges', 'individualNudgesLabel'],
  ['notifications', 'notificationsHeading'],
  ['autoCapture', 'captureHeading'],
  ['toolbarOpens', 'toolbarHeading'],
];

export function describeResetParts(reset: readonly string[]): string {
  if (reset.includes('*')) return t('settingsRepairedAll');
  const labels = reset.map((path) => {
    const label = PART_LABELS.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];
    return label ? t(label) : path;
  });
  return [...new Set(labels)].join(t('listSeparator'));
}

/**
 * Tells the user, once, that stored settings were invalid (written by a newer
 * Rapport, or damaged) and which parts the background reset to their defaults.
 */
export function SettingsRepairedNotice() {
  const [repair, setRepair] = useState<SettingsRepair | null>(null);
  useEffect(() => {
    void settingsRepairedItem.getValue().then(setRepair);
    return settingsRepairedItem.watch(setRepair);
  }, []);
  if (!repair) return null;
  return (
    <div className="alert warning" role="alert">
      <p>{t('settingsRepaired', describeResetParts(repair.reset))}</p>
      <button type="button" onClick={() => void settingsRepairedItem.setValue(null).then(() => setRepair(null))}>
        {t('dismiss')}
      </button>
    </div>
  );
}
