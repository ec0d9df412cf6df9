import { useEffect } from 'react';
import { OpenDashboardLink } from '@/components/open-dashboard-link';
import { OpenPeopleLink } from '@/components/person-link';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { t } from '@/lib/i18n';
import { SettingsSection } from './settings/settings-section';
import { LinkedInImportSection } from './linkedin-import/linkedin-import-section';
import { BackupSection } from './backup/backup-section';
import { CsvExportSection } from './backup/csv-export-section';
import { SettingsRepairedNotice } from './settings/settings-repaired-notice';
import { StarterTemplatesSection } from './settings/starter-templates-section';
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
          <OpenDashboardLink /> · <OpenPeopleLink />
        </p>
      </header>
      <SettingsRepairedNotice />
      {/* Ordered for a user: your LinkedIn data first (the step that makes Rapport useful), then circles and
          cadences, notifications, capture (the settings save themselves), your data out (CSV), the backup. */}
      <LinkedInImportSection />
      <SettingsSection />
      <StarterTemplatesSection />
      <CsvExportSection />
      <BackupSection />
      <SyncSection />
    </main>
  );
}
