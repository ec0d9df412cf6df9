import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import './welcome.css';
import { t } from '@/lib/i18n';
import { App } from './app';

document.title = t('welcomeTitle');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
