import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { toRapportError } from '@/lib/errors';
import { canOpenSidePanel, openSidePanel } from '@/lib/browser/side-panel';
import { ErrorMessage } from '@/components/ui/status-message';

/**
 * Opens the side panel next to the page and closes the popup. The window is
 * looked up when the popup opens, because the browser only opens a panel
 * inside the click itself: nothing may be awaited between the two.
 */
export function OpenSidePanelButton() {
  const [windowId, setWindowId] = useState<number | undefined>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    browser.windows.getCurrent().then(
      (window) => setWindowId(window?.id),
      () => setWindowId(undefined),
    );
  }, []);
  if (!canOpenSidePanel()) return null;
  return (
    <>
      <button
        type="button"
        onClick={() =>
          openSidePanel(windowId).then(
            () => window.close(),
            (caught: unknown) => setError(t('openSidePanelFailed', toRapportError(caught).message)),
          )
        }
      >
        {t('openSidePanel')}
      </button>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </>
  );
}
