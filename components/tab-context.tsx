import { useEffect, useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import type { PageContext } from '@/lib/linkedin/types';
import { resolveTargetTabId } from '@/components/target-tab';
import { t } from '@/lib/i18n';

export type TabContextState =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number | null; context: PageContext | null }
  | { status: 'error'; error: string };

/** What the target tab shows, from its content script's last report. */
export function useTabContext(): TabContextState {
  const [state, setState] = useState<TabContextState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const tabId = await resolveTargetTabId();
        const context = tabId === null ? null : await sendToBackground({ type: 'getTabContext', tabId });
        if (!cancelled) setState({ status: 'ready', tabId, context });
      } catch (error) {
        if (!cancelled) setState({ status: 'error', error: toRapportError(error).message });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}

/** One line about the tab: who it shows, or why nobody. */
export function TabPerson({ state }: { state: TabContextState }) {
  if (state.status === 'loading') return <p className="muted" role="status">{t('lookingAtTab')}</p>;
  if (state.status === 'error') return <p className="alert error" role="alert">{state.error}</p>;
  const { context } = state;
  if (!context) return <p className="muted">{t('noLinkedInPage')}</p>;
  if (context.degraded) return <p className="alert warning">{t('recognitionDegraded')}</p>;
  if (context.profile) return <p>{t('thisPagePerson', context.profile.name)}</p>;
  return <p className="muted">{t('noPersonRecognised')}</p>;
}
