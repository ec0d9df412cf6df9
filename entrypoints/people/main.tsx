import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import { t } from '@/lib/i18n';
import { readFirstPeopleDirect } from '@/lib/db/repo/reads/first-people';
import { FIRST_SCREEN } from '@/lib/stores/people-store';
import { App } from './app';

// First, before anything else is set up: the first screen's read runs while the page renders its frame.
const first = readFirstPeopleDirect(FIRST_SCREEN);

document.title = t('peopleTitle');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App first={first} />
  </StrictMode>,
);
