import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { t } from '@/lib/i18n';
import { BuildSection } from './build-section';
import { NurtureSection } from './nurture-section';
import { LeverageSection } from './leverage-section';
import { PageToast } from '@/components/ui/page-toast';
import { OpenPeopleLink } from '@/components/person-link';
import './dashboard.css';

/**
 * Andy Lopata's three steps made visible: build a blended network, nurture
 * it, leverage it. Each section reads its own live figures, so the page
 * follows every write made anywhere in Rapport.
 */
export function App() {
  useEffect(() => void requestPersistentStorage(), []);
  // Opened at a section (#due from a notification): the section exists from the first render, its data follows.
  useEffect(() => {
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, []);
  return (
    <div className="dashboard">
      <header className="row dashboard-header">
        <h1>{t('dashboardTitle')}</h1>
        <nav aria-label={t('dashboardSectionsNav')} className="row">
          <a href="#build">{t('buildHeading')}</a>
          <a href="#nurture">{t('nurtureHeading')}</a>
          <a href="#leverage">{t('leverageHeading')}</a>
        </nav>
        <OpenPeopleLink />
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settingsButton')}
        </button>
      </header>
      <main className="dashboard-sections">
        <BuildSection />
        <NurtureSection />
        <LeverageSection />
      </main>
      <PageToast />
    </div>
  );
}
