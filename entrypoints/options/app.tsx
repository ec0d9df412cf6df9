import { useEffect } from 'react';
import { OpenDashboardLink } from '@/components/open-dashboard-link';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { t } from '@/lib/i18n';
import { SettingsSection } from './settings/settings-section';
import { LinkedInImportSection } from './linkedin-import/linkedin-import-section';
import { BackupSection } from './backup/backup-section';
import { CsvExportSection } from './backup/csv-export-section';
import { SettingsRepairedNotice } from './settings/settings-repaired-notice';
import { SyncSection } from './sync/sync-section';
import './options.css';

export function App() {
  useEffect(() => void requestPersistentStorage(), []);
  return (
    <main className="options stack">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p className="muted">{t('optionsIntro')}</p>
        <p>
          <OpenDashboardLink />
        </p>
      </header>
      <SettingsRepairedNotice />
      <SettingsSection />
      {/* Your history in (LinkedIn's data export), your data out (CSV for spreadsheets), then the backup. */}
      <LinkedInImportSection />
      <CsvExportSection />
      <BackupSection />
      <SyncSection />
    </main>
  );
}
