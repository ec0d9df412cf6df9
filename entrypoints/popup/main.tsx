import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import { t } from '@/lib/i18n';
import { App, createPopupTabStore } from './app';

document.title = t('appName');

// The tab's view (its context and, on a feed, its posts' known authors) is asked for now, not from an effect
// after React's first render and paint: its reply, the post list's critical path, is on its way meanwhile.
const tabStore = createPopupTabStore(location.search);
tabStore.preload();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App tabStore={tabStore} />
  </StrictMode>,
);
