import { useEffect } from 'react';
import { OpenDashboardLink } from '@/components/open-dashboard-link';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { t } from '@/lib/i18n';
import { BackupSection } from './backup-section';
import { SettingsSection } from './settings-section';
import { SettingsRepairedNotice } from './settings-repaired-notice';
import { ImportExportSections } from './import-export-sections';
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
      <ImportExportSections />
      <BackupSection />
    </main>
  );
}
