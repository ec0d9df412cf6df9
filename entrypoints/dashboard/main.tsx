// First: the cards' reads start before anything renders (./start-reads.ts).
import './start-reads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import { t } from '@/lib/i18n';
import { App } from './app';

document.title = t('dashboardTitle');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
